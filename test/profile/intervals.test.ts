import { describe, expect, it } from 'vitest';
import { clip, coveredDays, unionOf } from '../../src/profile/intervals.js';

describe('unionOf: concurrent jobs are counted once', () => {
  it('merges overlapping, touching and nested intervals, in any order', () => {
    expect(unionOf([{ start: 50, end: 60 }, { start: 0, end: 10 }, { start: 5, end: 20 }, { start: 21, end: 30 }, { start: 52, end: 55 }])).toEqual([
      { start: 0, end: 30 },
      { start: 50, end: 60 },
    ]);
  });

  it('drops reversed intervals and does not change its input', () => {
    const input = [{ start: 10, end: 5 }, { start: 1, end: 2 }];
    expect(unionOf(input)).toEqual([{ start: 1, end: 2 }]);
    expect(input[1]).toEqual({ start: 1, end: 2 });
  });

  it('counts covered days with both ends included', () => {
    expect(coveredDays([{ start: 0, end: 9 }, { start: 5, end: 14 }])).toBe(15);
    expect(coveredDays([])).toBe(0);
  });

  it('clips to a window', () => {
    expect(clip([{ start: 0, end: 100 }, { start: 200, end: 300 }], 50, 250)).toEqual([
      { start: 50, end: 100 },
      { start: 200, end: 250 },
    ]);
  });
});
