import type { CandidateProfile } from '../profile/profile.js';
import { type Problem, type Result, fail, ok } from '../problem.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { zodProblems } from '../zodProblems.js';
import { jsonResumeSchema } from './jsonResumeSchema.js';
import { parseJson } from './parseJson.js';
import { resumeToProfile } from './resumeToProfile.js';

/** A parsed JSON document (already JSON.parse'd) -> a candidate profile, or problems with JSON paths. */
export function documentToProfile(document: unknown, source: string, vocab: Vocabulary): Result<CandidateProfile> {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    const problem: Problem = {
      code: 'resume-not-an-object',
      message: `expected a JSON Resume object, got ${Array.isArray(document) ? 'a list' : document === null ? 'null' : typeof document}`,
      source,
      hint: Array.isArray(document) ? 'to score a list of résumés use `tpm-assess batch`' : 'see https://jsonresume.org/schema for the format',
    };
    return fail([problem]);
  }
  const parsed = jsonResumeSchema.safeParse(document);
  if (!parsed.success) {
    return fail(zodProblems(parsed.error.issues, { source, input: document }));
  }
  const { profile, warnings } = resumeToProfile(parsed.data, vocab);
  return ok(profile, warnings.map((w) => ({ ...w, source })));
}

/** Résumé text -> profile: JSON syntax (with line and column), then shape (with JSON paths). */
export function readResume(text: string, source: string, vocab: Vocabulary): Result<CandidateProfile> {
  const json = parseJson(text, source);
  if (!json.ok) return json;
  return documentToProfile(json.value, source, vocab);
}
