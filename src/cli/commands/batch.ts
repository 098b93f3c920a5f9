import type { Command } from 'commander';
import { type BatchResult, type BatchSummary, type TextOut, reportSink } from '../batchSink.js';
import { LineWriter } from '../LineWriter.js';
import { scoringOptions, type ScoringOptions } from '../options.js';
import { OutputFile } from '../OutputFile.js';
import { readCandidateDocument } from '../readCandidateDocument.js';
import { type RawRecord, readRecords } from '../readRecords.js';
import { type Scoring, belowGate, belowGateLine, prepareScoring, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import type { CommandContext } from './context.js';

/**
 * `batch`: many résumés in, one JSON line per record out, in input order, as they are scored.
 * A record that cannot be scored is printed as an error at its place; the others go on. The
 * loop reads, scores and hands each record to a BatchSink (batchSink.ts), which writes it out
 * at once: nothing is kept, so memory stays flat however long the batch.
 */
export function registerBatch(program: Command, { io, setExit, onInterrupt }: CommandContext): void {
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
    // Opened before any record is scored: a bad --output should not cost a whole batch.
    const file = options.output === undefined ? null : await OutputFile.open(options.output);
    const out: TextOut = file ? { write: async (text) => (await file.write(text), true) } : new LineWriter(io.stdout);
    const sink = reportSink(options.format ?? 'json', out);
    const summary: BatchSummary = { read: 0, scored: 0, below: 0, unreadable: 0, minScore: options.minScore };
    const stopSaying = onInterrupt((signal) => {
      const lost = file ? `; ${options.output} was not written` : '';
      io.stderr.write(`tpm-assess batch: stopped by ${signal} after ${summaryText(summary)}${lost}\n`);
    });

    try {
      for await (const raw of readRecords(inputs, io)) {
        const result = await scoreRecord(raw, summary.read, scoring, options.minScore);
        summary.read++;
        if ('problems' in result) summary.unreadable++;
        else if (result.below) {
          summary.below++;
          const { index, source, line } = result.record;
          io.stderr.write(belowGateLine(result.scored, options.minScore!, `${source}${line === null ? '' : `:${line}`} (record ${index})`) + '\n');
        } else summary.scored++;
        if (!(await sink.write(result))) {
          // The reader has gone (| head): stop reading too, or an endless stdin would keep us busy.
          if (inputs.includes('-')) (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
          break;
        }
      }
      await sink.end(summary);
      await file?.commit();
    } finally {
      await file?.abort();
      stopSaying();
    }

    io.stderr.write(`tpm-assess batch: ${summaryText(summary)}\n`);
    // No records at all is an error: a CI gate fed an empty file must not pass.
    if (summary.read === 0) io.stderr.write(`tpm-assess: no records in ${inputs.map((i) => (i === '-' ? 'stdin' : i)).join(', ')} (expected NDJSON, a JSON array or JSON documents)\n`);
    if (summary.unreadable || summary.read === 0) setExit(2);
    else if (summary.below) setExit(1);
  });
}

async function scoreRecord(raw: RawRecord, index: number, scoring: Scoring, minScore: number | undefined): Promise<BatchResult> {
  const record = { index, line: raw.line, source: raw.source };
  if ('problem' in raw) return { record, problems: [raw.problem] };
  const profile = await readCandidateDocument(raw.value, raw.source, scoring);
  if (!profile.ok) return { record, problems: profile.problems };
  const scored = scoreProfile(profile.value, scoring);
  return { record, scored, below: belowGate(scored, minScore), warnings: [...(raw.warnings ?? []), ...profile.warnings] };
}

function summaryText(s: BatchSummary): string {
  const gate = s.minScore === undefined ? '' : ` (--min-score ${s.minScore})`;
  return `${s.read} records read: ${s.scored} scored, ${s.below} below the gate${gate}, ${s.unreadable} unreadable`;
}
