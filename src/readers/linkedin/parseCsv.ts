import { parse } from 'csv-parse/sync';
import type { Problem } from '../../problem.js';

/** A CSV row by header name, with the 1-based line of the file it starts on. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * RFC 4180 CSV with a header row, as LinkedIn writes it: a BOM or CRLF sometimes, commas and
 * line breaks inside quoted descriptions. Line breaks are made LF first, so that the parser's
 * line count gives each row's first line (CR inside a quoted cell is not meaningful here).
 */
export function parseCsv(text: string, file: string): { rows: CsvRow[]; problem: Problem | null } {
  const normalised = text.replace(/\r\n?/g, '\n');
  try {
    const records = parse(normalised, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim()),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as { record: Record<string, string | undefined>; info: { lines: number; empty_lines: number } }[];
    const rows: CsvRow[] = [];
    let previousEnd = 1;
    let previousEmpty = 0;
    for (const { record, info } of records) {
      rows.push({ line: previousEnd + 1 + (info.empty_lines - previousEmpty), cells: cellsOf(record) });
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
    }
    return { rows, problem: null };
  } catch (error) {
    const e = error as { code?: string; message: string; lines?: number };
    return {
      rows: [],
      problem: {
        code: 'linkedin-csv-syntax',
        message: `${file} is not readable CSV: ${e.message.replace(/^Invalid[^:]*: /, '')}`,
        source: file,
        ...(e.lines !== undefined && { line: e.lines }),
        hint: 'export the data from LinkedIn again, or fix the quoting near there',
      },
    };
  }
}

function cellsOf(record: Record<string, string | undefined>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) cells[key] = (value ?? '').trim();
  return cells;
}
