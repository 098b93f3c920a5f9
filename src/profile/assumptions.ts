import type { Problem } from '../problem.js';
import { nearest } from '../suggest.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { Day } from './day.js';
import { DEGREE_LEVELS, type CandidateProfile, type DegreeLevel, type Evidence } from './profile.js';

/** One --assume value, read once per run. */
export type Assumption =
  | { kind: 'credential'; ids: string[]; label: string; evidence: Evidence }
  | { kind: 'degree'; level: DegreeLevel; fields: string[]; label: string; evidence: Evidence }
  | { kind: 'terms'; ids: string[]; label: string; evidence: Evidence };

/**
 * Reads --assume values: a credential (by id or by the name people use), a degree level, or
 * vocabulary terms. Done once per run, so a batch does not re-read them per résumé.
 */
export function readAssumptions(values: readonly string[], vocab: Vocabulary): { assumptions: Assumption[]; unknown: string[] } {
  const assumptions: Assumption[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const evidence = { path: '--assume', text: `assumed: ${value}` };
    const credentials = vocab.credentials.has(value) ? [value] : vocab.credentialNameMatcher.values(value);
    const level = DEGREE_LEVELS.includes(value as DegreeLevel) ? (value as DegreeLevel) : vocab.degreeLevelMatcher.values(value)[0];
    const terms = vocab.terms.has(value) ? [value] : vocab.termMatcher.values(value);
    if (credentials.length) assumptions.push({ kind: 'credential', ids: credentials, label: credentials.join(', '), evidence });
    else if (level) assumptions.push({ kind: 'degree', level, fields: vocab.degreeFieldMatcher.values(value), label: `${level} degree`, evidence });
    else if (terms.length) assumptions.push({ kind: 'terms', ids: terms, label: terms.join(', '), evidence });
    else unknown.push(value);
  }
  return { assumptions, unknown };
}

/**
 * What-if: the profile as if the résumé showed what was assumed, dated at the as-of date.
 * Returns a new profile; the one read from the résumé is not changed.
 */
export function applyAssumptions(profile: CandidateProfile, assumptions: readonly Assumption[], asOf: Day): CandidateProfile {
  // No copy without assumptions: a copy would read the facts a profile reads on first use (lazy.ts).
  if (!assumptions.length) return profile;
  // Only the sections an assumption names change: an unknown section elsewhere stays unknown.
  const next: CandidateProfile = { ...profile };
  for (const a of assumptions) {
    if (a.kind === 'credential') {
      next.credentials = [...(next.credentials ?? []), ...a.ids.map((id) => ({ id, earned: asOf, evidence: a.evidence }))];
    } else if (a.kind === 'degree') {
      next.degrees = [...(next.degrees ?? []), { level: a.level, fields: a.fields, started: null, completed: asOf, evidence: a.evidence }];
    } else {
      const terms = new Map(next.terms ?? []);
      for (const id of a.ids) terms.set(id, [a.evidence, ...(terms.get(id) ?? [])]);
      next.terms = terms;
    }
  }
  return next;
}

/** Why each unknown --assume value was refused, with the nearest known value when one is close. */
export function unknownAssumptions(unknown: readonly string[], vocab: Vocabulary): Problem[] {
  const names = assumableNames(vocab);
  return unknown.map((value) => {
    const near = nearest(value, names);
    return { code: 'assume-unknown', message: `--assume ${value}: not a known credential, term or degree${near ? ` (did you mean ${near}?)` : ''}`, hint: 'use an id such as pmi-pmp, scrum, jira or master' };
  });
}

/** What --assume takes: credential, term and degree ids, and the credentials' short names (pmp, csm). */
function assumableNames(vocab: Vocabulary): string[] {
  const shortNames = [...vocab.credentials.values()].flatMap((c) => c.aliases.flatMap((a) => (typeof a === 'string' && !a.includes(' ') ? [a.toLowerCase()] : [])));
  return [...vocab.credentials.keys(), ...shortNames, ...vocab.terms.keys(), ...DEGREE_LEVELS];
}
