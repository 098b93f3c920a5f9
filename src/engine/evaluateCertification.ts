import { addYears, DAYS_PER_MONTH, formatDay, type Day } from '../profile/day.js';
import type { Credential } from '../profile/profile.js';
import type { Criterion } from '../rubric/schema.js';
import type { CredentialDef } from '../vocabulary/schema.js';
import { listText, statusFor, type Evaluator, type Outcome } from './context.js';
import { pmpEligibility } from './pmpEligibility.js';

type CertificationCriterion = Extract<Criterion, { kind: 'certification' }>;

/** Credit for a credential past its renewal date: it was earned, but may have lapsed. */
const LAPSED_CREDIT = 0.5;

function creditFor(held: Credential | undefined, def: CredentialDef | undefined, asOf: Day, current: boolean): number {
  if (!held || (held.earned !== null && held.earned > asOf)) return 0;
  if (!current || !def?.validityYears || held.earned === null) return 1;
  return addYears(held.earned, def.validityYears) >= asOf ? 1 : LAPSED_CREDIT;
}

export const evaluateCertification: Evaluator<CertificationCriterion> = (c, { profile, asOf, vocabulary }) => {
  const ids = c.anyOf ?? c.allOf ?? [];
  const name = (id: string) => vocabulary.credentials.get(id)?.name ?? id;
  const expected = c.anyOf ? { anyOf: c.anyOf } : { allOf: c.allOf };
  if (!profile.credentials) {
    return {
      status: 'unknown',
      score: 0,
      actual: null,
      expected,
      evidence: [],
      gap: 'no certificates given',
      action: { text: `If you hold ${listText(ids.map(name))}, list it under certificates with its date; if not: ${nextStep(ids[0]!, c, { profile, asOf, vocabulary }).text}`, effortMonths: 0.25, type: 'clarify' },
    };
  }
  const byId = new Map(profile.credentials.map((cr) => [cr.id, cr]));
  const current = c.current ?? true;
  const credits = ids.map((id) => ({ id, credit: creditFor(byId.get(id), vocabulary.credentials.get(id), asOf, current) }));
  const score = c.anyOf ? credits.reduce((best, x) => Math.max(best, x.credit), 0) : credits.reduce((s, x) => s + x.credit, 0) / credits.length;
  const found = credits.filter((x) => x.credit > 0);
  const actual = found.map((x) => {
    const held = byId.get(x.id)!;
    const validity = vocabulary.credentials.get(x.id)?.validityYears;
    // The renewal date where the credential expires and its date is known; null when it does not expire or the date is not given.
    const expires = held.earned !== null && validity ? formatDay(addYears(held.earned, validity)) : null;
    return { id: x.id, earned: held.earned === null ? null : formatDay(held.earned), expires, current: x.credit === 1 };
  });
  const evidence = found.map((x) => byId.get(x.id)!.evidence);
  const status = statusFor(score);
  if (status === 'met') return { status, score, actual, expected, evidence, gap: null, action: null };

  const missing = credits.filter((x) => x.credit === 0).map((x) => x.id);
  const lapsed = found.filter((x) => x.credit < 1);
  if (lapsed.length && (c.anyOf || missing.length === 0)) {
    const first = lapsed[0]!;
    const earned = byId.get(first.id)!.earned!;
    const due = formatDay(addYears(earned, vocabulary.credentials.get(first.id)?.validityYears ?? 0));
    return {
      status, score, actual, expected, evidence,
      gap: `${name(first.id)} earned ${formatDay(earned)} was due for renewal by ${due}`,
      action: { text: `Renew the ${name(first.id)}, or add its renewal date to the résumé if it is current`, effortMonths: 1 },
    };
  }
  const step = nextStep(missing[0] ?? ids[0]!, c, { profile, asOf, vocabulary });
  const gap = c.anyOf ? `none of ${listText(ids.map(name))} found` : `missing ${listText(missing.map(name), 'and')}`;
  return { status, score, actual, expected, evidence, gap, action: step };
};

/** The concrete next step towards a credential; for the PMP, which eligibility rules are met. */
function nextStep(id: string, c: CertificationCriterion, ctx: Parameters<Evaluator>[1]): NonNullable<Outcome['action']> {
  const def = ctx.vocabulary.credentials.get(id);
  const effortMonths = c.effortMonths ?? def?.effortMonths ?? 3;
  if (id === 'pmi-pmp') {
    const e = pmpEligibility(ctx.profile, ctx.asOf);
    return e.eligible
      ? { text: `Take the PMP exam: you meet its eligibility rules today (${e.rules.join('; ')})`, effortMonths }
      : { text: `Work towards PMP eligibility: ${e.rules.join('; ')}`, effortMonths: Math.max(effortMonths, monthsUntil(e.experienceMetOn, ctx.asOf)) };
  }
  return { text: `Earn the ${def?.name ?? id}${def ? ` (${def.issuer})` : ''}`, effortMonths };
}

function monthsUntil(day: Day | null, asOf: Day): number {
  return day === null ? 0 : Math.ceil((day - asOf) / DAYS_PER_MONTH);
}
