import { addMonths, formatMonth } from '../profile/day.js';
import type { Criterion } from '../rubric/schema.js';
import { listText, round, statusFor, unknown, type Evaluator } from './context.js';
import { inFamilies, intervalOf, yearsOf } from './experienceYears.js';

type ExperienceCriterion = Extract<Criterion, { kind: 'experience' }>;

export const evaluateExperience: Evaluator<ExperienceCriterion> = (c, { profile, asOf, vocabulary }) => {
  const roles = listText(c.roles.map((r) => (vocabulary.roleFamilies.get(r) ?? r).toLowerCase()));
  const domains = c.domains ? ` in ${listText(c.domains.map((d) => vocabulary.terms.get(d)?.title ?? d))}` : '';
  const expected = c.minYears;
  if (!profile.positions || (profile.knownFamilies && !c.roles.some((r) => profile.knownFamilies!.has(r)))) {
    return unknown(expected, 'no work history given', `Add your work history with start and end dates to show ${c.minYears}+ years of ${roles}${domains}`);
  }
  const counted = profile.positions.filter(
    (p) => inFamilies(p, c.roles) && (!c.domains || p.domains.some((d) => c.domains!.includes(d))) && intervalOf(p, asOf) !== null,
  );
  const years = round(yearsOf(counted, asOf));
  const score = Math.min(1, years / c.minYears);
  const status = statusFor(score);
  const evidence = [...counted].sort((a, b) => b.start - a.start).map((p) => p.evidence);
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
