import { addMonths, addYears, formatMonth, type Day } from '../profile/day.js';
import type { CandidateProfile, Position } from '../profile/profile.js';
import { inFamilies, yearsOf } from './experienceYears.js';
import { isHeld } from './evaluateDegree.js';

/**
 * PMP eligibility as PMI states it (research/credentials.md §1a): a four-year degree needs 36
 * months leading projects in the last 8 years, a secondary diploma or associate's degree 60;
 * both need 35 contact hours of project-management education, or the CAPM. Months are unique:
 * overlapping projects count once.
 */
export interface PmpEligibility {
  eligible: boolean;
  /** One clause per rule, saying whether it is met. */
  rules: string[];
  /** When the experience rule will be met by staying in a current project role. */
  experienceMetOn: Day | null;
}

const LEADING_ROLES = ['project-management', 'program-management', 'delivery-management', 'scrum-master'];
const WINDOW_YEARS = 8;
const TRAINING_HOURS = 35;

/** Whole months leading projects in the 8 years up to a date, overlapping projects once. */
function monthsLeading(leading: readonly Position[], on: Day): number {
  return Math.floor(yearsOf(leading, on, { from: addYears(on, -WINDOW_YEARS) }) * 12 + 1e-9);
}

/**
 * The first month at which staying in the current role meets the rule. The window slides:
 * each month gained at the front may lose one at the back, so the date is found by stepping
 * forward, not by adding the missing months to today.
 */
function whenMet(leading: readonly Position[], asOf: Day, needed: number): Day | null {
  for (let m = 1; m <= WINDOW_YEARS * 12; m++) {
    const on = addMonths(asOf, m);
    if (monthsLeading(leading, on) >= needed) return on;
  }
  return null;
}

export function pmpEligibility(profile: CandidateProfile, asOf: Day): PmpEligibility {
  const held = (profile.degrees ?? []).filter((d) => isHeld(d, asOf));
  const hasDegree = held.some((d) => d.level === 'bachelor' || d.level === 'master' || d.level === 'doctorate');
  // A degree whose level is not given may be a four-year one: the 36-month rule is stated, with the other.
  const maybeDegree = !hasDegree && held.some((d) => d.level === null);
  const monthsNeeded = hasDegree || maybeDegree ? 36 : 60;
  const tier = hasDegree
    ? 'a four-year degree'
    : maybeDegree
      ? 'a degree of unknown level (60 months if it is not a four-year degree)'
      : held.length
        ? 'a secondary or associate tier education'
        : 'no degree shown (secondary tier)';

  const leading = (profile.positions ?? []).filter((p) => inFamilies(p, LEADING_ROLES));
  const months = monthsLeading(leading, asOf);
  const experienceOk = months >= monthsNeeded;
  const experienceMetOn = experienceOk || !leading.some((p) => p.end === null) ? null : whenMet(leading, asOf, monthsNeeded);

  const capm = (profile.credentials ?? []).some((c) => c.id === 'pmi-capm');
  const hours = profile.trainingHours?.hours ?? 0;
  const trainingOk = capm || hours >= TRAINING_HOURS;

  const rules = [
    `${tier}: ${monthsNeeded} months leading projects in the last ${WINDOW_YEARS} years needed`,
    experienceOk
      ? `${months} months shown (met)`
      : `${months} months shown, ${monthsNeeded - months} to go${experienceMetOn ? ` (met around ${formatMonth(experienceMetOn)} if you stay in your current role)` : ''}`,
    trainingOk
      ? capm
        ? 'the CAPM stands in for the 35 hours of training (met)'
        : `${hours} hours of project-management education (met)`
      : `${TRAINING_HOURS} contact hours of project-management education, or the CAPM: not shown${hours ? ` (${hours} hours found)` : ''}`,
  ];
  return { eligible: experienceOk && trainingOk, rules, experienceMetOn };
}

