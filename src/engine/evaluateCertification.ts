import { addYears, DAYS_PER_MONTH, formatDay, type Day } from '../profile/day.js';
import type { Credential } from '../profile/profile.js';
import type { Criterion } from '../rubric/schema.js';
import type { CredentialDef } from '../vocabulary/schema.js';
import { listText, statusFor, type Evaluator, type Outcome } from './context.js';
import { pmpEligibility } from './pmpEligibility.js';

type CertificationCriterion = Extract<Criterion, { kind: 'certification' }>;

/** Credit for a credential the source says has lapsed: it was earned, and renewing it is cheaper than earning it. */
const LAPSED_CREDIT = 0.5;

/**
 * A listed credential is held. Only what the source states makes it lapsed: "expired", "not
 * maintained", or an expiry date before the as-of date. Holders write the original pass date
 * and renew by PDUs, not by re-dating (research/inputs.md §3), so an old date alone is not a lapse.
 */
function isLapsed(held: Credential, asOf: Day): boolean {
  return held.lapsed === true || (held.expires !== undefined && held.expires < asOf);
}

function creditFor(held: Credential | undefined, asOf: Day, current: boolean): number {
  if (!held || (held.earned !== null && held.earned > asOf)) return 0;
  return current && isLapsed(held, asOf) ? LAPSED_CREDIT : 1;
}

/** When a renewable credential's first cycle ends, where its date is known: after it, currency needs saying. */
function renewalDue(held: Credential, def: CredentialDef | undefined): Day | null {
  return held.earned !== null && def?.validityYears ? addYears(held.earned, def.validityYears) : null;
}

/** Held, renewable, past its first cycle (or undated), with no expiry stated: counted, but not verified. */
function currencyUnverified(held: Credential, def: CredentialDef | undefined, asOf: Day): boolean {
  if (!def?.validityYears || isLapsed(held, asOf) || held.expires !== undefined) return false;
  const due = renewalDue(held, def);
  return due === null || due < asOf;
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
  const credits = ids.map((id) => ({ id, credit: creditFor(byId.get(id), asOf, current) }));
  const score = c.anyOf ? credits.reduce((best, x) => Math.max(best, x.credit), 0) : credits.reduce((s, x) => s + x.credit, 0) / credits.length;
  const found = credits.filter((x) => x.credit > 0);
  const actual = found.map((x) => {
    const held = byId.get(x.id)!;
    const def = vocabulary.credentials.get(x.id);
    const due = renewalDue(held, def);
    return {
      id: x.id,
      earned: held.earned === null ? null : formatDay(held.earned),
      // The expiry the source states; null when it states none (then currency is unverified, not lapsed).
      expires: held.expires === undefined ? null : formatDay(held.expires),
      current: x.credit === 1,
      currency: isLapsed(held, asOf) ? 'lapsed' : currencyUnverified(held, def, asOf) ? 'unverified' : 'current',
      ...(due !== null && { renewalDue: formatDay(due) }),
    };
  });
  const evidence = found.map((x) => byId.get(x.id)!.evidence);
  const status = statusFor(score);
  if (status === 'met') {
    // Counted as held; a cheap step asks the person to show it is current.
    const unverified = current ? found.find((x) => currencyUnverified(byId.get(x.id)!, vocabulary.credentials.get(x.id), asOf)) : undefined;
    const action = unverified ? { text: confirmText(name(unverified.id), vocabulary.credentials.get(unverified.id)?.issuer), effortMonths: 0.1, type: 'clarify' as const } : null;
    return { status, score, actual, expected, evidence, gap: null, action };
  }

  const missing = credits.filter((x) => x.credit === 0).map((x) => x.id);
  const lapsed = found.filter((x) => x.credit < 1);
  if (lapsed.length && (c.anyOf || missing.length === 0)) {
    const held = byId.get(lapsed[0]!.id)!;
    const when = held.expires !== undefined ? `expired on ${formatDay(held.expires)}` : 'is stated as lapsed';
    return {
      status, score, actual, expected, evidence,
      gap: `${name(held.id)} ${when} (${quoteOf(held)})`,
      action: { text: `Renew the ${name(held.id)}, or correct the résumé if it is current`, effortMonths: 1 },
    };
  }
  const step = nextStep(missing[0] ?? ids[0]!, c, { profile, asOf, vocabulary });
  const gap = c.anyOf ? `none of ${listText(ids.map(name))} found` : `missing ${listText(missing.map(name), 'and')}`;
  return { status, score, actual, expected, evidence, gap, action: step };
};

function confirmText(name: string, issuer: string | undefined): string {
  const registry = issuer === 'PMI' ? 'in the PMI certification registry' : issuer ? `with ${issuer}` : 'with its issuer';
  return `Confirm the ${name} is current (${registry}) and add its renewal or expiry date to the résumé: it is counted as held, its currency unverified`;
}

function quoteOf(held: Credential): string {
  return `"${held.evidence.text}" at ${held.evidence.path}`;
}

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
