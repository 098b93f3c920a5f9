import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Problem, Result } from '../problem.js';
import type { CandidateProfile } from '../profile/profile.js';
import { arrayElements } from '../readers/jsonResume/arrayElementLines.js';
import { parseJson } from '../readers/jsonResume/parseJson.js';
import { splitJsonValues } from '../readers/jsonResume/splitJsonValues.js';
import { isZip } from '../readers/linkedin/isZip.js';
import { decodeUtf8, invalidUtf8Problem, sniffBytes } from './decodeText.js';
import { STDIN_NAME, type Io } from './io.js';
import { fileProblem } from './readInput.js';

/**
 * One record of a batch as read: a parsed JSON value, or why it could not be read, or a
 * LinkedIn export already read into a profile (or the problems that stopped it).
 */
export type RawRecord = { source: string; line: number | null; warnings?: Problem[] } & ({ value: unknown } | { problem: Problem } | { exported: Result<CandidateProfile> });

/** A named input read as a LinkedIn export (a folder, a ZIP), or null when it is not one. */
export type ExportReader = (path: string) => Promise<Result<CandidateProfile> | null>;

/**
 * How much of an input is held at once: one NDJSON line, or one document over many lines (a
 * JSON array, a pretty-printed résumé). Past them the input is refused with a sentence, so an
 * endless input (/dev/zero, a stream without line breaks) cannot fill memory.
 */
export interface RecordLimits {
  maxLine: number;
  maxDocument: number;
}
export const RECORD_LIMITS: RecordLimits = { maxLine: 16 * 1024 * 1024, maxDocument: 256 * 1024 * 1024 };

/**
 * Reads the records of batch inputs in order: NDJSON (one document per line) is streamed line
 * by line; a JSON array, or one pretty-printed document, is read whole. NDJSON is recognised
 * by its first line being a complete JSON value (or its second, when the first is broken). A
 * bad line is one bad record, and a bad element of an array is one bad record at its index:
 * the rest is still read. With `readExport`, a named input that is a LinkedIn export (a folder,
 * or a ZIP known by its bytes) is one record, good or bad.
 */
export async function* readRecords(...args: Parameters<typeof readRecordChunks>): AsyncGenerator<RawRecord> {
  for await (const records of readRecordChunks(...args)) yield* records;
}

/**
 * readRecords, a few at a time: the records of up to LINES_AT_A_TIME lines that ended in one read
 * of the input (64 KiB), so that batch scores them in one go and writes once, instead of a
 * round of promises per line and per record.
 */
export async function* readRecordChunks(
  inputs: readonly string[],
  io: Io,
  limits: RecordLimits = RECORD_LIMITS,
  onRead?: (bytes: number) => void,
  stdinName = STDIN_NAME,
  readExport?: ExportReader,
): AsyncGenerator<RawRecord[]> {
  for (const input of inputs) {
    const source = input === '-' ? stdinName : input;
    let stream: AsyncIterable<unknown> = io.stdin;
    if (input !== '-') {
      const file = createReadStream(input, { highWaterMark: CHUNK });
      const failed = await openError(file);
      if (failed && !(readExport && isFolderError(failed))) {
        yield [{ source, line: null, problem: fileProblem(input, failed, 'input') }];
        continue;
      }
      // A LinkedIn export is known by its first bytes (a ZIP) or by being a folder, found as
      // the file is read anyway: a JSON input costs no extra system call.
      const first = failed ? { error: failed } : await firstChunk(file);
      const exportLike = readExport && ('error' in first ? isFolderError(first.error) : first.chunk !== null && isZip(first.chunk));
      if (exportLike) {
        file.destroy();
        const exported = await readExport(input);
        if (exported) {
          if (onRead && !('error' in first)) onRead(await stat(input).then((s) => s.size, () => 0));
          yield [{ source, line: null, exported }];
          continue;
        }
      }
      if ('error' in first) {
        yield [{ source, line: null, problem: fileProblem(input, first.error, 'input') }];
        continue;
      }
      stream = first.rest;
    }
    try {
      yield* recordsOf(linesOf(onRead ? counted(stream, onRead) : stream, source, limits.maxLine), source, limits);
    } catch (error) {
      // Opened but not readable (a folder, an I/O error): one bad record, then the next input.
      yield [{ source, line: null, problem: fileProblem(input, error, 'input') }];
    }
  }
}

const CHUNK = 64 * 1024;
/** How many lines of a chunk go to be parsed, scored and written together (linesOf). */
const LINES_AT_A_TIME = 4;

const isFolderError = (error: Error) => (error as NodeJS.ErrnoException).code === 'EISDIR';

/** A file's first chunk (null when it is empty), and a stream of all of its chunks from the first on. */
async function firstChunk(file: ReturnType<typeof createReadStream>): Promise<{ chunk: Buffer | null; rest: AsyncIterable<Buffer> } | { error: Error }> {
  const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head: IteratorResult<Buffer>;
  try {
    head = await chunks.next();
  } catch (error) {
    return { error: error as Error };
  }
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      if (head.done) return;
      yield head.value;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    } finally {
      // Stopped early (| head): close the file as a for-await over it would.
      await chunks.return?.();
    }
  }
  return { chunk: head.done ? null : head.value, rest: rest() };
}

