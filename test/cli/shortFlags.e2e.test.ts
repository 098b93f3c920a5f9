import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';
import { VERSION } from '../../src/cli/version.js';

// Issue 18 and the interface: -r, -f, -o as ESLint users write them, and -v for the version.
const LIN = 'fixtures/resumes/lin-new-grad.json';
const AS_OF = ['--as-of', '2026-11-01'];
const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-flags-'));

describe('short flags', () => {
  it.each([
    [['-f', 'json'], ['--format', 'json']],
    [['-r', 'scrum-master', '-f', 'markdown'], ['--rubric', 'scrum-master', '--format', 'markdown']],
    [['-r', 'tpm', '-r', 'agile-pm'], ['--rubric', 'tpm', '--rubric', 'agile-pm']],
  ])('assess %j prints what %j prints', (short, long) => {
    const a = runCli(['assess', LIN, ...AS_OF, ...short]);
    const b = runCli(['assess', LIN, ...AS_OF, ...long]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(100);
  });

  it('-o writes the report to the file, as --output does', () => {
    const short = join(dir, 'short.md');
    const long = join(dir, 'long.md');
    expect(runCli(['assess', LIN, ...AS_OF, '-f', 'markdown', '-o', short]).code).toBe(0);
    expect(runCli(['assess', LIN, ...AS_OF, '--format', 'markdown', '--output', long]).code).toBe(0);
    expect(readFileSync(short, 'utf8')).toBe(readFileSync(long, 'utf8'));
    expect(readFileSync(short, 'utf8')).toMatch(/^# Gap report: Lin Okafor/);
  });

  it('batch takes them too', () => {
    const input = readFileSync(LIN, 'utf8').replace(/\s*\n\s*/g, ' ') + '\n';
    const a = runCli(['batch', ...AS_OF, '-f', 'csv', '-r', 'tpm'], { input });
    expect(a).toMatchObject({ code: 0, stdout: runCli(['batch', ...AS_OF, '--format', 'csv', '--rubric', 'tpm'], { input }).stdout });
    expect(a.stdout.split('\n')[0]).toMatch(/^source,line,index,name,rubric,score/);
  });

  it.each(['-v', '--version', '-V'])('%s prints the version', (flag) => {
    expect(runCli([flag])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
});

describe('did you mean', () => {
  it('names the nearest rubric id and the nearest --assume value', () => {
    expect(runCli(['assess', LIN, '-r', 'tmp']).stderr).toContain('did you mean tpm?');
    expect(runCli(['assess', LIN, '--assume', 'scrun']).stderr).toContain('did you mean scrum?');
  });

  it('stays quiet and cheap for a value nothing is near, however long', () => {
    const r = runCli(['assess', LIN, '--assume', 'x'.repeat(100_000)]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('did you mean');
  });
});
