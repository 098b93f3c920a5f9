import { createReadStream } from 'node:fs';
import type { Problem } from '../problem.js';
import { isZip } from '../readers/linkedin/isZip.js';
import { decodeUtf8, invalidUtf8Problem, sniffBytes } from './decodeText.js';
import { STDIN_NAME, type Io } from './io.js';
import { UsageError } from './UsageError.js';

/** More than this in one document is not a résumé or a rubric; reading stops there. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export interface ReadText {
  text: string;
  source: string;
  /** Invalid UTF-8, read as U+FFFD: where it is. */
  warnings: Problem[];
}

/**
 * Reads a file, or stdin for `-`, as UTF-8: a missing file or a folder is a usage error with a
 * hint, and so are binary data, UTF-16 and an endless input (/dev/zero), found in the first
 * bytes or at the size limit instead of after filling memory. Invalid UTF-8 is a warning, or
 * an error with `{ strictUtf8: true }` (a rubric is ours to get right, a résumé is not).
 */
export async function readInput(path: string, io: Io, what = 'file', options: { strictUtf8?: boolean; stdinName?: string } = {}): Promise<ReadText> {
  const read = await readBytes(path, io, what, options.stdinName, null);
  return decoded(read.bytes, read.source, options);
}

/** A LinkedIn export is a few MB; past this a ZIP is not one. */
export const MAX_ZIP_BYTES = 512 * 1024 * 1024;

/**
 * As readInput, but a ZIP archive (known by its first bytes) comes back as its bytes instead of
 * being refused: `assess -` reads a LinkedIn export piped in as well as a JSON document.
 */
export async function readInputOrZip(path: string, io: Io, what: string, options: { stdinName?: string } = {}): Promise<ReadText | { zip: Uint8Array; source: string }> {
  const read = await readBytes(path, io, what, options.stdinName, MAX_ZIP_BYTES);
  return read.zip ? { zip: read.bytes, source: read.source } : decoded(read.bytes, read.source, {});
}

async function readBytes(path: string, io: Io, what: string, stdinName: string | undefined, maxZip: number | null): Promise<{ bytes: Buffer; source: string; zip: boolean }> {
  const source = path === '-' ? (stdinName ?? STDIN_NAME) : path;
  try {
    return { ...(await readBounded(path === '-' ? io.stdin : createReadStream(path), MAX_DOCUMENT_BYTES, source, maxZip)), source };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(fileProblem(path, error, what));
  }
}

function decoded(bytes: Buffer, source: string, options: { strictUtf8?: boolean }): ReadText {
  const { text, invalidAt } = decodeUtf8(bytes);
  const warnings = invalidAt ? [invalidUtf8Problem(source, invalidAt)] : [];
  if (options.strictUtf8 && invalidAt) throw new UsageError({ ...warnings[0]!, message: `invalid UTF-8 at byte ${invalidAt.byte}` });
  return { text, source, warnings };
}

/**
 * The whole stream, up to `max` bytes; binary or UTF-16 input stops it at the first chunk,
 * except a ZIP archive when `maxZip` is given: that is read whole, up to `maxZip` bytes.
 */
async function readBounded(stream: NodeJS.ReadableStream, max: number, source: string, maxZip: number | null): Promise<{ bytes: Buffer; zip: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  let zip = false;
  const stop = (problem: Problem) => {
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    throw new UsageError(problem);
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (length === 0) {
      zip = maxZip !== null && isZip(bytes);
      const problem = zip ? null : sniffBytes(bytes, source);
      if (problem) stop(problem);
    }
    length += bytes.length;
    if (zip && length > maxZip!) stop(zipTooLarge(source, length));
    if (!zip && length > max) stop({ code: 'input-too-large', message: `more than ${max / 1024 / 1024} MB: too large for one document`, source, hint: 'give a JSON Resume document; many résumés go to tpm-assess batch, one per line' });
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks), zip };
}

/** A ZIP of `bytes` or more, past MAX_ZIP_BYTES: not a LinkedIn export. */
export function zipTooLarge(source: string, bytes: number): Problem {
  return { code: 'linkedin-zip-too-large', message: `${source} is a ZIP of ${Math.round(bytes / 1024 / 1024)} MB or more, far larger than a LinkedIn export`, source, hint: "give the ZIP that LinkedIn sent" };
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
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
  };
  return {
    code: verb === 'read' ? 'input-unreadable' : 'output-unwritable',
    message: `cannot ${verb} ${what} ${path}: ${(code && reasons[code]) ?? (error as Error).message ?? 'unknown error'}`,
    hint: code === 'EISDIR' && verb === 'read' ? 'give a file inside it, or use batch for many files' : code === 'ENOSPC' ? 'free some space, or write elsewhere' : 'check the path',
  };
}
