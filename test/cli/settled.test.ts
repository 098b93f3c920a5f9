import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { settled } from '../../src/cli/settled.js';

/** A stream whose every write takes `ms` to go out, with what has gone out so far. */
function slow(ms: number, highWaterMark: number) {
  const out: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      setTimeout(() => (out.push(chunk.toString()), done()), ms);
    },
  });
  return { stream, out };
}

describe('settled', () => {
  it('waits for a last write too short to fill the buffer, which no drain follows', async () => {
    const { stream, out } = slow(20, 1 << 20);
    expect(stream.write('first\n')).toBe(true);
    expect(stream.write('last\n')).toBe(true);
    await settled(stream);
    expect(out.join('')).toBe('first\nlast\n');
  });

  it('waits for a write that filled the buffer', async () => {
    const { stream, out } = slow(5, 4);
    expect(stream.write('more than four\n')).toBe(false);
    await settled(stream);
    expect(out.join('')).toBe('more than four\n');
  });

  it('does not wait on a stream that failed', async () => {
    const stream = new Writable({ write: (_chunk, _encoding, done) => done(new Error('EPIPE')) });
    stream.on('error', () => {});
    stream.write('x');
    await settled(stream);
    expect(stream.destroyed).toBe(true);
  });
});

describe('settled on an ended stream', () => {
  it('writes nothing more to it, and raises no error', async () => {
    const errors: Error[] = [];
    const stream = new Writable({ highWaterMark: 1 << 20, write: (_chunk, _encoding, done) => setTimeout(done, 10) });
    stream.on('error', (e) => errors.push(e));
    stream.write('x');
    stream.end();
    await settled(stream);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errors).toEqual([]);
  });
});
