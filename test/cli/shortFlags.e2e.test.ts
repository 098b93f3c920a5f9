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

describe('--stdin-filename and --quiet', () => {
  const odd = JSON.stringify({ basics: { name: 'X' }, work: [{ position: 'Project Manager', startDate: 'Present' }] });

  it('--stdin-filename names piped input in warnings, errors and batch records', () => {
    expect(runCli(['assess', '-', ...AS_OF, '-f', 'json', '--stdin-filename', 'cand/x.json'], { input: odd }).stderr).toMatch(/^warning: cand\/x\.json: work\[0\]\.startDate/m);
    expect(runCli(['assess', '-', '--stdin-filename', 'cand/x.json'], { input: '{oops' }).stderr).toMatch(/cand\/x\.json:1:2/);
    const lines = runCli(['batch', ...AS_OF, '--stdin-filename', 'people.ndjson'], { input: `${odd}\n{oops\n` }).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.record.source)).toEqual(['people.ndjson', 'people.ndjson']);
    expect(runCli(['batch', ...AS_OF], { input: `${odd}\n` }).stdout).toContain('"source":"<stdin>"');
  });

  it('assess --quiet leaves warnings out of stderr, and the report as it was', () => {
    const loud = runCli(['assess', '-', ...AS_OF, '-f', 'json'], { input: odd });
    const quiet = runCli(['assess', '-', ...AS_OF, '-f', 'json', '--quiet'], { input: odd });
    expect(loud.stderr).toMatch(/^warning:/m);
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: loud.stdout });
    expect(runCli(['assess', '-', '--quiet'], { input: '{oops' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/invalid JSON/) });
  });
});

it('assess --quiet keeps the exit code of the gate and drops its line', () => {
  const below = runCli(['assess', LIN, ...AS_OF, '--min-score', '90']);
  const quiet = runCli(['assess', LIN, ...AS_OF, '--min-score', '90', '--quiet']);
  expect(below).toMatchObject({ code: 1, stderr: expect.stringMatching(/below --min-score 90/) });
  expect(quiet).toMatchObject({ code: 1, stderr: '' });
});
