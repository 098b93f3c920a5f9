import { writeSync } from 'node:fs';

/** How a direct write ended: all written, the rest to go by the stream (the descriptor would block), or an error. */
export type DirectWrite = { done: true } | { done: false; rest: Uint8Array } | { done: false; error: NodeJS.ErrnoException };

/**
 * Writes text to a file descriptor with write(2), whole, without process.stdout: making that
 * stream loads Node's stream and net modules, about 9 ms of a lean assess's start (as much on
 * Node 20 as on 24). A descriptor that is non-blocking (a pipe its reader opened so) and full
 * says EAGAIN: what is left is handed back, to be written by the stream, which waits for the
 * reader; every byte goes out once and in order. Any other error is handed back as it is.
 */
export function writeDirect(fd: number, text: string): DirectWrite {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EAGAIN') return { done: false, rest: bytes.subarray(offset) };
      return { done: false, error: e };
    }
  }
  return { done: true };
}
