import { groupDigits } from '../../groupDigits.js';
import { addMonths, parseDay, type Day } from '../../profile/day.js';
import type { CandidateProfile, Evidence, Position } from '../../profile/profile.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import type { Answers } from './answersSchema.js';
import { readFactKey } from './factKey.js';

const said = (key: string, text: string): Evidence => ({ path: `/answers/${key}`, text: `${text} (interview)` });

/**
 * Interview answers -> the same candidate profile a résumé gives, so that the engine and the
 * reporters cannot tell them apart. Years of experience become one period ending at the as-of
 * date (or running to it, for a current role). Anything skipped stays unknown.
 */
export function answersToProfile(a: Answers, asOf: Day, vocab: Vocabulary): CandidateProfile {
  return {
    name: a.name?.trim() || null,
    positions: positions(a, asOf),
    degrees: degrees(a, vocab),
    credentials:
      a.credentials == null
        ? null
        : a.credentials.map((id) => ({ id, earned: earned(a, id, asOf), ...(a.credentialCurrent?.[id] === 'lapsed' && { lapsed: true }), evidence: said('credentials', credentialText(a, id, vocab)) })),
    terms: terms(a, vocab),
    // The questionnaire asks about these families and categories only; the rest stay unknown.
    knownFamilies: new Set([
      ...(a.pmYears != null ? PM_FAMILIES : []),
      ...(a.technicalYears != null ? ['engineering'] : []),
      ...Object.entries({ ...a.roleYears, ...a.clientYears }).flatMap(([key, years]) => (years != null ? readFactKey(key).roles : [])),
    ]),
    knownTermCategories: new Set(TERM_CATEGORIES.filter(([key]) => a[key] != null).map(([, category]) => category)),
    teamSize: a.teamSize ? { size: a.teamSize, evidence: said('teamSize', `led a team of ${a.teamSize}`) } : null,
    budget: a.budget ? { amount: a.budget, evidence: said('budget', `managed a budget of ${groupDigits(a.budget)}`) } : null,
    remote: a.remote == null ? null : a.remote ? [said('remote', 'has worked remotely or led distributed teams')] : [],
    trainingHours: a.trainingHours ? { hours: a.trainingHours, evidence: said('trainingHours', `${a.trainingHours} hours of project-management training`) } : null,
  };
}

/**
 * When a credential was earned, as far as the answers tell: a year (files saved before
 * currency was asked), or null. Whether it is current is asked instead, and "no, lapsed" is
 * the profile's `lapsed`: the same rule as a résumé that says so.
 */
function earned(a: Answers, id: string, asOf: Day): Day | null {
  const year = a.credentialYears?.[id];
  // A year alone: its last day, but never after the as-of date (earned "this year" is held now).
  return year ? Math.min(parseDay(String(year), 'end')!, asOf) : null;
}

function credentialText(a: Answers, id: string, vocab: Vocabulary): string {
  const name = vocab.credentials.get(id)?.name ?? id;
  const current = a.credentialCurrent?.[id];
  return current === 'yes' ? `${name}, current` : current === 'lapsed' ? `${name}, lapsed` : name;
}

const names = (families: readonly string[]) => families.map((f) => f.replace(/-/g, ' ')).join(', ');

