import { recordOrder, type SortOrder } from './recordOrder.js';
import type { SortKey } from './sortKey.js';

/**
 * What --top and --sort leave of a batch: the best `top` scored records (all when not given)
 * and every record that could not be scored (nothing is dropped unseen), in `sort` order
 * (best score first by default).
 */
export function pickInOrder<T extends { key: SortKey }>(items: readonly T[], options: { top?: number | undefined; sort?: SortOrder | undefined }): T[] {
  const byScore = recordOrder('score');
  let picked: readonly T[] = items;
  if (options.top !== undefined) {
    const best = new Set(items.filter((i) => i.key.score !== null).sort((a, b) => byScore(a.key, b.key)).slice(0, options.top));
    picked = items.filter((i) => i.key.score === null || best.has(i));
  }
  const order = recordOrder(options.sort ?? 'score');
  return [...picked].sort((a, b) => order(a.key, b.key));
}
