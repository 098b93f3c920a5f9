import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportTexts } from '../readers/linkedin/exportFiles.js';
import { isZip } from '../readers/linkedin/isZip.js';
import { fail, type Problem, type Result } from '../problem.js';
import type { CandidateProfile } from '../profile/profile.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { fileProblem, MAX_ZIP_BYTES, zipTooLarge } from './readInput.js';
import { UsageError } from './UsageError.js';

const MAX_CSV_BYTES = 64 * 1024 * 1024;

/**
 * A path that holds a LinkedIn data export: a folder, or a ZIP (known by its first bytes, not
 * its name). null for anything else, which is read as a JSON document. Only the export files
 * tpm-assess reads are opened; the ZIP reader and CSV parser load only when one is found.
 */
export async function readExportInput(path: string): Promise<{ texts: ExportTexts; source: string; problems: Problem[]; folder: boolean } | null> {
  if (path === '-') return null;
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (info.isDirectory()) return { ...(await readExportFolder(path)), source: path, folder: true };
  if (!info.isFile() || !(await startsLikeZip(path))) return null;
  // Known from its size, before it is read into memory.
  if (info.size > MAX_ZIP_BYTES) throw new UsageError(zipTooLarge(path, info.size));
  return unzippedExport(new Uint8Array(await readFile(path)), path);
}

/** A ZIP's bytes (a file's, or what came on stdin) -> the export files in it, as readExportInput gives them. */
export async function unzippedExport(bytes: Uint8Array, source: string): Promise<{ texts: ExportTexts; source: string; problems: Problem[]; folder: false }> {
  const { unzipExport } = await import('../readers/linkedin/unzipExport.js');
  return { ...unzipExport(bytes, source), source, folder: false };
}

/**
 * A path that holds a LinkedIn data export -> the candidate profile it amounts to, or the
 * problems (not a ZIP, a bomb, no Positions.csv or Profile.csv) as a failed result instead of
 * a thrown error, so that batch can make one error record of them and go on. null for a path
 * that is not an export (a file, stdin), which is read as a JSON document. `folderHint` replaces
 * the hint when a folder turns out not to be an export.
 */
export async function readExportProfile(path: string, vocab: Vocabulary, folderHint?: string): Promise<Result<CandidateProfile> | null> {
  let exported: Awaited<ReturnType<typeof readExportInput>>;
  try {
    exported = await readExportInput(path);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.problems);
    throw error;
  }
  if (!exported) return null;
  const read = await exportedProfile(exported, vocab);
  if (read.ok || folderHint === undefined || !exported.folder) return read;
  return fail(read.problems.map((p) => (p.code === 'linkedin-not-an-export' ? { ...p, hint: folderHint } : p)), read.warnings);
}

/** The bytes of a ZIP that came on stdin -> the profile of the LinkedIn export in it, or its problems. */
export async function readExportZip(bytes: Uint8Array, source: string, vocab: Vocabulary): Promise<Result<CandidateProfile>> {
  return exportedProfile(await unzippedExport(bytes, source), vocab);
}

async function exportedProfile(exported: { texts: ExportTexts; source: string; problems: Problem[] }, vocab: Vocabulary): Promise<Result<CandidateProfile>> {
  if (exported.problems.length) return fail(exported.problems);
  const { exportToProfile } = await import('../readers/linkedin/readExport.js');
  return exportToProfile(exported.texts, exported.source, vocab);
}

async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return isZip(head);
  } finally {
    await handle.close();
  }
}

async function readExportFolder(dir: string): Promise<{ texts: ExportTexts; problems: Problem[] }> {
  const { exportFileOf } = await import('../readers/linkedin/exportFiles.js');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UsageError(fileProblem(dir, error, 'folder'));
  }
  const texts: ExportTexts = {};
  for (const name of names.sort()) {
    const file = exportFileOf(name);
    if (file === null || texts[file] !== undefined) continue;
    const path = join(dir, name);
    const size = (await stat(path)).size;
    if (size > MAX_CSV_BYTES) throw new UsageError({ code: 'linkedin-file-too-large', message: `${path} is ${Math.round(size / 1024 / 1024)} MB, far larger than an export file`, source: path, hint: 'give the folder LinkedIn\'s ZIP unpacks to' });
    texts[file] = await readFile(path, 'utf8');
  }
  return { texts, problems: [] };
}
