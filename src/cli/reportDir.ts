import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { plainStyle } from '../report/style.js';
import type { BatchResult } from './batchSink.js';
import { fileProblem } from './readInput.js';
import { render } from './scoring.js';
import { UsageError } from './UsageError.js';
import { wellFormedJson } from '../report/wellFormedJson.js';
import { writeAtomically } from './writeAtomically.js';

export const REPORT_FORMATS = ['markdown', 'json', 'html', 'terminal'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
const EXTENSION: Record<ReportFormat, string> = { markdown: 'md', json: 'json', html: 'html', terminal: 'txt' };

/**
 * The file name of a record's report: its source's base name (letters, digits, `.`, `_`, `-`;
 * anything else, control characters and path separators included, becomes `_`) and its index,
 * so that no source, however named, writes outside the folder or over another record's report.
 */
export function reportFileName(source: string, index: number, format: ReportFormat): string {
  const base = source === '<stdin>' ? 'stdin' : basename(source, extname(source));
  const stem = base
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    // No leading dot (a hidden file, or ..) or dash (read as an option by the next tool).
    .replace(/^[.-]+/, '')
    .slice(0, 60);
  return `${stem || 'record'}-${String(index).padStart(4, '0')}.${EXTENSION[format]}`;
}

/**
 * --report-dir: one report per scored candidate, each written whole (temporary file, then
 * rename) as the record is scored. Records that could not be scored get none: batch's own
 * output says why.
 */
export class ReportDir {
  private constructor(
    readonly dir: string,
    readonly format: ReportFormat,
  ) {}

  /** Checked and created before any record is scored: a bad folder should not cost a whole batch. */
  static async open(dir: string, format: ReportFormat): Promise<ReportDir> {
    if (dir.trim() === '') throw new UsageError({ code: 'report-dir-empty', message: '--report-dir needs a folder name', hint: 'for example --report-dir reports' });
    const existing = await stat(dir).catch(() => null);
    if (existing && !existing.isDirectory()) {
      throw new UsageError({ code: 'report-dir-not-directory', message: `--report-dir ${dir} is a file, not a folder`, hint: 'name a folder (it is created when missing)' });
    }
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new UsageError(fileProblem(dir, error, 'report folder', 'write'));
    }
    return new ReportDir(dir, format);
  }

  async write(result: BatchResult): Promise<void> {
    if (!('scored' in result)) return;
    const text = render(result.scored, this.format, plainStyle);
    await writeAtomically(join(this.dir, reportFileName(result.record.source, result.record.index, this.format)), this.format === 'json' ? wellFormedJson(text) : text);
  }
}
