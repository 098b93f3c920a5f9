import type { Verdict } from '../../engine/assessment.js';
import type { FiveNumbers } from './fiveNumbers.js';

/**
 * What a batch comes to, for the stderr summary, the markdown shortlist and any cohort page:
 * plain numbers, no wording. `scored + unreadable = read`; `below` is a part of `scored`.
 */
export interface CohortSummary {
  read: number;
  scored: number;
  /** Scored candidates below --min-score; 0 without a gate. */
  below: number;
  unreadable: number;
  /** --min-score, or null when the run has no gate. */
  minScore: number | null;
  /** The scores of the scored candidates (the closest role's, with several rubrics); null when none was scored. */
  scores: FiveNumbers | null;
  /** How many scored candidates reach the bar: --min-score, or else their rubric's pass score. */
  pass: { passed: number; of: number; against: 'min-score' | 'pass-score' };
  verdicts: Record<Verdict, number>;
  /** The criteria most candidates fall short of, most common first (at most three). */
  topGaps: { criterion: string; title: string; candidates: number }[];
}
