import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A folder of its own under the OS temporary folder, removed when the test ends: tests leave nothing behind. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A path named `name` in a scratchDir(). */
export function scratchFile(name: string): string {
  return join(scratchDir(), name);
}
