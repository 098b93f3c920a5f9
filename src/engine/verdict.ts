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
  return verdictRule(required.map(() => true), rubric)(score, required);
}

/**
 * The same rule for one rubric's criteria, with which of them are required read once (the
 * engine asks it once per roadmap action). `statuses` are every criterion's, in the rubric's
 * order; `metAt`, when given, is a criterion taken as met (the verdict after an action).
 */
export function verdictRule(
  required: readonly boolean[],
  rubric: Pick<Rubric, 'passScore' | 'nearlyMargin'>,
): (score: number, statuses: readonly Status[], metAt?: number) => Verdict {
  const at = required.flatMap((r, i) => (r ? [i] : []));
  return (score, statuses, metAt = -1) => {
    let allMet = true;
    for (const i of at) {
      const s = i === metAt ? 'met' : statuses[i];
      if (s === 'missing' || s === 'partial') return 'not-ready';
      if (s !== 'met') allMet = false;
    }
    if (score < rubric.passScore - rubric.nearlyMargin) return 'not-ready';
    return score >= rubric.passScore && allMet ? 'ready' : 'nearly';
  };
}
