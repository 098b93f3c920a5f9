import { addMonths, formatMonth } from '../profile/day.js';
import type { Evidence, Position } from '../profile/profile.js';
import type { Criterion } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { listText, round, statusFor, unknown, type Evaluator } from './context.js';
import { DEFAULT_INFERRED_WEIGHT, inFamilies, inferredIn, intervalOf, weightedYears } from './experienceYears.js';

/** A job counted from its duties: the job, marked, and the duty that shows it. */
export function inferredEvidence(p: Position, roles: readonly string[], weight: number, vocabulary: Vocabulary): Evidence[] {
  const shown = (p.inferred ?? []).filter((x) => roles.includes(x.family));
  const names = listText(shown.map((x) => (vocabulary.roleFamilies.get(x.family) ?? x.family).toLowerCase()), 'and');
  const counts = weight === 1 ? 'counted fully' : `counted at ${Math.round(weight * 100)}%`;
  return [{ path: p.evidence.path, text: `${p.evidence.text} (${names} inferred from duties, ${counts})` }, ...shown.map((x) => x.evidence)];
}

type ExperienceCriterion = Extract<Criterion, { kind: 'experience' }>;

export const evaluateExperience: Evaluator<ExperienceCriterion> = (c, { profile, asOf, vocabulary }) => {
  const roles = listText(c.roles.map((r) => (vocabulary.roleFamilies.get(r) ?? r).toLowerCase()));
  const domains = c.domains ? ` in ${listText(c.domains.map((d) => vocabulary.terms.get(d)?.title ?? d))}` : '';
  const expected = c.minYears;
  if (!profile.positions || (profile.knownFamilies && !c.roles.some((r) => profile.knownFamilies!.has(r)))) {
    return unknown(expected, 'no work history given', `Add your work history with start and end dates to show ${c.minYears}+ years of ${roles}${domains}`);
  }
  const inScope = (p: Position) => (!c.domains || p.domains.some((d) => c.domains!.includes(d))) && intervalOf(p, asOf) !== null;
  const counted = profile.positions.filter((p) => inFamilies(p, c.roles) && inScope(p));
  const weight = c.inferredWeight ?? DEFAULT_INFERRED_WEIGHT;
  // Jobs whose duties show the role though the title does not: counted at the rubric's weight, and said so.
  const inferred = weight > 0 ? profile.positions.filter((p) => inferredIn(p, c.roles) && inScope(p)) : [];
  const years = round(weightedYears(counted, inferred, asOf, weight));
  const score = Math.min(1, years / c.minYears);
  const status = statusFor(score);
  const evidence = [...counted, ...inferred]
    .sort((a, b) => b.start - a.start)
    .flatMap((p) => (counted.includes(p) ? [p.evidence] : inferredEvidence(p, c.roles, weight, vocabulary)));
  if (status === 'met') return { status, score, actual: years, expected, evidence, gap: null, action: null };

  const missing = round(c.minYears - years);
  const current = counted.some((p) => p.end === null);
  const action = current
    ? `Stay in your current ${roles} role: you reach ${c.minYears} years around ${formatMonth(addMonths(asOf, Math.ceil(missing * 12)))}`
    : `Take on ${roles} work${domains}: ${missing} more years needed`;
  return {
    status,
    score,
    actual: years,
    expected,
    evidence,
    gap: `${missing} more years of ${roles} experience${domains} needed (has ${years} of ${c.minYears})`,
    action: { text: action, effortMonths: Math.max(1, missing * 12) },
  };
};
