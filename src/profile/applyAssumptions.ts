import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { Day } from './day.js';
import { DEGREE_LEVELS, type CandidateProfile, type DegreeLevel } from './profile.js';

export interface Assumed {
  profile: CandidateProfile;
  /** What each --assume value was read as, for the report. */
  applied: string[];
  /** Values that named nothing known. */
  unknown: string[];
}

/**
 * What-if: adds credentials, terms or a degree level as if the résumé showed them, dated at
 * the as-of date. Returns a new profile; the one read from the résumé is not changed.
 */
export function applyAssumptions(profile: CandidateProfile, values: readonly string[], asOf: Day, vocab: Vocabulary): Assumed {
  const next: CandidateProfile = {
    ...profile,
    credentials: [...(profile.credentials ?? [])],
    terms: new Map(profile.terms ?? []),
    degrees: [...(profile.degrees ?? [])],
  };
  const applied: string[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const evidence = { path: '--assume', text: `assumed: ${value}` };
    const credentials = vocab.credentials.has(value) ? [value] : vocab.credentialNameMatcher.values(value);
    const terms = vocab.terms.has(value) ? [value] : vocab.termMatcher.values(value);
    const level = DEGREE_LEVELS.includes(value as DegreeLevel) ? (value as DegreeLevel) : vocab.degreeLevelMatcher.values(value)[0];
    if (credentials.length) {
      for (const id of credentials) next.credentials!.push({ id, earned: asOf, evidence });
      applied.push(...credentials);
    } else if (level) {
      next.degrees!.push({ level, fields: vocab.degreeFieldMatcher.values(value), started: null, completed: asOf, evidence });
      applied.push(`${level} degree`);
    } else if (terms.length) {
      for (const id of terms) next.terms!.set(id, [evidence, ...(next.terms!.get(id) ?? [])]);
      applied.push(...terms);
    } else unknown.push(value);
  }
  return { profile: next, applied, unknown };
}
