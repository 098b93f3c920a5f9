import { type FileHandle, chmod, lstat, mkdir, open, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileProblem } from './readInput.js';
import { trackTemporary, untrackTemporary } from './temporaryFiles.js';
import { UsageError } from './UsageError.js';

/** Written in pieces of about this size: few system calls, and memory flat in the output's length. */
const FLUSH_AT = 64 * 1024;

/** The checks that can be made before any work: a name is given, and it is not a folder. */
export async function checkWritable(path: string): Promise<void> {
  if (path.trim() === '') throw new UsageError({ code: 'output-empty', message: '--output needs a file name', hint: 'for example --output reports/ana.md' });
  if ((await stat(path).catch(() => null))?.isDirectory()) {
    throw new UsageError({ code: 'output-is-directory', message: `cannot write ${path}: it is a directory`, hint: `give a file path, such as ${join(path, 'report.md')}` });
  }
}

/**
 * An --output being written, whole or not at all. A regular file (or a new one) is written to
 * a temporary file in its folder (so the rename stays on one file system) and renamed over it
 * by `commit`; `abort` removes the temporary file. A symlink is followed, so the link stays and
 * its target is replaced. A special file (/dev/null, /dev/stdout, a FIFO) is written through:
 * renaming over it would replace a device with a regular file, which as root destroys it.
 * Every write waits for the disk, so a slow disk slows the producer instead of filling memory.
 */
export class OutputFile {
  #pending: string[] = [];
  #pendingLength = 0;
  #done = false;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    /** The temporary file to rename over `target`, or null when writing through. */
    private readonly temp: string | null,
    private readonly target: string,
  ) {}

  static async open(path: string): Promise<OutputFile> {
    await checkWritable(path);
    try {
      const existing = await stat(path).catch(() => null);
      if (existing && !existing.isFile()) return new OutputFile(path, await open(path, 'w'), null, path);
      const target = await resolveLink(path);
      const dir = dirname(target);
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
      trackTemporary(temp);
      try {
        const handle = await open(temp, 'wx');
        // The new file replaces the old one: keep its permissions (a report others may read).
        if (existing) await chmod(temp, existing.mode & 0o7777);
        return new OutputFile(path, handle, temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        untrackTemporary(temp);
        throw error;
      }
    } catch (error) {
      throw new UsageError(fileProblem(path, error, 'output file', 'write'));
    }
  }

  async write(text: string): Promise<void> {
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= FLUSH_AT) await this.#flush();
  }

  /** Everything written: the file takes its place. */
  async commit(): Promise<void> {
    await this.#flush();
    this.#done = true;
    try {
      await this.handle.close();
      if (this.temp) await rename(this.temp, this.target);
    } catch (error) {
      await this.#removeTemp();
      throw new UsageError(fileProblem(this.path, error, 'output file', 'write'));
    } finally {
      if (this.temp) untrackTemporary(this.temp);
    }
  }

  /** Something went wrong: the target keeps what it had. Safe to call after commit. */
  async abort(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    await this.handle.close().catch(() => undefined);
    await this.#removeTemp();
  }

  async #flush(): Promise<void> {
    if (this.#pendingLength === 0) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#pendingLength = 0;
    try {
      await this.handle.writeFile(text);
    } catch (error) {
      await this.abort();
      throw new UsageError(fileProblem(this.path, error, 'output file', 'write'));
    }
  }

  async #removeTemp(): Promise<void> {
    if (!this.temp) return;
    await rm(this.temp, { force: true }).catch(() => undefined);
    untrackTemporary(this.temp);
  }
}

/** The file a path names, through any symlinks; a dangling link names the file it points to. */
async function resolveLink(path: string): Promise<string> {
  const link = await lstat(path).catch(() => null);
  if (!link?.isSymbolicLink()) return path;
  return realpath(path).catch(async () => resolve(dirname(path), await readlink(path)));
}
