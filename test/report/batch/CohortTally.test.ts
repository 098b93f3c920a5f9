import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src/report/batch/batchResult.js';
import { CohortTally } from '../../../src/report/batch/CohortTally.js';
import { fiveNumbers } from '../../../src/report/batch/fiveNumbers.js';
import { formatCohortSummary, percent } from '../../../src/report/batch/formatCohortSummary.js';
import { aCriterion, anAssessment } from '../anAssessment.js';
import { aBatch, goldenDocuments } from './aBatch.js';

const tallied = (results: readonly BatchResult[], minScore: number | undefined) => {
  const tally = new CohortTally(minScore);
  for (const r of results) tally.add(r);
  return tally.summary();
};
const at = (index: number) => ({ index, line: index + 1, source: 'x.ndjson' });
const scored = (index: number, a: ReturnType<typeof anAssessment>): BatchResult => ({ record: at(index), scored: { report: a, closest: a } });
const broken = (index: number): BatchResult => ({ record: at(index), error: { message: 'bad', path: null, code: 'x' } });

describe('fiveNumbers', () => {
  it('interpolates quartiles between closest ranks, as QUARTILE.INC and numpy do', () => {
    expect(fiveNumbers([4, 1, 3, 2])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
    expect(fiveNumbers([7])).toEqual({ min: 7, q1: 7, median: 7, q3: 7, max: 7 });
    expect(fiveNumbers([10, 20, 30, 40, 50])).toEqual({ min: 10, q1: 20, median: 30, q3: 40, max: 50 });
    expect(fiveNumbers([])).toBeNull();
  });

  it('is ordered, and does not depend on the order of the scores', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }), (scores) => {
        const f = fiveNumbers(scores)!;
        expect(f.min <= f.q1 && f.q1 <= f.median && f.median <= f.q3 && f.q3 <= f.max).toBe(true);
        expect(fiveNumbers([...scores].reverse())).toEqual(f);
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('CohortTally', () => {
  it('counts every scored record as scored: below the gate is a part of it, unreadable the rest', () => {
    const results = [scored(0, anAssessment({ score: 80 })), broken(1), scored(2, anAssessment({ score: 60 })), scored(3, anAssessment({ score: 70 }))];
    const s = tallied(results, 70);
    expect([s.read, s.scored, s.below, s.unreadable]).toEqual([4, 3, 1, 1]);
    expect(s.pass).toEqual({ passed: 2, of: 3, against: 'min-score' });
    expect(s.minScore).toBe(70);
  });

  it('without a gate, nobody is below it, and the pass rate reads each rubric pass score', () => {
    const results = [scored(0, anAssessment({ score: 80, passScore: 75 })), scored(1, anAssessment({ score: 72, passScore: 75 })), scored(2, anAssessment({ score: 72, passScore: 70 }))];
    const s = tallied(results, undefined);
    expect(s.below).toBe(0);
    expect(s.minScore).toBeNull();
    expect(s.pass).toEqual({ passed: 2, of: 3, against: 'pass-score' });
  });

  it('counts verdicts, and the three gaps most candidates share (missing or partial, not unknown), ties by id', () => {
    const crit = (id: string, status: 'met' | 'partial' | 'missing' | 'unknown') => aCriterion({ id, title: `T ${id}`, status, score: status === 'met' ? 1 : status === 'partial' ? 0.5 : 0 });
    const results = [
      scored(0, anAssessment({ verdict: 'ready', criteria: [crit('b', 'missing'), crit('a', 'partial'), crit('u', 'unknown')] })),
      scored(1, anAssessment({ verdict: 'nearly', criteria: [crit('b', 'missing'), crit('a', 'missing'), crit('c', 'partial'), crit('u', 'unknown')] })),
      scored(2, anAssessment({ verdict: 'nearly', criteria: [crit('d', 'missing'), crit('b', 'partial'), crit('u', 'unknown')] })),
      broken(3),
    ];
    const s = tallied(results, undefined);
    expect(s.verdicts).toEqual({ ready: 1, nearly: 2, 'not-ready': 0 });
    expect(s.topGaps).toEqual([
      { criterion: 'b', title: 'T b', candidates: 3 },
      { criterion: 'a', title: 'T a', candidates: 2 },
      { criterion: 'c', title: 'T c', candidates: 1 },
    ]);
  });

  it('gives the same summary whatever the order of the records', () => {
    const results = aBatch(goldenDocuments());
    const expected = tallied(results, 70);
    fc.assert(
      fc.property(fc.shuffledSubarray(results, { minLength: results.length, maxLength: results.length }), (shuffled) => {
        expect(tallied(shuffled, 70)).toEqual(expected);
      }),
      { seed: 13, numRuns: 50 },
    );
  });

  it('has no scores for a batch with nothing scored', () => {
    expect(tallied([broken(0)], 70).scores).toBeNull();
    expect(tallied([], undefined)).toMatchObject({ read: 0, scored: 0, scores: null, topGaps: [] });
  });
});

describe('formatCohortSummary', () => {
  it('reads as a few plain lines', () => {
    expect(formatCohortSummary(tallied(aBatch(goldenDocuments()), 70))).toMatchInlineSnapshot(`
      [
        "9 records read: 8 scored (3 below the gate, --min-score 70), 1 unreadable",
        "scores: min 52.2, quartiles 52.2 / 85.0 / 88.8, max 100.0",
        "pass rate: 63% (5 of 8 reach --min-score 70)",
        "verdicts: 5 ready, 0 nearly, 3 not ready",
        "most common gaps: 5+ years of project management experience (3); Plans, timelines, risks and dependencies, stakeholders, documentation (3); PMP certification preferred (3)",
      ]
    `);
  });

  it('without a gate or any score: one line', () => {
    expect(formatCohortSummary(tallied([broken(0)], undefined))).toEqual(['1 record read: 0 scored, 1 unreadable']);
  });

  it('percent never rounds a part to none or to all', () => {
    expect([percent(1, 1000), percent(999, 1000), percent(0, 5), percent(5, 5), percent(1, 3)]).toEqual(['1%', '99%', '0%', '100%', '33%']);
  });
});
