import type { Criterion } from '../rubric/schema.js';
import { listText, round, statusFor, unknown, type Evaluator } from './context.js';
import { inFamilies, inferredIn, intervalOf, yearsOf } from './experienceYears.js';

type CustomerFacingCriterion = Extract<Criterion, { kind: 'customer-facing' }>;

/**
 * Led external customer-facing delivery, as opposed to internal operational projects (seed
 * 000). When no relevant job clearly says either way, the result is unknown, not missing: the
 * résumé did not tell, and the roadmap asks the person to say so.
 */
export const evaluateCustomerFacing: Evaluator<CustomerFacingCriterion> = (c, { profile, asOf, vocabulary }) => {
  const minYears = c.minYears ?? 0;
  const expected = { minYears, roles: c.roles ?? null };
  const roles = c.roles ? listText(c.roles.map((r) => (vocabulary.roleFamilies.get(r) ?? r).toLowerCase())) : 'any';
  if (!profile.positions || (profile.knownFamilies && c.roles && !c.roles.some((r) => profile.knownFamilies!.has(r)))) return unknown(expected, 'no work history given', 'Add your work history, naming the external clients or customers you delivered for');

  // Every job the rubric's role families count, by title or by duties (a founder who led client
  // delivery is read like a delivery manager): engagement is read wherever it is written.
  const relevant = profile.positions.filter((p) => (!c.roles || inFamilies(p, c.roles) || inferredIn(p, c.roles)) && intervalOf(p, asOf) !== null);
  const external = relevant.filter((p) => p.engagement === 'external');
  const years = round(yearsOf(external, asOf));
  const evidence = external.flatMap((p) => [p.evidence, ...(p.engagementEvidence ? [p.engagementEvidence] : [])]);
  const actual = { years, externalJobs: external.length, internalJobs: relevant.filter((p) => p.engagement === 'internal').length };
  const score = external.length === 0 ? 0 : minYears === 0 ? 1 : Math.min(1, years / minYears);
  const status = statusFor(score);
  if (status === 'met') return { status, score, actual, expected, evidence, gap: null, action: null };

  const unclear = relevant.filter((p) => p.engagement === 'unclear');
  if (external.length === 0 && unclear.length > 0) {
    return {
      ...unknown(expected, `${unclear.length} ${roles === 'any' ? '' : roles + ' '}job(s) do not say whether they delivered for external clients or internal teams`, 'Say in your job highlights who the projects were delivered for: external clients (professional or managed services, statements of work) or internal teams'),
      actual,
      evidence: unclear.map((p) => p.evidence),
    };
  }
  const internal = relevant.filter((p) => p.engagement === 'internal');
  // "Internal" only where internal cues were found; no relevant job at all is another sentence.
  const gap = external.length
    ? `${round(minYears - years)} more years of external customer-facing delivery needed (has ${years} of ${minYears})`
    : internal.length
      ? `no ${roles === 'any' ? '' : roles + ' '}job led external customer-facing projects; the ${internal.length === 1 ? 'job shown says it was' : 'jobs shown say they were'} internal work`
      : `no ${roles === 'any' ? '' : roles + ' '}job in the work history, so none shows external customer-facing delivery`;
  const action = 'Lead a client-facing delivery: a professional-services or managed-services project for an external customer, not an internal operational one';
  return { status, score, actual, expected, evidence: external.length ? evidence : relevant.map((p) => p.evidence), gap, action: { text: action, effortMonths: c.effortMonths ?? Math.max(6, (minYears - years) * 12) } };
};
