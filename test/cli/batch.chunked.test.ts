import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChunkedOut } from '../../src/cli/ChunkedOut.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ndjsonLines } from '../bench/generate.mjs';

/** Input in 64 KiB reads, as a file or a pipe gives it. */
function chunked(text: string): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536));
  return Readable.from(chunks);
}

/** A stdout that takes a while over each write, with what it was given and the most it held. */
function slowReader(options: { isTTY?: boolean } = {}) {
  const got: string[] = [];
  let writes = 0;
  let mostHeld = 0;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      writes++;
      got.push(chunk.toString());
      setTimeout(done, 1);
    },
  });
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((...args: unknown[]) => {
    const ok = write(...args);
    mostHeld = Math.max(mostHeld, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return { stream: Object.assign(stream, { isTTY: options.isTTY ?? false }), text: () => got.join(''), writes: () => writes, mostHeld: () => mostHeld };
}

async function batch(input: string, stdout: Io['stdout']) {
  const stderr = new PassThrough().resume();
  const io: Io = { stdin: Object.assign(chunked(input), { isTTY: false }), stdout, stderr, env: {}, now: () => new Date('2026-11-01T12:00:00Z') };
  return main(['batch', '--as-of', '2026-11-01'], io);
}

describe('batch writes a few lines of input at a time, and waits for a slow reader', () => {
  const lines = [...ndjsonLines(600, 3)];
  // Bad records at the start, inside a chunk, across a chunk boundary and at the end.
  const bad = new Set([0, 97, 301, 599]);
  const input = lines.map((l, i) => (bad.has(i) ? '{"basics": oops\n' : l)).join('');

  it('loses nothing: every record in input order, a bad one as its error record at its place', async () => {
    const reader = slowReader();
    expect(await batch(input, reader.stream)).toBe(2);
    const records = reader.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { record: { index: number; line: number }; error?: unknown; score?: number });
    expect(records.map((r) => r.record.index)).toEqual(lines.map((_, i) => i));
    expect(records.map((r) => r.record.line)).toEqual(lines.map((_, i) => i + 1));
    expect(records.filter((r) => r.error).map((r) => r.record.index)).toEqual([...bad]);
    expect(records.filter((r) => !r.error).every((r) => typeof r.score === 'number')).toBe(true);
  });

  it('holds no more than about 64 KiB behind a slow reader, and writes far fewer times than records', async () => {
    const reader = slowReader();
    await batch(input, reader.stream);
    expect(reader.text().length).toBeGreaterThan(2_000_000);
    expect(reader.mostHeld()).toBeLessThan(256 * 1024);
    // A write per few lines of input (four, or fewer at the end of a read).
    expect(reader.writes()).toBeLessThan(lines.length / 3);
  });

  it('writes each record as it is scored on a terminal', async () => {
    const few = lines.slice(1, 41).join('');
    const reader = slowReader({ isTTY: true });
    expect(await batch(few, reader.stream)).toBe(0);
    expect(reader.writes()).toBe(40);
  });
});

describe('ChunkedOut', () => {
  const target = () => {
    const given: string[] = [];
    let drained: (() => void)[] = [];
    let open = true;
    return {
      given,
      close: () => (open = false),
      drain: () => (drained.forEach((d) => d()), (drained = [])),
      out: { write: (text: string) => (given.push(text), new Promise<boolean>((resolve) => drained.push(() => resolve(open)))) },
    };
  };

  it('holds text until flushed, then hands it over at once and resolves on the drain', async () => {
    const t = target();
    const out = new ChunkedOut(t.out);
    await out.write('a\n');
    await out.write('b\n');
    expect(t.given).toEqual([]);
    let done = false;
    const flushed = out.flush().then((open) => (done = open));
    expect(t.given).toEqual(['a\nb\n']);
    await Promise.resolve();
    expect(done).toBe(false);
    t.drain();
    await flushed;
    expect(done).toBe(true);
  });

  it('writes past 64 KiB without waiting for a flush, and says when the reader has gone', async () => {
    const t = target();
    const out = new ChunkedOut(t.out);
    const big = out.write('x'.repeat(70_000));
    expect(t.given).toHaveLength(1);
    t.close();
    t.drain();
    expect(await big).toBe(false);
    expect(await out.write('more')).toBe(false);
  });
});
