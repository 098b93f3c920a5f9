import { readFile } from 'node:fs/promises';
import type { Io } from './io.js';
import { UsageError } from './UsageError.js';

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file, or stdin for `-`; a missing file or a folder is a usage error with a hint. */
export async function readInput(path: string, io: Io, what = 'file'): Promise<{ text: string; source: string }> {
  if (path === '-') return { text: await readStream(io.stdin), source: '<stdin>' };
  try {
    return { text: await readFile(path, 'utf8'), source: path };
  } catch (error) {
    throw new UsageError(fileProblem(path, error, what));
  }
}

export function fileProblem(path: string, error: unknown, what: string) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : ((error as Error).message ?? 'unreadable');
  return {
    code: 'input-unreadable',
    message: `cannot read ${what} ${path}: ${reason}`,
    hint: code === 'EISDIR' ? `give a ${what} inside it, or use batch for many files` : 'check the path',
  };
}
