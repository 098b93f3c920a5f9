import type { Day } from '../../profile/day.js';
import type { CandidateProfile } from '../../profile/profile.js';
import { type Result, fail, ok } from '../../problem.js';
import { documentToProfile } from '../jsonResume/readResume.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { zodProblems } from '../../zodProblems.js';
import { answersFileSchema, isAnswersDocument, type AnswersFile } from './answersSchema.js';
import { answersToProfile } from './answersToProfile.js';
import { fillUnknowns } from './fillUnknowns.js';

/** The answers file in a document, when it is one; problems when it claims to be and is not valid. */
export function answersFileOf(document: unknown, source: string): Result<AnswersFile | null> {
  if (!isAnswersDocument(document)) return ok(null);
  const parsed = answersFileSchema.safeParse(document);
  if (!parsed.success) {
    return fail(zodProblems(parsed.error.issues, { source, input: document }).map((p) => ({ ...p, hint: p.hint ?? 'an answers file is written by tpm-assess interview --save' })));
  }
  return ok(parsed.data);
}

/**
 * Saved answers -> a candidate profile. Answers that complete a résumé (interview --resume)
 * need that résumé's document too, or the profile already read from it (a LinkedIn export);
 * the shell reads it, since the file is named in the answers.
 */
export function candidateFromAnswers(
  file: AnswersFile,
  vocab: Vocabulary,
  asOf: Day,
  resume?: { document: unknown; source: string } | { profile: Result<CandidateProfile> },
): Result<CandidateProfile> {
  const fromAnswers = answersToProfile(file.answers, asOf, vocab);
  if (!resume) return ok(fromAnswers);
  const fromResume = 'profile' in resume ? resume.profile : documentToProfile(resume.document, resume.source, vocab);
  return fromResume.ok ? ok(fillUnknowns(fromResume.value, file.answers, fromAnswers), fromResume.warnings) : fromResume;
}
