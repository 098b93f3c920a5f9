import type { Command } from 'commander';
import type { Problem } from '../../problem.js';
import { plainStyle } from '../../report/style.js';
import { LineWriter } from '../LineWriter.js';
import { scoringOptions, type ScoringOptions } from '../options.js';
import { readCandidateDocument } from '../readCandidateDocument.js';
import { readRecords } from '../readRecords.js';
import { belowGate, prepareScoring, render, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import { checkWritable, writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

/**
 * `batch`: many résumés in, one JSON line per record out, in input order, as they are scored.
 * A record that cannot be scored is printed as an error at its place; the others go on.
 */
export function registerBatch(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('batch')
    .description('score many résumés: NDJSON, a JSON array, or several files; one JSON line per record')
    .argument('[files...]', 'inputs (default: stdin); - is stdin');
  for (const option of scoringOptions('json')) command.addOption(option);
  command.action(async (files: string[], options: ScoringOptions) => {
    const inputs = files.length ? files : ['-'];
    if (inputs.includes('-') && io.stdin.isTTY) {
      throw new UsageError({ code: 'batch-no-input', message: 'batch reads résumés from stdin, and stdin is a terminal', hint: 'pipe NDJSON in (tpm-assess batch < candidates.ndjson) or name files' });
    }
    if (inputs.filter((i) => i === '-').length > 1) {
      throw new UsageError({ code: 'batch-stdin-twice', message: 'stdin (-) is named more than once', hint: 'stdin can be read once; name it once' });
    }
    const scoring = await prepareScoring(options, io);
    // Checked before any record is scored: a bad --output should not cost a whole batch.
    if (options.output !== undefined) await checkWritable(options.output);
    const format = options.format ?? 'json';
    const buffered: string[] = [];
    const writer = options.output === undefined ? new LineWriter(io.stdout) : null;
    const emit = async (text: string) => (writer ? writer.write(text) : (buffered.push(text), true));
    const counts = { read: 0, scored: 0, below: 0, unreadable: 0 };

    for await (const raw of readRecords(inputs, io)) {
      const record = { index: counts.read++, line: raw.line, source: raw.source };
      let text: string;
      const profile = 'value' in raw ? await readCandidateDocument(raw.value, raw.source, scoring) : null;
      if (!profile || !profile.ok) {
        counts.unreadable++;
        const problems = profile && !profile.ok ? profile.problems : 'problem' in raw ? [raw.problem] : [];
        text = format === 'json' ? JSON.stringify({ record, error: errorOf(problems) }) + '\n' : `${heading(record, format)}could not be scored: ${errorOf(problems).message}\n\n`;
      } else {
        const scored = scoreProfile(profile.value, scoring);
        if (belowGate(scored, options.minScore)) counts.below++;
        else counts.scored++;
        // Warnings (a job that ends before it starts, "Present" as a date) travel with their record.
        const warnings = profile.warnings.map((w) => ({ message: w.message, path: w.path ?? null, code: w.code }));
        text =
          format === 'json'
            ? JSON.stringify({ record, ...scored.report, ...(warnings.length && { warnings }) }) + '\n'
            : heading(record, format) + render(scored, format, plainStyle) + '\n';
      }
      if (!(await emit(text))) {
        // The reader has gone (| head): stop reading too, or an endless stdin would keep us busy.
        if (inputs.includes('-')) (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        break;
      }
    }

    if (options.output !== undefined) await writeAtomically(options.output, buffered.join(''));
    const gate = options.minScore === undefined ? '' : ` (--min-score ${options.minScore})`;
    io.stderr.write(`tpm-assess batch: ${counts.read} records read: ${counts.scored} scored, ${counts.below} below the gate${gate}, ${counts.unreadable} unreadable\n`);
    // No records at all is an error: a CI gate fed an empty file must not pass.
    if (counts.read === 0) io.stderr.write(`tpm-assess: no records in ${inputs.map((i) => (i === '-' ? 'stdin' : i)).join(', ')} (expected NDJSON, a JSON array or JSON documents)\n`);
    if (counts.unreadable || counts.read === 0) setExit(2);
    else if (counts.below) setExit(1);
  });
}

/** The header of a record in the markdown and terminal formats: which record, from where. */
function heading(record: { index: number; line: number | null; source: string }, format: string): string {
  const where = `${record.source}${record.line === null ? '' : `:${record.line}`}`;
  return format === 'markdown' ? `<!-- record ${record.index}: ${where} -->\n` : `── record ${record.index}: ${where}\n`;
}

/** The first problem as the interface's { message, path }, with every problem kept. */
function errorOf(problems: readonly Problem[]) {
  const first = problems[0];
  const location = first?.line ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
  return {
    message: first ? `${first.message}${location}${first.hint ? `; ${first.hint}` : ''}` : 'could not be read',
    path: first?.path ?? null,
    code: first?.code ?? 'unreadable',
    ...(problems.length > 1 && { problems: problems.map((p) => ({ message: p.message, path: p.path ?? null, code: p.code })) }),
  };
}
