import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A path named `name` in a folder of its own under the OS temporary folder, removed when the test ends: tests leave nothing in the checkout. */
export function scratchFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, name);
}
