import type { BatchResult } from './batchResult.js';
import type { CohortSummary } from './cohortSummary.js';
import { fiveNumbers } from './fiveNumbers.js';
import { gapsOf } from './gapsOf.js';

/**
 * Counts a batch as it streams past, keeping only a number per candidate (its score, for the
 * quartiles) and a count per criterion: memory stays small however long the run.
 */
export class CohortTally {
  readonly #minScore: number | undefined;
  readonly #scores: number[] = [];
  readonly #gaps = new Map<string, { title: string; candidates: number }>();
  #unreadable = 0;
  #below = 0;
  #passed = 0;
  readonly #verdicts = { ready: 0, nearly: 0, 'not-ready': 0 };

  constructor(minScore: number | undefined) {
    this.#minScore = minScore;
  }

  add(result: BatchResult): void {
    if ('error' in result) {
      this.#unreadable++;
      return;
    }
    const a = result.scored.closest;
    this.#scores.push(a.score);
    this.#verdicts[a.verdict]++;
    if (this.#minScore !== undefined && a.score < this.#minScore) this.#below++;
    if (a.score >= (this.#minScore ?? a.passScore)) this.#passed++;
    for (const c of gapsOf(a)) {
      const gap = this.#gaps.get(c.id) ?? { title: c.title, candidates: 0 };
      gap.candidates++;
      this.#gaps.set(c.id, gap);
    }
  }

  summary(): CohortSummary {
    const scored = this.#scores.length;
    // Ties go by criterion id, so the order of the input cannot change the list.
    const topGaps = [...this.#gaps]
      .map(([criterion, g]) => ({ criterion, title: g.title, candidates: g.candidates }))
      .sort((a, b) => b.candidates - a.candidates || (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0))
      .slice(0, 3);
    return {
      read: scored + this.#unreadable,
      scored,
      below: this.#below,
      unreadable: this.#unreadable,
      minScore: this.#minScore ?? null,
      scores: fiveNumbers(this.#scores),
      pass: { passed: this.#passed, of: scored, against: this.#minScore === undefined ? 'pass-score' : 'min-score' },
      verdicts: { ...this.#verdicts },
      topGaps,
    };
  }
}
