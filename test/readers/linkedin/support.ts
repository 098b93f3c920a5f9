import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { ROOT } from '../../support/runCli.js';
import { exportFileOf, type ExportTexts } from '../../../src/readers/linkedin/exportFiles.js';

export const EXPORTS = join(ROOT, 'fixtures', 'linkedin');

/** Every file of a fixture export folder, as bytes by name (including the ones never read). */
export function folderBytes(name: string): Record<string, Uint8Array> {
  const dir = join(EXPORTS, name);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
}

/** The export files of a fixture folder as the CLI hands them to the reader. */
export function folderTexts(name: string): ExportTexts {
  const texts: ExportTexts = {};
  for (const [f, bytes] of Object.entries(folderBytes(name))) {
    const file = exportFileOf(f);
    if (file) texts[file] = new TextDecoder().decode(bytes);
  }
  return texts;
}

/** A fixture folder as LinkedIn would send it: one ZIP of its files. */
export function zipOf(name: string, prefix = ''): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(folderBytes(name)).map(([f, b]) => [prefix + f, b])));
}

/** A scratch folder for a test file, and how to write a file into it (returning its path). */
export function scratchFolder(prefix: string): (name: string, bytes: Uint8Array | string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, bytes) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return path;
  };
}
