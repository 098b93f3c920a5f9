import type { Problem } from '../problem.js';
import type { BatchFormat } from '../report/batch/batchFormat.js';
import type { BatchContext, BatchResult as CohortResult } from '../report/batch/batchResult.js';
import type { CohortSummary } from '../report/batch/cohortSummary.js';
import { cohortFormat, type Ordering } from '../report/batch/cohortFormat.js';
import { heldInOrder } from '../report/batch/heldInOrder.js';
import { sortKeyOf } from '../report/batch/sortKey.js';
import { plainStyle } from '../report/style.js';
import type { BatchFormatName } from './options.js';
import { render, type Scored } from './scoring.js';
import { wellFormedJson } from '../report/wellFormedJson.js';

/** Where a record came from: its place in the whole batch, its file and line. */
export interface RecordRef {
  index: number;
  line: number | null;
  source: string;
}

/** One record of a batch, read and scored, or why it could not be. */
export type BatchResult = { record: RecordRef } & ({ scored: Scored; below: boolean; warnings: Problem[] } | { problems: Problem[] });

/** Text going out, to stdout or an --output file; false once its reader has gone (| head). */
export interface TextOut {
  write(text: string): Promise<boolean>;
}

/**
 * A batch output format. batch calls `write` once per record, in input order, as soon as the
 * record is scored, and `end` once after the last (not after an interrupt). JSON lines, CSV and
 * GitHub annotations go out as each record comes, so memory stays flat; --sort and --top hold
 * a text per record to the end, and JUnit (its counts head the file) and the markdown shortlist
 * (ranked) hold a little per record. `write` resolves false when the reader has gone, and batch
 * then stops reading.
 */
export interface BatchSink {
  write(result: BatchResult): Promise<boolean>;
  end(summary: CohortSummary): Promise<void>;
}

/** Batch's formats by name. */
export function batchSink(name: BatchFormatName, out: TextOut, context: BatchContext, ordering: Ordering = {}): BatchSink {
  const format = formatOf(name, context, ordering);
  let started = false;
  const header = () => {
    if (started) return '';
    started = true;
    return format.header();
  };
  return {
    write: (result) => {
      const text = header() + format.record(result);
      return text === '' ? Promise.resolve(true) : out.write(text);
    },
    end: async (summary) => {
      const text = header() + format.end(summary);
      if (text !== '') await out.write(text);
    },
  };
}

function formatOf(name: BatchFormatName, context: BatchContext, ordering: Ordering): BatchFormat<BatchResult> {
  if (name === 'json' || name === 'terminal') {
    const perRecord: BatchFormat<BatchResult> = { header: () => '', record: (r) => (name === 'json' ? jsonLine(r) : textRecord(r)), end: () => '' };
    const ordered = ordering.sort !== undefined || ordering.top !== undefined;
    return ordered ? heldInOrder(perRecord, (r) => sortKeyOf(cohortResult(r)), ordering) : perRecord;
  }
  const cohort = cohortFormat(name, context, ordering);
  return { header: () => cohort.header(), record: (r) => cohort.record(cohortResult(r)), end: (summary) => cohort.end(summary) };
}

/** A record as the pure cohort formatters take it: the first problem as its error. */
export function cohortResult(result: BatchResult): CohortResult {
  if ('problems' in result) return { record: result.record, error: errorOf(result.problems) };
  return { record: result.record, scored: result.scored };
}

/** The interface's batch line: the report plus "record", or "record" and "error". */
export function jsonLine(result: BatchResult): string {
  if ('problems' in result) return wellFormedJson(JSON.stringify({ record: result.record, error: errorOf(result.problems) })) + '\n';
  // Warnings (a job that ends before it starts, "Present" as a date) travel with their record.
  const warnings = result.warnings.map((w) => ({ message: w.message, path: w.path ?? null, code: w.code }));
  return wellFormedJson(JSON.stringify({ record: result.record, ...result.scored.report, ...(warnings.length && { warnings }) })) + '\n';
}

/** One candidate's terminal report under a line naming its record (no colour: many reports scroll past). */
function textRecord(result: BatchResult): string {
  const { record } = result;
  const heading = `── record ${record.index}: ${record.source}${record.line === null ? '' : `:${record.line}`}\n`;
  if ('problems' in result) return `${heading}could not be scored: ${errorOf(result.problems).message}\n\n`;
  return heading + render(result.scored, 'terminal', plainStyle) + '\n';
}

/** The first problem as the interface's { message, path }, with every problem kept. */
export function errorOf(problems: readonly Problem[]) {
  const first = problems[0];
  const location = first?.line ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
  return {
    message: first ? `${first.message}${location}${first.hint ? `; ${first.hint}` : ''}` : 'could not be read',
    path: first?.path ?? null,
    code: first?.code ?? 'unreadable',
    ...(problems.length > 1 && { problems: problems.map((p) => ({ message: p.message, path: p.path ?? null, code: p.code })) }),
  };
}
