import { appendFile } from 'node:fs/promises';
import type { Problem } from '../problem.js';
import type { BatchContext, BatchResult } from '../report/batch/batchResult.js';
import { cohortFormat, type Ordering } from '../report/batch/cohortFormat.js';
import type { CohortSummary } from '../report/batch/cohortSummary.js';
import { fileProblem } from './readInput.js';

/**
 * The markdown shortlist of a `--format github` run, for the job's summary page: GitHub Actions
 * names a file in $GITHUB_STEP_SUMMARY, and each step appends its markdown to it. The shortlist
 * holds a few fields per record until the end, as `--format markdown` does.
 */
export class StepSummary {
  readonly #shortlist;

  constructor(
    readonly path: string,
    context: BatchContext,
    ordering: Ordering,
  ) {
    this.#shortlist = cohortFormat('markdown', context, ordering);
  }

  add(result: BatchResult): void {
    this.#shortlist.record(result);
  }

  /** Appends the page (after a blank line: the steps before may not have ended theirs); the problem when it cannot. */
  async append(summary: CohortSummary): Promise<Problem | null> {
    try {
      await appendFile(this.path, '\n' + this.#shortlist.end(summary));
      return null;
    } catch (error) {
      return fileProblem(this.path, error, 'the step summary ($GITHUB_STEP_SUMMARY)', 'write');
    }
  }
}
