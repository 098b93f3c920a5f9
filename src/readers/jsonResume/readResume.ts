import type { CandidateProfile } from '../../profile/profile.js';
import { type Problem, type Result, fail, ok } from '../../problem.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { parseJson } from './parseJson.js';
import { readJsonResume } from './readJsonResume.js';
import { resumeToProfile } from './resumeToProfile.js';

/**
 * A parsed JSON document (already JSON.parse'd) -> a candidate profile with warnings, or the
 * problem that makes it no résumé at all (not an object, or no section that can be read).
 */
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
  const resume = readJsonResume(document as Record<string, unknown>);
  const located = (problems: Problem[]) => problems.map((p) => ({ ...p, source }));
  if (!resume.ok) return fail(located(resume.problems), located(resume.warnings));
  const { profile, warnings } = resumeToProfile(resume.value, vocab);
  return ok(profile, located([...resume.warnings, ...warnings]));
}

/** Résumé text -> profile: JSON syntax (with line and column), then shape (with JSON paths). */
export function readResume(text: string, source: string, vocab: Vocabulary): Result<CandidateProfile> {
  const json = parseJson(text, source);
  if (!json.ok) return json;
  const read = documentToProfile(json.value, source, vocab);
  return { ...read, warnings: [...json.warnings, ...read.warnings] };
}
