import type { BatchContext, BatchResult } from '../../../src/report/batch/batchResult.js';
import { CohortTally } from '../../../src/report/batch/CohortTally.js';
import { shortlistEntry } from '../../../src/report/batch/shortlistEntry.js';
import { formatCohortHtml } from '../../../src/report/html/formatCohortHtml.js';

/** The cohort page of a batch as the html cohort format makes it: tallied, then each record's shortlist entry. */
export function cohortPage(results: BatchResult[], context: BatchContext, options: Parameters<typeof formatCohortHtml>[3] = {}) {
  const tally = new CohortTally(context.minScore);
  for (const r of results) tally.add(r);
  const summary = tally.summary();
  return { page: formatCohortHtml(results.map(shortlistEntry), summary, context, options), summary };
}
