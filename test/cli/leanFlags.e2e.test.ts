import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

// The bin turns V8's regex optimizer and tier-up off for a plain assess (one résumé: compiling
// each regex once costs less). It must never turn them on again in the same process: doing so,
// with regexes already compiled under the lean flags, crashed Node 24 with SIGSEGV about once
// in 130 runs, when the lean path declined an assess and the whole CLI ran it. The crash is too
// rare to catch by running; the flag calls are recorded instead (test/support/recordV8Flags.mjs).
const preload = pathToFileURL(join(import.meta.dirname, '../support/recordV8Flags.mjs')).href;

function flagCalls(args: string[], input?: string): { code: number | null; calls: string[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'tpm-flags-')), 'calls');
  const r = runCli(args, { input, env: { NODE_OPTIONS: `--import ${preload}`, TPM_TEST_FLAGS_FILE: file } });
  return { code: r.code, calls: existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [] };
}

const AS_OF = ['--as-of', '2026-11-01'];

describe('V8 flags the bin sets', () => {
  it('a plain assess sets the lean regex flags once, and nothing else', () => {
    const r = flagCalls(['assess', 'fixtures/resumes/ana-beltran.json', ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(['--no-regexp-optimization --no-regexp-tier-up']);
  });

  it.each([
    ['a file that is not a résumé', ['assess', 'package-lock.json', ...AS_OF], undefined],
    ['stdin, which the lean path does not read', ['assess', '-', ...AS_OF], '{"basics": {"name": "A"}}'],
    ['an option the lean path does not take', ['assess', 'fixtures/resumes/ana-beltran.json', '--min-score', '50', ...AS_OF], undefined],
  ])('an assess the lean path declines (%s) never turns the optimizer back on', (_what, args, input) => {
    const r = flagCalls(args, input);
    expect(r.code).not.toBeNull();
    expect(r.calls).toEqual(['--no-regexp-optimization --no-regexp-tier-up']);
  });

  it('other commands set no flags', () => {
    const r = flagCalls(['batch', ...AS_OF], '{"basics": {"name": "A"}}\n');
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
  });
});
