import { recordOrder } from './recordOrder.js';
import type { SortKey } from './sortKey.js';

/**
 * Each scored entry's rank by score, as every cohort page shows it: competition ranking, so
 * equal scores share a rank (1, 2, 2, 4), whatever order the entries are then shown in.
 */
export function scoreRanks<T extends { score: number; key: SortKey }>(scored: readonly T[]): Map<T, number> {
  const byScore = [...scored].sort((a, b) => recordOrder('score')(a.key, b.key));
  const rank = new Map<T, number>();
  byScore.forEach((e, i) => rank.set(e, i > 0 && byScore[i - 1]!.score === e.score ? rank.get(byScore[i - 1]!)! : i + 1));
  return rank;
}