/** Years in roles and years of client delivery, each one period ending at the as-of date. */
function keyedPositions(a: Answers, asOf: Day): Position[] {
  const out: Position[] = [];
  const period = (years: number) => ({ start: addMonths(asOf, -Math.round(years * 12)), end: asOf });
  const served = a.customerFacing;
  // External only: every job in these roles served clients; both: the client years carry that.
  const engagement = served === 'internal' ? 'internal' : served === 'external' ? 'external' : served === 'both' ? (Object.values(a.clientYears ?? {}).some((y) => y) ? 'internal' : 'external') : 'unclear';
  // Who delivery was for was asked of some roles (the client-years keys); jobs in other roles do not say.
  const clientKeys = Object.keys(a.clientYears ?? {});
  const servedIn = (roles: readonly string[]) => clientKeys.length === 0 || clientKeys.some((k) => k === 'any' || readFactKey(k).roles.some((r) => roles.includes(r)));
  for (const [key, years] of Object.entries(a.roleYears ?? {})) {
    if (!years) continue;
    const { roles, domains } = readFactKey(key);
    const told = served !== undefined && served !== null && servedIn(roles);
    out.push({
      title: `Work as ${names(roles)}`,
      employer: null,
      ...period(years),
      families: roles,
      domains: [...(domains ?? a.domains ?? [])].sort(),
      engagement: told ? engagement : 'unclear',
      engagementEvidence: told ? said('customerFacing', customerFacingText[served]) : null,
      evidence: said(`roleYears/${key}`, `${years} years as ${names(roles)}${domains ? ` on ${names(domains)}` : ''}`),
    });
  }
  for (const [key, years] of Object.entries(a.clientYears ?? {})) {
    if (!years) continue;
    const { roles } = readFactKey(key);
    out.push({
      title: 'Delivery for external clients',
      employer: null,
      ...period(years),
      families: roles,
      domains: [...(a.domains ?? [])].sort(),
      engagement: 'external',
      engagementEvidence: said(`clientYears/${key}`, `${years} years leading delivery for external clients`),
      evidence: said(`clientYears/${key}`, `${years} years leading delivery for external clients${roles.length ? ` as ${names(roles)}` : ''}`),
    });
  }
  return out;
}

function positions(a: Answers, asOf: Day): Position[] | null {
  const keyed = [...Object.values(a.roleYears ?? {}), ...Object.values(a.clientYears ?? {})].some((y) => y != null);
  if (a.pmYears == null && a.technicalYears == null && !keyed) return null;
  const out: Position[] = keyedPositions(a, asOf);
  const period = (years: number, current: boolean) => ({ start: addMonths(asOf, -Math.round(years * 12)), end: current ? null : asOf });
  if (a.pmYears) {
    out.push({
      title: 'Project management',
      employer: null,
      ...period(a.pmYears, a.pmCurrent ?? false),
      families: [...PM_FAMILIES],
      domains: [...(a.domains ?? [])].sort(),
      engagement: a.customerFacing === 'external' || a.customerFacing === 'both' ? 'external' : a.customerFacing === 'internal' ? 'internal' : 'unclear',
      engagementEvidence: a.customerFacing ? said('customerFacing', customerFacingText[a.customerFacing]) : null,
      evidence: said('pmYears', `${a.pmYears} years managing projects${a.pmCurrent ? ', currently' : ''}`),
    });
  }
  if (a.technicalYears) {
    out.push({
      title: 'Technical role',
      employer: null,
      ...period(a.technicalYears, false),
      families: ['engineering'],
      domains: [...(a.domains ?? [])].sort(),
      engagement: 'unclear',
      engagementEvidence: null,
      evidence: said('technicalYears', `${a.technicalYears} years in technical roles`),
    });
  }
  return out;
}

/** "Years managing projects or programs" covers these families. */
const PM_FAMILIES = ['project-management', 'program-management', 'delivery-management'];
const TERM_CATEGORIES = [
  ['domains', 'domain'],
  ['methodologies', 'methodology'],
  ['tools', 'tool'],
  ['skills', 'skill'],
] as const;

export const customerFacingText = {
  external: 'led projects for external clients',
  internal: 'led internal projects only',
  both: 'led projects for external clients and internal ones',
} as const;

function degrees(a: Answers, vocab: Vocabulary): CandidateProfile['degrees'] {
  if (a.degreeLevel == null) return null;
  if (a.degreeLevel === 'none') return [];
  const field = a.degreeField ?? null;
  const fieldName = field ? ` in ${(vocab.degreeFields.get(field) ?? field).toLowerCase()}` : '';
  return [{ level: a.degreeLevel, fields: field ? [field] : [], started: null, completed: null, evidence: said('degreeLevel', `${a.degreeLevel} degree${fieldName}`) }];
}

function terms(a: Answers, vocab: Vocabulary): Map<string, Evidence[]> | null {
  const lists = (['domains', 'methodologies', 'tools', 'skills'] as const).filter((k) => a[k] != null);
  if (lists.length === 0) return null;
  const map = new Map<string, Evidence[]>();
  for (const key of lists) for (const id of a[key]!) map.set(id, [said(key, vocab.terms.get(id)?.title ?? id)]);
  return map;
}
