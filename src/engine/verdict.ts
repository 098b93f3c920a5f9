import type { Rubric } from '../rubric/schema.js';
import type { Status, Verdict } from './assessment.js';

/**
 * The interface's rule ("a required criterion that is not met makes the verdict not-ready"),
 * which issue 5's "not-ready when a required criterion is missing" is read within: a knock-out
 * partly met (4.5 of the 5 years asked) is still not met.
 * ready: the score reaches the pass score and every required criterion is met.
 * not-ready: a required criterion is missing or only partly met, or the score is more than
 * the rubric's nearlyMargin below the pass score.
 * nearly: everything in between, including a required criterion that is unknown.
 */
export function verdictFor(score: number, required: readonly Status[], rubric: Pick<Rubric, 'passScore' | 'nearlyMargin'>): Verdict {
  if (required.some((s) => s === 'missing' || s === 'partial')) return 'not-ready';
  if (score < rubric.passScore - rubric.nearlyMargin) return 'not-ready';
  if (score >= rubric.passScore && required.every((s) => s === 'met')) return 'ready';
  return 'nearly';
}
