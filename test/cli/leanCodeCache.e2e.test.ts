import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

// The bin keeps a V8 code cache of the lean path (dist/fast.cjs) on every Node version, in
// $XDG_CACHE_HOME/tpm-assess. It must never change what a run prints, and never fail a run:
// missing, damaged or unwritable, the bundle is compiled as usual.
const ARGS = ['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'json', '--as-of', '2026-11-01'];
const expected = runCli(ARGS, { env: { TPM_ASSESS_NO_CODE_CACHE: '1' } });

describe('the lean path code cache', () => {
  it('prints the same with no cache, a new one and a kept one', () => {
    expect(expected.code).toBe(0);
    const home = mkdtempSync(join(tmpdir(), 'tpm-cache-'));
    const first = runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    const files = readdirSync(join(home, 'tpm-assess'));
    const second = runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^lean-${process.version}-${process.arch}-[0-9a-f]{16}\\.v8$`));
  });

  // V8 takes a code cache only under the flags it was made with: a flag set while the lean path
  // runs would make every start reject the cache and write it again, as slow as no cache at all
  // and with a write on every run.
  it('is taken as it is by the next run, not made again', () => {
    const home = mkdtempSync(join(tmpdir(), 'tpm-cache-'));
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    const file = join(home, 'tpm-assess', readdirSync(join(home, 'tpm-assess'))[0]!);
    const made = readFileSync(file);
    const before = statSync(file).mtimeMs;
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file).equals(made)).toBe(true);
  });

  it('makes a damaged cache again, and leaves no other build\'s cache behind', () => {
    const home = mkdtempSync(join(tmpdir(), 'tpm-cache-'));
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    const file = join(home, 'tpm-assess', readdirSync(join(home, 'tpm-assess'))[0]!);
    writeFileSync(file, 'not a code cache');
    const stale = join(home, 'tpm-assess', `lean-${process.version}-${process.arch}-0123456789abcdef.v8`);
    writeFileSync(stale, 'an older build');
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    expect(readdirSync(join(home, 'tpm-assess'))).toEqual([file.split('/').pop()]);
  });

  it('runs without one when the cache folder cannot be made', () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'tpm-cache-')), 'a-file');
    writeFileSync(blocked, '');
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: blocked } })).toEqual(expected);
  });
});
