import type { BatchFormat } from './batchFormat.js';
import type { BatchContext } from './batchResult.js';
import { formatCohortHtml } from '../html/formatCohortHtml.js';
import { csvTable } from './csvTable.js';
import { formatShortlist } from './formatShortlist.js';
import { githubAnnotation } from './githubAnnotation.js';
import { heldInOrder } from './heldInOrder.js';
import { junitDocument } from './junitDocument.js';
import { junitTestcase, type JunitCase } from './junitTestcase.js';
import { pickInOrder } from './pickInOrder.js';
import type { SortOrder } from './recordOrder.js';
import { shortlistEntry, type ShortlistEntry } from './shortlistEntry.js';
import { sortKeyOf, type SortKey } from './sortKey.js';

export const COHORT_FORMATS = ['csv', 'junit', 'github', 'markdown', 'html'] as const;
export type CohortFormat = (typeof COHORT_FORMATS)[number];

export interface Ordering {
  sort?: SortOrder | undefined;
  top?: number | undefined;
}

/**
 * The cohort formats by name. CSV and GitHub annotations stream in input order (and are held
 * only for --sort or --top); JUnit keeps a case string per record and the shortlist a few
 * fields per record, since both need the whole cohort before their first line.
 */
export function cohortFormat(name: CohortFormat, context: BatchContext, ordering: Ordering = {}): BatchFormat {
  const ordered = ordering.sort !== undefined || ordering.top !== undefined;
  if (name === 'csv') {
    const table = csvTable(context);
    const csv: BatchFormat = { header: () => table.header, record: (r) => table.row(r), end: () => '' };
    return ordered ? heldInOrder(csv, sortKeyOf, ordering) : csv;
  }
  if (name === 'github') {
    const github: BatchFormat = { header: () => '', record: (r) => githubAnnotation(r, context), end: () => '' };
    return ordered ? heldInOrder(github, sortKeyOf, ordering) : github;
  }
  if (name === 'junit') {
    const cases: (JunitCase & { key: SortKey })[] = [];
    return {
      header: () => '',
      record(r) {
        cases.push({ ...junitTestcase(r, context), key: sortKeyOf(r) });
        return '';
      },
      // Without --sort or --top the cases stay in input order, as a CI log reads them.
      end: () => junitDocument(ordered ? pickInOrder(cases, ordering) : cases, context),
    };
  }
  const entries: ShortlistEntry[] = [];
  return {
    header: () => '',
    record(r) {
      entries.push(shortlistEntry(r));
      return '';
    },
    // The markdown shortlist and the HTML cohort page rank the same entries the same way.
    end: (summary) => (name === 'html' ? formatCohortHtml : formatShortlist)(entries, summary, context, ordering),
  };
}
