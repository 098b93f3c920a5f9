import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileProblem } from './readInput.js';
import { UsageError } from './UsageError.js';

/** The checks that can be made before any work: a name is given, and it is not a folder. */
export async function checkWritable(path: string): Promise<void> {
  if (path.trim() === '') throw new UsageError({ code: 'output-empty', message: '--output needs a file name', hint: 'for example --output reports/ana.md' });
  if ((await stat(path).catch(() => null))?.isDirectory()) {
    throw new UsageError({ code: 'output-is-directory', message: `cannot write ${path}: it is a directory`, hint: `give a file path, such as ${join(path, 'report.md')}` });
  }
}

/**
 * Writes the whole file or nothing: a temporary file in the same folder (so the rename stays
 * on one file system), then an atomic rename over the target. Missing folders are created.
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await checkWritable(path);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new UsageError(fileProblem(path, error, 'output file', 'write'));
  }
}
