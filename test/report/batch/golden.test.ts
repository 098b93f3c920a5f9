import { describe, expect, it } from 'vitest';
import type { BatchContext, BatchResult } from '../../../src/report/batch/batchResult.js';
import { CohortTally } from '../../../src/report/batch/CohortTally.js';
import { csvTable } from '../../../src/report/batch/csvTable.js';
import { formatCohortSummary } from '../../../src/report/batch/formatCohortSummary.js';
import { formatShortlist } from '../../../src/report/batch/formatShortlist.js';
import { githubAnnotation } from '../../../src/report/batch/githubAnnotation.js';
import { junitDocument } from '../../../src/report/batch/junitDocument.js';
import { junitTestcase } from '../../../src/report/batch/junitTestcase.js';
import { shortlistEntry } from '../../../src/report/batch/shortlistEntry.js';
import { aBatch, aContext, goldenDocuments } from './aBatch.js';

/**
 * Golden files of the cohort formats on one batch: the three fixtures, a broken record and
 * hostile names, gated at --min-score 70, as of 2026-11-01. After an intended change:
 * `npx vitest run test/report/batch/golden.test.ts -u`, then read the diff.
 */
const golden = (name: string) => `../__golden__/${name}`;

function formats(results: BatchResult[], context: BatchContext) {
  const tally = new CohortTally(context.minScore);
  for (const r of results) tally.add(r);
  const summary = tally.summary();
  const csv = csvTable(context);
  return {
    csv: csv.header + results.map(csv.row).join(''),
    junit: junitDocument(results.map((r) => junitTestcase(r, context)), context),
    github: results.map((r) => githubAnnotation(r, context)).join(''),
    markdown: formatShortlist(results.map(shortlistEntry), summary, context),
    summary: formatCohortSummary(summary).join('\n') + '\n',
  };
}

describe('golden cohort formats (a batch with a broken record and hostile names)', () => {
  const one = formats(aBatch(goldenDocuments()), aContext());
  it.each([
    ['csv', 'batch.csv'],
    ['junit', 'batch.junit.xml'],
    ['github', 'batch.github.txt'],
    ['markdown', 'batch.md'],
    ['summary', 'batch.summary.txt'],
  ] as const)('%s', async (format, file) => {
    await expect(one[format]).toMatchFileSnapshot(golden(file));
  });

  const ids = ['tpm', 'infra-tpm', 'agile-pm'];
  const fit = formats(aBatch(goldenDocuments(), ids), aContext(ids));
  it.each([
    ['csv', 'batch.fit.csv'],
    ['markdown', 'batch.fit.md'],
  ] as const)('several rubrics: %s', async (format, file) => {
    await expect(fit[format]).toMatchFileSnapshot(golden(file));
  });
});
