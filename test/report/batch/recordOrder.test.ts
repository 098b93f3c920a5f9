import { describe, expect, it } from 'vitest';
import { recordOrder } from '../../../src/report/batch/recordOrder.js';
import type { SortKey } from '../../../src/report/batch/sortKey.js';

const keys: SortKey[] = [
  { index: 0, name: 'zoë', score: 60 },
  { index: 1, name: null, score: null },
  { index: 2, name: 'Ana', score: 80 },
  { index: 3, name: 'émile', score: 60 },
  { index: 4, name: null, score: 90 },
  { index: 5, name: 'ana', score: 80 },
  { index: 6, name: 'Item 10', score: 10 },
  { index: 7, name: 'Item 9', score: 10 },
];
const sorted = (order: 'score' | 'name' | 'input') => [...keys].sort(recordOrder(order)).map((k) => k.index);

describe('recordOrder', () => {
  it('score: best first, ties in input order, records without a score last', () => {
    expect(sorted('score')).toEqual([4, 2, 5, 0, 3, 6, 7, 1]);
  });

  it('name: alphabetical without regard to case or accents, numbers as numbers, unnamed last', () => {
    expect(sorted('name')).toEqual([2, 5, 3, 7, 6, 0, 1, 4]);
  });

  it('input: the order records were read in', () => {
    expect(sorted('input')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
