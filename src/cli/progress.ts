import { fstat } from 'node:fs';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { groupDigits } from '../groupDigits.js';

/** How often the line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 250;

/** What the progress line shows: records done and their rate; percent and time left when the input's size is known. */
export function progressText(records: number, bytes: number, total: number | null, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? records / seconds : 0;
  const parts = [`${groupDigits(records)} record${records === 1 ? '' : 's'}`, `${groupDigits(Math.round(rate))}/s`];
  if (total !== null && total > 0) {
    const done = Math.min(bytes / total, 1);
    parts.push(`${Math.floor(done * 100)}%`);
    if (done > 0 && done < 1) parts.push(`about ${duration((seconds * (1 - done)) / done)} left`);
  }
  return `tpm-assess batch: ${parts.join(', ')}`;
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/**
 * batch's progress line on a terminal's stderr: one line, redrawn in place (carriage return,
 * erase to the end of line) a few times a second. It is erased before anything else is said on
 * stderr and at the end, so the summary and errors read as without it.
 */
export class Progress {
  #records = 0;
  #bytes = 0;
  #drawn = false;
  #lastDraw: number;
  readonly #start: number;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#start = this.now();
    this.#lastDraw = this.#start;
  }

  read(bytes: number): void {
    this.#bytes += bytes;
  }

  record(): void {
    this.#records++;
    const now = this.now();
    if (now - this.#lastDraw < REDRAW_MS) return;
    this.#lastDraw = now;
    this.#drawn = true;
    this.stream.write(`\r${progressText(this.#records, this.#bytes, this.total, now - this.#start)}\u001b[K`);
  }

  /** Erases the line, if one is shown; the next record draws it again. */
  clear(): void {
    if (!this.#drawn) return;
    this.#drawn = false;
    this.stream.write('\r\u001b[K');
  }
}

/**
 * The total size of batch's inputs when every one is a regular file (stdin included, when it is
 * redirected from one); null when any is a pipe or a terminal, or cannot be read (its own error comes later).
 */
export async function inputSize(inputs: readonly string[], stdinFd: number | undefined): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    const s = input === '-' ? (stdinFd === undefined ? null : await promisify(fstat)(stdinFd).catch(() => null)) : await stat(input).catch(() => null);
    if (!s?.isFile()) return null;
    total += s.size;
  }
  return total;
}
