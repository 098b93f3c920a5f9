import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Problem } from '../problem.js';
import { arrayElementLines } from '../resume/arrayElementLines.js';
import { parseJson } from '../resume/parseJson.js';
import { splitJsonValues } from '../resume/splitJsonValues.js';
import type { Io } from './io.js';
import { fileProblem } from './readInput.js';

/** One record of a batch as read: a parsed JSON value, or why it could not be read. */
export type RawRecord = { source: string; line: number | null } & ({ value: unknown } | { problem: Problem });

/**
 * Reads the records of batch inputs in order: NDJSON (one document per line) is streamed line
 * by line; a JSON array, or one pretty-printed document, is read whole. NDJSON is recognised
 * by its first line being a complete JSON value. A bad line is one bad record: the rest of the
 * file is still read.
 */
export async function* readRecords(inputs: readonly string[], io: Io): AsyncGenerator<RawRecord> {
  for (const input of inputs) {
    const source = input === '-' ? '<stdin>' : input;
    let stream: NodeJS.ReadableStream = io.stdin;
    if (input !== '-') {
      const file = createReadStream(input, { encoding: 'utf8' });
      const failed = await openError(file);
      if (failed) {
        yield { source, line: null, problem: fileProblem(input, failed, 'input') };
        continue;
      }
      stream = file;
    }
    try {
      yield* recordsOf(createInterface({ input: stream, crlfDelay: Infinity }), source);
    } catch (error) {
      // Opened but not readable (a folder, an I/O error): one bad record, then the next input.
      yield { source, line: null, problem: fileProblem(input, error, 'input') };
    }
  }
}

/** Resolves with the error when a file fails to open (missing, a folder…), or undefined once it is open. */
function openError(file: ReturnType<typeof createReadStream>): Promise<Error | undefined> {
  return new Promise((resolve) => {
    file.once('error', (error: Error) => resolve(error));
    file.once('ready', () => resolve(undefined));
  });
}

async function* recordsOf(lines: AsyncIterable<string>, source: string): AsyncGenerator<RawRecord> {
  let n = 0;
  let streaming = false;
  let buffered: { first: number; lines: string[] } | null = null;
  for await (const raw of lines) {
    n++;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (buffered) {
      buffered.lines.push(text);
      continue;
    }
    if (text.trim() === '') continue;
    const parsed = parseJson(text, source, n - 1);
    if (parsed.ok) {
      streaming = true;
      // A one-line JSON array holds several records on this line.
      for (const value of Array.isArray(parsed.value) ? parsed.value : [parsed.value]) yield { source, line: n, value };
    } else if (streaming) {
      yield { source, line: n, problem: parsed.problems[0]! };
    } else {
      // The first line is not a whole document: a JSON array or one document over many lines.
      buffered = { first: n, lines: [text] };
    }
  }
  if (buffered) yield* wholeDocument(buffered.lines, buffered.first, source);
}

function* wholeDocument(lines: string[], first: number, source: string): Generator<RawRecord> {
  const text = lines.join('\n');
  const parsed = parseJson(text, source, first - 1);
  if (parsed.ok) {
    if (Array.isArray(parsed.value)) {
      const starts = arrayElementLines(text, first);
      for (const [i, value] of parsed.value.entries()) yield { source, line: starts[i] ?? first, value };
    } else yield { source, line: first, value: parsed.value };
    return;
  }
  // Not one document either: several in a row (a pretty-printed document, then NDJSON, say).
  // Each is a record of its own, so one bad value costs only itself.
  const chunks = splitJsonValues(text, first);
  if (chunks.length > 1) {
    for (const chunk of chunks) {
      const value = parseJson(chunk.text, source, chunk.line - 1);
      if (!value.ok) yield { source, line: chunk.line, problem: value.problems[0]! };
      else for (const v of Array.isArray(value.value) ? value.value : [value.value]) yield { source, line: chunk.line, value: v };
    }
    return;
  }
  yield { source, line: parsed.problems[0]!.line ?? first, problem: parsed.problems[0]! };
}
