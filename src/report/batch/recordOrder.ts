import type { SortKey } from './sortKey.js';

export const SORT_ORDERS = ['score', 'name', 'input'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

// A fixed locale: the same names sort the same way on every machine.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A comparator for --sort: best score first, or names alphabetically, or input order. Records
 * without a score or a name come after the others, and ties keep input order, so the result
 * does not depend on the sort algorithm.
 */
export function recordOrder(order: SortOrder): (a: SortKey, b: SortKey) => number {
  const last = (x: unknown, y: unknown) => (x === null ? 1 : 0) - (y === null ? 1 : 0);
  if (order === 'score') return (a, b) => last(a.score, b.score) || (b.score ?? 0) - (a.score ?? 0) || a.index - b.index;
  if (order === 'name') return (a, b) => last(a.name, b.name) || collator.compare(a.name ?? '', b.name ?? '') || a.index - b.index;
  return (a, b) => a.index - b.index;
}
