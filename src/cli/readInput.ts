import { readFile } from 'node:fs/promises';
import type { Problem } from '../problem.js';
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

/** Why a file could not be read or written, as a problem with a hint. */
export function fileProblem(path: string, error: unknown, what: string, verb: 'read' | 'write' = 'read'): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EEXIST: 'a part of the path is a file, not a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
  };
  return {
    code: verb === 'read' ? 'input-unreadable' : 'output-unwritable',
    message: `cannot ${verb} ${what} ${path}: ${(code && reasons[code]) ?? (error as Error).message ?? 'unknown error'}`,
    hint: code === 'EISDIR' && verb === 'read' ? 'give a file inside it, or use batch for many files' : 'check the path',
  };
}