/** The stream's chunks, each counted as it is read (for batch's progress line). */
async function* counted(stream: AsyncIterable<unknown>, onRead: (bytes: number) => void): AsyncGenerator<unknown> {
  for await (const chunk of stream) {
    onRead(typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk as Buffer).length);
    yield chunk;
  }
}

/** Resolves with the error when a file fails to open (missing, a folder…), or undefined once it is open. */
function openError(file: ReturnType<typeof createReadStream>): Promise<Error | undefined> {
  return new Promise((resolve) => {
    file.once('error', (error: Error) => resolve(error));
    file.once('ready', () => resolve(undefined));
  });
}

type Line = { text: string; number: number; warning: Problem | null } | { stop: Problem };

/**
 * The lines of a byte stream, each decoded on its own (so invalid UTF-8 is found per line),
 * never longer than `maxLine` bytes: a longer one, or binary data, stops the input. The lines
 * that end in one chunk of the stream come together, LINES_AT_A_TIME at most.
 */
export async function* linesOf(stream: AsyncIterable<unknown>, source: string, maxLine: number): AsyncGenerator<Line[]> {
  let parts: Buffer[] = [];
  let partLength = 0;
  let n = 0;
  const tooLong = (): Line => ({
    stop: {
      code: 'input-line-too-long',
      message: `a line of more than ${megabytes(maxLine)}: not one résumé per line`,
      source,
      line: n + 1,
      hint: `give NDJSON, one résumé per line; the rest of ${source} was not read`,
    },
  });
  const line = (bytes: Buffer): Line => {
    n++;
    const { text, invalidAt } = decodeUtf8(bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes);
    return { text, number: n, warning: invalidAt && invalidUtf8Problem(source, invalidAt, n - 1, false) };
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (n === 0 && partLength === 0) {
      const problem = sniffBytes(bytes, source);
      if (problem) return yield [{ stop: problem }];
    }
    let lines: Line[] = [];
    let from = 0;
    for (let nl = bytes.indexOf(10, from); nl >= 0; nl = bytes.indexOf(10, from)) {
      if (partLength + nl - from > maxLine) return yield [...lines, tooLong()];
      parts.push(bytes.subarray(from, nl));
      lines.push(line(parts.length === 1 ? parts[0]! : Buffer.concat(parts)));
      parts = [];
      partLength = 0;
      from = nl + 1;
      // A few lines at a time, not a chunk's 70 or so: what is read but not yet scored is all
      // live at once, and V8 grows its young generation by what its collections find live
      // (Node 24: 16 lines at a time took peak RSS from 128 MB at 20,000 résumés to 165 MB at
      // 100,000; 4 lines, 129 MB and 132 MB).
      if (lines.length === LINES_AT_A_TIME) {
        yield lines;
        lines = [];
      }
    }
    if (partLength + bytes.length - from > maxLine) return yield [...lines, tooLong()];
    if (from < bytes.length) {
      parts.push(bytes.subarray(from));
      partLength += bytes.length - from;
    }
    if (lines.length) yield lines;
  }
  if (partLength > 0) yield [line(Buffer.concat(parts))];
}

