import type { Assessment, CriterionResult } from '../../engine/assessment.js';

/**
 * The criteria a candidate falls short of (missing or partly met), the costliest first: by the
 * points they lose (weight times the part not met), then in rubric order. Unknown is not a gap:
 * the résumé does not say, which is a question to ask, not a shortfall to rank on.
 */
export function gapsOf(a: Assessment): CriterionResult[] {
  return a.criteria
    .map((c, i) => ({ c, i, lost: c.weight * (1 - c.score) }))
    .filter(({ c }) => c.status === 'missing' || c.status === 'partial')
    .sort((x, y) => y.lost - x.lost || x.i - y.i)
    .map(({ c }) => c);
}
