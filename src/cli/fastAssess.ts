import { fstatSync, readFileSync, statSync } from 'node:fs';
import { assess } from '../engine/assess.js';
import type { Assessment } from '../engine/assessment.js';
import { rankFit, type FitReport } from '../engine/rankFit.js';
import { parseIsoDate, todayUtc, type Day } from '../profile/day.js';
import { formatFitTerminal } from '../report/formatFitTerminal.js';
import { formatJson } from '../report/formatJson.js';
import { formatFitMarkdown, formatMarkdown } from '../report/formatMarkdown.js';
import { formatTerminal } from '../report/formatTerminal.js';
import { plainStyle } from '../report/style.js';
import { fitsJsonResume } from '../readers/jsonResume/resumeShape.js';
import { RESUME_SECTIONS } from '../readers/jsonResume/resumeSections.js';
import { parseJson } from '../readers/jsonResume/parseJson.js';
import { resumeToProfile } from '../readers/jsonResume/resumeToProfile.js';
import { resolvedEmbeddedRubrics } from '../rubric/embeddedResolved.js';
import type { Rubric } from '../rubric/schema.js';
import { vocabulary } from '../vocabulary/vocabulary.js';
import { colourLevel } from './colourLevel.js';
import { decodeUtf8, sniffBytes } from './decodeText.js';
import { formatProblem } from './formatProblem.js';
import type { Io } from './io.js';
import { MAX_DOCUMENT_BYTES } from './readInput.js';
import { settled, stdoutFailureLine } from './settled.js';
import { writeDirect } from './writeDirect.js';
import { wellFormedJson } from '../report/wellFormedJson.js';

/**
 * The lean path of the common case: `assess <file> [--format json|markdown|terminal]
 * [--rubric <embedded id>]... [--as-of YYYY-MM-DD] [--no-color]`, for a JSON Resume that fits
 * the schema. It loads neither commander, chalk nor zod, and takes the embedded rubrics as the
 * build resolved them, which halves start-up. Anything else (help, other commands or options, a
 * file that is not a plain résumé, any error or warning but the résumé's own) returns null
 * before a byte is written, and main() runs as usual: the same output, messages and exit codes,
 * by the same code. test/cli/fastAssess.e2e.test.ts holds the two paths to the same bytes.
 */
export async function fastAssess(argv: readonly string[], io: Io): Promise<number | null> {
  const args = leanArguments(argv);
  if (!args) return null;
  const embedded = resolvedEmbeddedRubrics();
  const rubrics: Rubric[] = [];
  for (const id of args.rubrics.length ? args.rubrics.flatMap((r) => (r === 'all' ? Object.keys(embedded) : [r])) : ['tpm']) {
    const rubric = Object.hasOwn(embedded, id) ? embedded[id] : undefined;
    if (!rubric) return null;
    if (!rubrics.some((r) => r.id === rubric.id)) rubrics.push(rubric);
  }
  const level = args.format === 'terminal' ? colourLevel(args.colour, io.env, stdoutIsTTY(io)) : 0;
  if (level !== 0) return null;

  const text = readPlainFile(args.file);
  if (text === null) return null;
  const json = parseJson(text, args.file);
  if (!json.ok || json.warnings.length) return null;
  const document = json.value;
  // Only the JSON Resume keys: answers files (and anything else) go the full way.
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return null;
  for (const key in document) if (key !== '$schema' && !(RESUME_SECTIONS as readonly string[]).includes(key)) return null;
  if (!fitsJsonResume(document) || !RESUME_SECTIONS.some((s) => document[s] !== undefined)) return null;

  const vocab = vocabulary();
  const { profile, warnings } = resumeToProfile(document, vocab);
  const asOf = args.asOf ?? todayUtc((io.now ?? (() => new Date()))());
  const assessments = rubrics.map((rubric) => assess(profile, rubric, { asOf, vocabulary: vocab, assumptions: [] }));
  const report = assessments.length === 1 ? render(assessments[0]!, args.format) : render(rankFit(assessments), args.format);

  // From here on the run is ours: the warnings, the report, and how writing it ended.
  const warningLines = warnings.map((w) => formatProblem({ ...w, source: args.file }, 'warning') + '\n').join('');
  return io.fds ? writeByDescriptor(io, io.fds, warningLines, report) : writeByStream(io, warningLines, report);
}