const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`);

async function* recordsOf(chunks: AsyncIterable<Line[]>, source: string, limits: RecordLimits): AsyncGenerator<RawRecord[]> {
  const reader = new RecordReader(source, limits);
  for await (const lines of chunks) {
    const records = reader.read(lines);
    if (records.length) yield records;
    if (reader.stopped) return;
  }
  const rest = reader.end();
  if (rest.length) yield rest;
}

/** Lines in, records out, one chunk of lines at a time, synchronously. */
class RecordReader {
  stopped = false;
  private streaming = false;
  private buffered: { first: number; lines: string[]; length: number; warnings: Problem[] } | null = null;

  constructor(
    private readonly source: string,
    private readonly limits: RecordLimits,
  ) {}

  read(lines: readonly Line[]): RawRecord[] {
    const out: RawRecord[] = [];
    for (const item of lines) {
      this.line(item, out);
      if (this.stopped) break;
    }
    return out;
  }

  end(): RawRecord[] {
    return this.buffered ? [...wholeDocument(this.buffered.lines, this.buffered.first, this.source, this.buffered.warnings)] : [];
  }

  private line(item: Line, out: RawRecord[]): void {
    const { source, limits } = this;
    if ('stop' in item) {
      out.push(...this.end(), { source, line: item.stop.line ?? null, problem: item.stop });
      this.stopped = true;
      return;
    }
    const text = item.number === 1 ? item.text.replace(/^\uFEFF/, '') : item.text;
    const warnings = item.warning ? [item.warning] : [];
    let buffered = this.buffered;
    if (buffered && buffered.lines.length === 1 && text.trim() !== '' && brokenRecordThenRecord(buffered.lines[0]!, text)) {
      // A broken first line followed by a whole document is NDJSON with a bad first record,
      // not the start of a long document: stream on instead of holding the whole file.
      out.push(lineRecord(buffered.lines[0]!, buffered.first, source, buffered.warnings));
      buffered = this.buffered = null;
      this.streaming = true;
    }
    if (buffered) {
      buffered.lines.push(text);
      buffered.warnings.push(...warnings);
      buffered.length += text.length + 1;
      if (buffered.length > limits.maxDocument) {
        out.push({
          source,
          line: buffered.first,
          problem: { code: 'input-document-too-large', message: `a JSON document of more than ${megabytes(limits.maxDocument)}`, source, line: buffered.first, hint: `give the records as NDJSON, one résumé per line; the rest of ${source} was not read` },
        });
        this.stopped = true;
      }
      return;
    }
    if (text.trim() === '') return;
    const parsed = parseJson(text, source, item.number - 1);
    if (parsed.ok) {
      this.streaming = true;
      // A one-line JSON array holds several records on this line.
      for (const value of Array.isArray(parsed.value) ? parsed.value : [parsed.value]) out.push({ source, line: item.number, value, ...(warnings.length && { warnings }) });
    } else if (this.streaming) {
      out.push({ source, line: item.number, problem: parsed.problems[0]! });
    } else {
      // The first line is not a whole document: a JSON array or one document over many lines.
      this.buffered = { first: item.number, lines: [text], length: text.length, warnings };
    }
  }
}

const isLoneBracket = (line: string) => /^\s*[{[]\s*$/.test(line);

/** `{oops` then `{"basics": …}` at the start of a line: NDJSON whose first record is bad. */
function brokenRecordThenRecord(first: string, next: string): boolean {
  if (isLoneBracket(first) || !/^[{[]/.test(next)) return false;
  const parsed = parseJson(next, '');
  return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null;
}

function lineRecord(text: string, line: number, source: string, warnings: Problem[]): RawRecord {
  const parsed = parseJson(text, source, line - 1);
  return parsed.ok ? { source, line, value: parsed.value, warnings } : { source, line, problem: parsed.problems[0]! };
}

function* wholeDocument(lines: string[], first: number, source: string, warnings: Problem[]): Generator<RawRecord> {
  const text = lines.join('\n');
  // Each warning (invalid UTF-8) goes with the record whose lines hold it.
  const warningsFrom = (line: number, until: number) => {
    const mine = warnings.filter((w) => w.line! >= line && w.line! < until);
    return mine.length ? { warnings: mine } : {};
  };
  if (text.trimStart().startsWith('[')) {
    const parsed = parseJson(text, source, first - 1);
    const { elements, rest } = arrayElements(text, first);
    const until = (i: number) => elements[i + 1]?.line ?? Infinity;
    if (parsed.ok && Array.isArray(parsed.value)) {
      for (const [i, value] of parsed.value.entries()) yield { source, line: elements[i]?.line ?? first, value, ...warningsFrom(elements[i]?.line ?? first, until(i)) };
      return;
    }
    // A bad element is one bad record at its index; the good ones around it are kept.
    for (const [i, element] of elements.entries()) {
      const value = parseJson(element.text, source, element.line - 1, element.column - 1);
      const where = { source, line: element.line, ...warningsFrom(element.line, until(i)) };
      yield value.ok ? { ...where, value: value.value } : { ...where, problem: value.problems[0]! };
    }
    if (rest) yield* wholeDocument(rest.text.split('\n'), rest.line, source, warnings.filter((w) => w.line! >= rest.line));
    return;
  }
  const parsed = parseJson(text, source, first - 1);
  if (parsed.ok) {
    yield { source, line: first, value: parsed.value, ...warningsFrom(first, Infinity) };
    return;
  }
  if (!isLoneBracket(lines[0]!)) {
    // A pretty-printed document opens with a bracket alone on its line: this is NDJSON whose
    // first line is bad (and so, it turns out, are some after it). One record per line.
    for (const [i, line] of lines.entries()) {
      if (line.trim() !== '') yield { ...lineRecord(line, first + i, source, []), ...warningsFrom(first + i, first + i + 1) };
    }
    return;
  }
  // Not one document either: several in a row (a pretty-printed document, then NDJSON, say).
  // Each is a record of its own, so one bad value costs only itself.
  const chunks = splitJsonValues(text, first);
  if (chunks.length > 1) {
    for (const [i, chunk] of chunks.entries()) {
      const value = parseJson(chunk.text, source, chunk.line - 1);
      const mine = warningsFrom(chunk.line, chunks[i + 1]?.line ?? Infinity);
      if (!value.ok) yield { source, line: chunk.line, problem: value.problems[0]!, ...mine };
      else for (const v of Array.isArray(value.value) ? value.value : [value.value]) yield { source, line: chunk.line, value: v, ...mine };
    }
    return;
  }
  yield { source, line: parsed.problems[0]!.line ?? first, problem: parsed.problems[0]! };
}
