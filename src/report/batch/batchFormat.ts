import type { BatchResult } from './batchResult.js';
import type { CohortSummary } from './cohortSummary.js';

/**
 * A batch output format as text: what goes before the first record, the text of each record
 * as it comes, and what closes the output once the cohort is known. Pure: the caller writes.
 * A format that needs the whole cohort (JUnit's counts, the ranked shortlist) gives '' per
 * record and everything at the end.
 */
export interface BatchFormat<R = BatchResult> {
  header(): string;
  record(result: R): string;
  end(summary: CohortSummary): string;
}
