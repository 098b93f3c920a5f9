import type { Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import { type Result, fail, ok } from '../problem.js';
import { documentToProfile } from '../resume/readResume.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { zodProblems } from '../zodProblems.js';
import { answersFileSchema, isAnswersDocument } from './answersSchema.js';
import { answersToProfile } from './answersToProfile.js';

/** A parsed document -> a candidate profile: a JSON Resume, or answers saved by `interview --save`. */
export function readCandidate(document: unknown, source: string, vocab: Vocabulary, asOf: Day): Result<CandidateProfile> {
  if (!isAnswersDocument(document)) return documentToProfile(document, source, vocab);
  const parsed = answersFileSchema.safeParse(document);
  if (!parsed.success) return fail(zodProblems(parsed.error.issues, { source }));
  return ok(answersToProfile(parsed.data.answers, asOf, vocab));
}
