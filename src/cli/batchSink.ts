import type { Problem } from '../problem.js';
import { plainStyle } from '../report/style.js';
import type { Format } from './options.js';
import { render, type Scored } from './scoring.js';
import { wellFormedJson } from './wellFormedJson.js';

/** Where a record came from: its place in the whole batch, its file and line. */
export interface RecordRef {
  index: number;
  line: number | null;
  source: string;
}

/** One record of a batch, read and scored, or why it could not be. */
export type BatchResult = { record: RecordRef } & ({ scored: Scored; below: boolean; warnings: Problem[] } | { problems: Problem[] });

/** The counts batch ends with (scored + below + unreadable = read). */
export interface BatchSummary {
  read: number;
  scored: number;
  below: number;
  unreadable: number;
  minScore: number | undefined;
}

/** Text going out, to stdout or an --output file; false once its reader has gone (| head). */
export interface TextOut {
  write(text: string): Promise<boolean>;
}

/**
 * A batch output format. batch calls `write` once per record, in input order, as soon as the
 * record is scored, and `end` once after the last (not after an interrupt). A sink writes to
 * its TextOut as it goes and holds no more than one record, so memory stays flat in the size
 * of the batch; `write` resolves false when the reader has gone, and batch then stops reading.
 * A new format (csv, junit…) is a new BatchSink: a header on the first write, a row per record,
 * a footer on `end`.
 */
export interface BatchSink {
  write(result: BatchResult): Promise<boolean>;
  end(summary: BatchSummary): Promise<void>;
}

/** The formats of assess, one record after another: JSON lines (the default), markdown, terminal. */
export function reportSink(format: Format, out: TextOut): BatchSink {
  return {
    write: (result) => out.write(format === 'json' ? jsonLine(result) : textRecord(result, format)),
    end: async () => undefined,
  };
}

/** The interface's batch line: the report plus "record", or "record" and "error". */
export function jsonLine(result: BatchResult): string {
  if ('problems' in result) return wellFormedJson(JSON.stringify({ record: result.record, error: errorOf(result.problems) })) + '\n';
  // Warnings (a job that ends before it starts, "Present" as a date) travel with their record.
  const warnings = result.warnings.map((w) => ({ message: w.message, path: w.path ?? null, code: w.code }));
  return wellFormedJson(JSON.stringify({ record: result.record, ...result.scored.report, ...(warnings.length && { warnings }) })) + '\n';
}

function textRecord(result: BatchResult, format: Format): string {
  const { record } = result;
  const where = `${record.source}${record.line === null ? '' : `:${record.line}`}`;
  const heading = format === 'markdown' ? `<!-- record ${record.index}: ${where} -->\n` : `── record ${record.index}: ${where}\n`;
  if ('problems' in result) return `${heading}could not be scored: ${errorOf(result.problems).message}\n\n`;
  return heading + render(result.scored, format, plainStyle) + '\n';
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