/**
 * Whether stdout is a terminal, without making process.stdout when the descriptor says it
 * cannot be one: a terminal is a character device. One that is (a terminal, or /dev/null) is
 * asked of the stream, as before.
 */
function stdoutIsTTY(io: Io): boolean | undefined {
  if (io.fds) {
    try {
      if (!fstatSync(io.fds.stdout).isCharacterDevice()) return false;
    } catch {
      // a closed descriptor: the stream says what it is
    }
  }
  return io.stdout.isTTY;
}

/** The warnings and the report by write(2) (writeDirect), the stream taking over only if a descriptor would block. */
async function writeByDescriptor(io: Io, fds: NonNullable<Io['fds']>, warningLines: string, report: string): Promise<number> {
  // As by the stream: a warning that cannot be written is not a failure of the run. The stderr
  // stream is made only if it is needed, and then it must not throw for want of a listener.
  const stderr = () => io.stderr.on('error', () => undefined);
  const warned = warningLines ? writeDirect(fds.stderr, warningLines) : null;
  if (warned && 'rest' in warned) stderr().write(warned.rest);
  const out = writeDirect(fds.stdout, report);
  if (out.done) return 0;
  if ('rest' in out) return writeByStream(io, '', out.rest);
  if (out.error.code === 'EPIPE') return 0;
  stderr().write(stdoutFailureLine(out.error));
  return 2;
}

async function writeByStream(io: Io, warningLines: string, report: string | Uint8Array): Promise<number> {
  let failure: NodeJS.ErrnoException | null = null;
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') failure ??= error;
  };
  io.stdout.on('error', onOutputError);
  io.stderr.on('error', () => undefined);
  try {
    if (warningLines) io.stderr.write(warningLines);
    io.stdout.write(report);
    await settled(io.stdout);
    const failed = failure as NodeJS.ErrnoException | null;
    if (failed) {
      io.stderr.write(stdoutFailureLine(failed));
      return 2;
    }
    return 0;
  } finally {
    io.stdout.off('error', onOutputError);
  }
}

type LeanFormat = 'json' | 'markdown' | 'terminal';

interface LeanArguments {
  file: string;
  format: LeanFormat;
  rubrics: string[];
  asOf: Day | undefined;
  colour: boolean;
}

const FORMATS: readonly string[] = ['json', 'markdown', 'terminal'];

/** The arguments, when they are the common case and nothing but; null for anything else. */
function leanArguments(argv: readonly string[]): LeanArguments | null {
  if (argv[0] !== 'assess') return null;
  let file: string | undefined;
  let format: LeanFormat | undefined;
  let asOf: Day | undefined;
  let colour = true;
  const rubrics: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      if (file !== undefined) return null;
      file = arg;
      continue;
    }
    if (arg === '--no-color') {
      colour = false;
      continue;
    }
    const value = argv[i + 1];
    // A value that looks like an option is for commander to judge.
    if (value === undefined || value.startsWith('-')) return null;
    i++;
    if ((arg === '--format' || arg === '-f') && FORMATS.includes(value) && format === undefined) format = value as LeanFormat;
    else if ((arg === '--rubric' || arg === '-r') && !/[/\\]|\.ya?ml$/i.test(value)) rubrics.push(value);
    else if (arg === '--as-of' && asOf === undefined) {
      const day = parseIsoDate(value);
      if (day === null) return null;
      asOf = day;
    } else return null;
  }
  if (file === undefined) return null;
  return { file, format: format ?? 'terminal', rubrics, asOf, colour };
}

/**
 * A regular file's text, when it reads without a problem or warning of its own; else null.
 * Read synchronously: one small file, and no promise machinery to load at start-up.
 */
function readPlainFile(path: string): string | null {
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > MAX_DOCUMENT_BYTES) return null;
    const bytes = readFileSync(path);
    if (bytes.length === 0 || bytes.length > MAX_DOCUMENT_BYTES || sniffBytes(bytes, path)) return null;
    const { text, invalidAt } = decodeUtf8(bytes);
    return invalidAt ? null : text;
  } catch {
    return null;
  }
}

function render(report: Assessment | FitReport, format: LeanFormat): string {
  const fit = 'ranking' in report;
  if (format === 'json') return wellFormedJson(formatJson(report));
  if (format === 'markdown') return fit ? formatFitMarkdown(report) : formatMarkdown(report);
  return fit ? formatFitTerminal(report, plainStyle) : formatTerminal(report, plainStyle);
}
