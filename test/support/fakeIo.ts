import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

/** An in-memory Io for running main() in-process: what it wrote, and a stdin that may be a "terminal". */
export function fakeIo(options: { input?: string; stdinIsTTY?: boolean; stdoutIsTTY?: boolean; env?: Record<string, string> } = {}) {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinIsTTY ?? false });
  if (!options.stdinIsTTY) stdin.end(options.input ?? '');
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => {
    const s = new PassThrough();
    s.on('data', (chunk: Buffer) => into.push(chunk.toString()));
    return s;
  };
  const io: Io = {
    stdin,
    stdout: Object.assign(sink(out), { isTTY: options.stdoutIsTTY ?? false }),
    stderr: sink(err),
    env: options.env ?? {},
    now: () => new Date('2026-11-01T12:00:00Z'),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
