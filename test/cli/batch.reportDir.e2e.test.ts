import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

/** --report-dir: one report per scored candidate, through the built binary. */
const AS_OF = ['--as-of', '2026-11-01'];
const FILES = ['ana-beltran', 'lin-new-grad', 'marco-internal-it'].map((f) => `fixtures/resumes/${f}.json`);
const compact = (file: string) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
const tempDir = () => mkdtempSync(join(tmpdir(), 'tpm-reports-'));

function inputFile(dir: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, [compact(FILES[0]!), '{broken', compact(FILES[1]!), compact(FILES[2]!)].join('\n') + '\n');
  return file;
}

describe('batch --report-dir', () => {
  it('writes one markdown report per scored candidate, named from the source and the index, the same as assess writes', () => {
    const dir = tempDir();
    const reports = join(dir, 'reports', 'new');
    const r = runCli(['batch', inputFile(dir, 'intake.ndjson'), ...AS_OF, '--report-dir', reports]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    expect(readdirSync(reports)).toEqual(['intake-0000.md', 'intake-0002.md', 'intake-0003.md']);
    const assessed = runCli(['assess', FILES[1]!, ...AS_OF, '--format', 'markdown']).stdout;
    expect(readFileSync(join(reports, 'intake-0002.md'), 'utf8')).toBe(assessed);
  });

  it.each([
    ['json', 'stdin-0001.json', (text: string) => expect(JSON.parse(text).candidate.name).toBe('Lin Okafor')],
    ['html', 'stdin-0001.html', (text: string) => expect(text).toMatch(/^<!doctype html>/i)],
  ] as const)('--report-format %s', (format, name, check) => {
    const reports = join(tempDir(), 'out');
    const r = runCli(['batch', ...AS_OF, '--report-dir', reports, '--report-format', format, '--format', 'csv'], { input: [compact(FILES[0]!), compact(FILES[1]!)].join('\n') });
    expect(r.code).toBe(0);
    expect(readdirSync(reports)).toEqual(['stdin-0000.' + name.split('.')[1], name]);
    check(readFileSync(join(reports, name), 'utf8'));
  });

  it('names a hostile source safely: no file outside the folder, no control character, no hidden file', () => {
    const dir = tempDir();
    const nested = join(dir, 'a', 'b');
    mkdirSync(nested, { recursive: true });
    const reports = join(dir, 'a', 'reports');
    const r = runCli(['batch', inputFile(nested, '..\u0007evil name;$(rm).ndjson'), ...AS_OF, '--report-dir', reports]);
    expect(r.code).toBe(2);
    const names = readdirSync(reports);
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^[\p{L}\p{N}_][\p{L}\p{N}._-]*-\d{4}\.md$/u);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['b', 'reports']);
    expect(readdirSync(nested)).toHaveLength(1);
  });

  it('refuses a --report-dir that is a file before scoring anything', () => {
    const dir = tempDir();
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = runCli(['batch', ...AS_OF, '--report-dir', file], { input: compact(FILES[0]!) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--report-dir ${file} is a file, not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});
