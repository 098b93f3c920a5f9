import { addYears, formatMonth, type Day } from '../profile/day.js';
import { DEGREE_LEVELS, type Degree, type DegreeLevel } from '../profile/profile.js';
import type { Criterion } from '../rubric/schema.js';
import { listText, round, statusFor, unknown, type Evaluator } from './context.js';
import { inFamilies, yearsOf } from './experienceYears.js';

type DegreeCriterion = Extract<Criterion, { kind: 'degree' }>;

const LEVEL_NAMES: Record<DegreeLevel, string> = {
  secondary: 'secondary diploma',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};
/** An unknown level ranks below every known one. */
const rank = (level: DegreeLevel | null) => (level === null ? -1 : DEGREE_LEVELS.indexOf(level));

/** Years a degree without an end date may have been started and still be in progress. */
const STUDY_YEARS = 6;

/**
 * A degree is held when it ended by the as-of date. With a start but no end date it is in
 * progress for STUDY_YEARS; after that, a missing end date is taken as an omission.
 */
export function isHeld(d: Degree, asOf: Day): boolean {
  if (d.inProgress) return false;
  if (d.completed !== null) return d.completed <= asOf;
  return d.started === null || addYears(d.started, STUDY_YEARS) <= asOf;
}

export const evaluateDegree: Evaluator<DegreeCriterion> = (c, { profile, asOf, vocabulary }) => {
  const fieldNames = (c.fields ?? []).map((f) => (vocabulary.degreeFields.get(f) ?? f).toLowerCase());
  const wanted = `${LEVEL_NAMES[c.minLevel]}${fieldNames.length ? ` in ${listText(fieldNames)}` : ''}`;
  const expected = { minLevel: c.minLevel, fields: c.fields ?? null };
  if (!profile.degrees) return unknown(expected, 'no education given', `Add your education, or take a ${wanted}`);

  const fieldOk = (d: Degree) => !c.fields || d.fields.some((f) => c.fields!.includes(f));
  const scoreOf = (d: Degree): number => {
    if (!isHeld(d, asOf)) return rank(d.level) >= rank(c.minLevel) && fieldOk(d) ? 0.5 : 0;
    if (rank(d.level) >= rank(c.minLevel)) return fieldOk(d) ? 1 : 0.5;
    return rank(d.level) === rank(c.minLevel) - 1 ? 0.25 : 0;
  };
  // Degrees whose level the résumé does not give cannot be scored; if nothing else meets the
  // criterion, it is unknown rather than missing.
  const known = profile.degrees.filter((d): d is Degree & { level: DegreeLevel } => d.level !== null);
  const unclear = profile.degrees.find((d) => d.level === null);
  const ranked = [...known].sort((a, b) => scoreOf(b) - scoreOf(a) || rank(b.level) - rank(a.level));
  const best = ranked[0];
  const bestScore = best ? scoreOf(best) : 0;
  const actual = best ? { level: best.level, fields: best.fields, held: isHeld(best, asOf) } : null;

  if (bestScore < 1 && c.equivalentExperience) {
    const { years, roles } = c.equivalentExperience;
    const counted = (profile.positions ?? []).filter((p) => inFamilies(p, roles));
    const has = round(yearsOf(counted, asOf));
    if (has >= years) {
      return { status: 'met', score: 1, actual: { ...actual, equivalentExperienceYears: has }, expected, evidence: counted.map((p) => p.evidence), gap: null, action: null };
    }
  }
  const evidence = best && bestScore > 0 ? [best.evidence, ...(best.inProgress && best.inProgress.path !== best.evidence.path ? [best.inProgress] : [])] : [];
  const status = statusFor(bestScore);
  if (status === 'met') return { status, score: 1, actual, expected, evidence, gap: null, action: null };
  if (unclear) {
    const where = unclear.evidence.path.replace(/^\/education\/(\d+)$/, 'education[$1]');
    return {
      ...unknown(expected, `${where} does not say which degree it is`, `Say which degree ${where} is (studyType, e.g. "Bachelor of Science"); a ${wanted} is asked for`),
      evidence: [unclear.evidence],
    };
  }

  let gap: string;
  let action: string;
  let effortMonths = c.effortMonths ?? (rank(c.minLevel) >= rank('master') ? 24 : 48);
  if (best && !isHeld(best, asOf) && bestScore > 0) {
    const when = best.completed !== null && best.completed > asOf ? `, to be completed by ${formatMonth(best.completed)}` : best.inProgress ? ` ("${best.inProgress.text}")` : '';
    gap = `the ${LEVEL_NAMES[best.level]} is still in progress${when}`;
    action = `Finish your ${LEVEL_NAMES[best.level]}`;
    effortMonths = 12;
  } else if (best && rank(best.level) >= rank(c.minLevel)) {
    gap = `the ${LEVEL_NAMES[best.level]} is ${best.fields.length ? `in ${listText(best.fields.map((f) => vocabulary.degreeFields.get(f) ?? f))}` : 'in a field the résumé does not name'}, not ${listText(fieldNames)}`;
    action = best.fields.length
      ? `Show how your degree relates to ${listText(fieldNames)}, or add a technical qualification (a certificate or a ${LEVEL_NAMES[c.minLevel]} in ${fieldNames[0]})`
      : `Name your degree's field in the résumé (education[].area)`;
    if (!best.fields.length) effortMonths = 0.25;
  } else {
    gap = best ? `has a ${LEVEL_NAMES[best.level]}; a ${wanted} is asked for` : `no ${wanted} found`;
    action = `Complete a ${wanted}`;
  }
  if (c.equivalentExperience) {
    const { years, roles } = c.equivalentExperience;
    action += `, or reach ${years} years of ${listText(roles.map((r) => (vocabulary.roleFamilies.get(r) ?? r).toLowerCase()))} experience, which the role accepts instead`;
  }
  return { status, score: bestScore, actual, expected, evidence, gap, action: { text: action, effortMonths } };
};
