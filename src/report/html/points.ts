import type { Assessment, CriterionResult } from '../../engine/assessment.js';

/**
 * What a criterion adds to the score of 100, earned and at most: the weights need not sum to
 * 100, so a criterion's share is its weight over the rubric's total.
 */
export function criterionPoints(c: CriterionResult, a: Assessment): { earned: number; max: number } {
  const total = a.criteria.reduce((s, x) => s + x.weight, 0);
  const max = total > 0 ? (100 * c.weight) / total : 0;
  return { earned: max * c.score, max };
}

/** "12", "7.5": points to one decimal, without a trailing ".0". */
export function formatPoints(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
