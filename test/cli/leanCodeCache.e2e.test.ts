import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';
import { scratchDir } from '../support/scratch.js';

// The bin keeps a V8 code cache of the lean path (dist/fast.cjs) on every Node version, in
// $XDG_CACHE_HOME/tpm-assess. It must never change what a run prints, and never fail a run:
// missing, damaged or unwritable, the bundle is compiled as usual.
const ARGS = ['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'json', '--as-of', '2026-11-01'];
const expected = runCli(ARGS, { env: { TPM_ASSESS_NO_CODE_CACHE: '1' } });

describe('the lean path code cache', () => {
  it('prints the same with no cache, a new one and a kept one', () => {
    expect(expected.code).toBe(0);
    const home = scratchDir();
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
    const home = scratchDir();
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
    const home = scratchDir();
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    const file = join(home, 'tpm-assess', readdirSync(join(home, 'tpm-assess'))[0]!);
    writeFileSync(file, 'not a code cache');
    const stale = join(home, 'tpm-assess', `lean-${process.version}-${process.arch}-0123456789abcdef.v8`);
    writeFileSync(stale, 'an older build');
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    expect(readdirSync(join(home, 'tpm-assess'))).toEqual([file.split('/').pop()]);
  });

  it('keeps the caches of other Node versions', () => {
    const home = scratchDir();
    const other = join(home, 'tpm-assess', 'lean-v99.0.0-x64-0123456789abcdef.v8');
    mkdirSync(join(home, 'tpm-assess'), { recursive: true });
    writeFileSync(other, 'another Node version\'s cache');
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(readdirSync(join(home, 'tpm-assess'))).toHaveLength(2);
    expect(readFileSync(other, 'utf8')).toBe('another Node version\'s cache');
  });

  // V8 does not check a code cache's payload: bytes damaged past its header pass its checks and
  // crash the run (SIGSEGV) where the damaged code runs. The run that meets it may die; the
  // next must run as usual, with a new cache.
  it('runs as usual after a run that met a cache damaged past its header, and makes a new one', () => {
    const home = scratchDir();
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    const dir = join(home, 'tpm-assess');
    const file = join(dir, readdirSync(dir)[0]!);
    const bytes = readFileSync(file);
    for (let i = 256; i < bytes.length; i += 97) bytes[i] = bytes[i]! ^ 0x5a;
    writeFileSync(file, bytes);
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(readdirSync(dir)).toEqual([file.split('/').pop()]);
    expect(readFileSync(file).equals(bytes)).toBe(false);
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
  });

  it('runs without one when the cache folder cannot be made', () => {
    const blocked = join(scratchDir(), 'a-file');
    writeFileSync(blocked, '');
    expect(runCli(ARGS, { env: { XDG_CACHE_HOME: blocked } })).toEqual(expected);
  });
});
