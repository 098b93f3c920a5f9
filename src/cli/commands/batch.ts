import { Option, type Command } from 'commander';
import { CohortTally } from '../../report/batch/CohortTally.js';
import { formatCohortSummary } from '../../report/batch/formatCohortSummary.js';
import { SORT_ORDERS, type SortOrder } from '../../report/batch/recordOrder.js';
import { formatDay } from '../../profile/day.js';
import { type BatchResult, batchSink, cohortResult } from '../batchSink.js';
import { ChunkedOut } from '../ChunkedOut.js';
import { escapeControls, formatProblem } from '../formatProblem.js';
import { LineWriter } from '../LineWriter.js';
import { BATCH_FORMATS, type BatchFormatName, parseTop, scoringOptions, type ScoringOptions } from '../options.js';
import { OutputFile } from '../OutputFile.js';
import { inputSize, Progress } from '../progress.js';
import { REPORT_FORMATS, ReportDir, type ReportFormat } from '../reportDir.js';
import { StepSummary } from '../stepSummary.js';
import { readCandidateDocument } from '../readCandidateDocument.js';
import { readExportProfile } from '../readExportInput.js';
import { type RawRecord, readRecordChunks } from '../readRecords.js';
import { type Scoring, belowGate, belowGateLine, prepareScoring, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import type { CommandContext } from './context.js';

interface BatchOptions extends Omit<ScoringOptions, 'format'> {
  format?: BatchFormatName;
  top?: number;
  sort?: SortOrder;
  quiet?: boolean;
  reportDir?: string;
  reportFormat?: ReportFormat;
}

/**
 * `batch`: many résumés in, one JSON line per record out (or a cohort format), in input order,
 * as they are scored. A record that cannot be scored is printed as an error at its place; the
 * others go on. The loop reads, scores and hands each record to a BatchSink (batchSink.ts),
 * and counts it in a CohortTally (a number per candidate) for the summary on stderr.
 */
export function registerBatch(program: Command, { io, setExit, onInterrupt }: CommandContext): void {
  const command = program
    .command('batch')
    .description('score many résumés: NDJSON, a JSON array, several files, LinkedIn exports (ZIP or folder); one JSON line per record, or a cohort format')
    .argument('[files...]', 'inputs (default: stdin); - is stdin; a LinkedIn export, ZIP or folder, is one record');
  for (const option of scoringOptions('json', BATCH_FORMATS)) command.addOption(option);
  command
    .addOption(new Option('--top <n>', 'only the best n scored candidates, best first (and every record that could not be scored); reads the whole input first').argParser(parseTop))
    .addOption(new Option('--sort <order>', 'order the records by score (best first), name or input; reads the whole input first').choices(SORT_ORDERS))
    .addOption(new Option('--report-dir <dir>', 'also write one report per scored candidate into this folder, named from the source and the record index'))
    .addOption(new Option('--report-format <format>', 'the format of the --report-dir reports').choices(REPORT_FORMATS).default('markdown'))
    .addOption(new Option('--quiet', 'nothing on stderr but errors: no summary, no below-the-gate lines, no progress'))
    .addHelpText(
      'after',
      [
        '',
        'Formats: json (JSON lines, the default), csv (a row per record), junit (a testcase per record),',
        'github (workflow commands for failing records; the shortlist is appended to $GITHUB_STEP_SUMMARY),',
        'markdown (one page: a ranked shortlist, the score distribution and the shared gaps), html (the same',
        'as a self-contained page with a histogram), terminal.',
        'json, csv and github stream with flat memory; junit, markdown and html hold a little per record until',
        'the end (their totals and ranks need the whole cohort), as do --top and --sort (a text per record).',
        'A page per candidate: --report-dir with --report-format html.',
      ].join('\n'),
    );
  command.action(async (files: string[], options: BatchOptions) => {
    const inputs = files.length ? files : ['-'];
    if (inputs.includes('-') && io.stdin.isTTY) {
      throw new UsageError({ code: 'batch-no-input', message: 'batch reads résumés from stdin, and stdin is a terminal', hint: 'pipe NDJSON in (tpm-assess batch < candidates.ndjson) or name files' });
    }
    if (inputs.filter((i) => i === '-').length > 1) {
      throw new UsageError({ code: 'batch-stdin-twice', message: 'stdin (-) is named more than once', hint: 'stdin can be read once; name it once' });
    }
    const format = options.format ?? 'json';
    const scoring = await prepareScoring(options, io);
    const reports = options.reportDir === undefined ? null : await ReportDir.open(options.reportDir, options.reportFormat ?? 'markdown');
    // Opened before any record is scored: a bad --output should not cost a whole batch.
    const file = options.output === undefined ? null : await OutputFile.open(options.output);
    // Written a few lines of input at a time; a person watching a terminal sees each record as it comes.
    const onTerminal = !file && (io.stdout as { isTTY?: boolean }).isTTY === true;
    const out = new ChunkedOut(file ? { write: async (text) => (await file.write(text), true) } : new LineWriter(io.stdout), onTerminal ? 0 : undefined);
    // What batch has scored goes out before anything it says about it on stderr.
    const handOver = () => void (file ? undefined : out.flush());
    const context = { rubrics: scoring.rubrics, minScore: options.minScore, asOf: formatDay(scoring.asOf) };
    const ordering = { top: options.top, sort: options.sort };
    const sink = batchSink(format, out, context, ordering);
    const tally = new CohortTally(options.minScore);
    const stepSummaryPath = io.env.GITHUB_STEP_SUMMARY;
    const step = format === 'github' && stepSummaryPath ? new StepSummary(stepSummaryPath, context, ordering) : null;
    // Only for a person watching: a log file or a CI job gets no carriage returns.
    const watched = !options.quiet && (io.stderr as { isTTY?: boolean }).isTTY === true;
    const progress = watched ? new Progress(io.stderr, await inputSize(inputs, (io.stdin as { fd?: number }).fd)) : null;
    const say = (text: string) => {
      handOver();
      progress?.clear();
      if (!options.quiet) io.stderr.write(text);
    };
    const stopSaying = onInterrupt((signal) => {
      handOver();
      progress?.clear();
      const lost = file ? `; ${options.output} was not written` : '';
      io.stderr.write(`tpm-assess batch: stopped by ${signal} after ${formatCohortSummary(tally.summary())[0]}${lost}\n`);
    });

    try {
      let next = 0;
      const readExport = (path: string) => readExportProfile(path, scoring.vocabulary, EXPORT_HINT);
      let open = true;
      // The records of a few lines of input are scored in a row and written together; the
      // drain of what was written is awaited before reading on.
      for await (const records of readRecordChunks(inputs, io, undefined, progress ? (bytes) => progress.read(bytes) : undefined, options.stdinFilename, readExport)) {
        for (const raw of records) {
          const result = await scoreRecord(raw, next++, scoring, options.minScore);
          const cohort = cohortResult(result);
          tally.add(cohort);
          step?.add(cohort);
          if ('scored' in result && result.below) {
            const { index, source, line } = result.record;
            say(belowGateLine(result.scored, options.minScore!, `${source}${line === null ? '' : `:${line}`} (record ${index})`) + '\n');
          }
          progress?.record();
          await reports?.write(result);
          if (!(await sink.write(result))) break;
        }
        if (!(await out.flush())) {
          open = false;
          break;
        }
      }
      // The reader has gone (| head): stop reading too, or an endless stdin would keep us busy.
      if (!open && inputs.includes('-')) (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      await sink.end(tally.summary());
      await out.flush();
      await file?.commit();
    } finally {
      progress?.clear();
      await file?.abort();
      stopSaying();
    }

    const summary = tally.summary();
    const stepFailed = await step?.append(summary);
    if (stepFailed) {
      io.stderr.write(`tpm-assess: ${formatProblem(stepFailed)}\n`);
      setExit(2);
    }
    const [first, ...more] = formatCohortSummary(summary).map(escapeControls);
    say(`tpm-assess batch: ${first}\n${more.map((l) => `  ${l}\n`).join('')}`);
    // No records at all is an error: a CI gate fed an empty file must not pass.
    if (summary.read === 0) io.stderr.write(`tpm-assess: no records in ${inputs.map((i) => (i === '-' ? 'stdin' : i)).join(', ')} (expected NDJSON, a JSON array or JSON documents)\n`);
    if (summary.unreadable || summary.read === 0) setExit(2);
    else if (summary.below) setExit(1);
  });
}

/** A folder named to batch is read as a LinkedIn export: one that is not says how to name résumés instead. */
const EXPORT_HINT = 'a folder is read as a LinkedIn export (the folder its ZIP unpacks to); for a folder of résumés, name its files (folder/*.json)';

async function scoreRecord(raw: RawRecord, index: number, scoring: Scoring, minScore: number | undefined): Promise<BatchResult> {
  const record = { index, line: raw.line, source: raw.source };
  if ('problem' in raw) return { record, problems: [raw.problem] };
  const profile = 'exported' in raw ? raw.exported : await readCandidateDocument(raw.value, raw.source, scoring);
  if (!profile.ok) return { record, problems: profile.problems };
  const scored = scoreProfile(profile.value, scoring);
  return { record, scored, below: belowGate(scored, minScore), warnings: [...(raw.warnings ?? []), ...profile.warnings] };
}
