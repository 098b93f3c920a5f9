import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

/** --top, --sort, --quiet and $GITHUB_STEP_SUMMARY, through the built binary. */
const AS_OF = ['--as-of', '2026-11-01'];
const fixture = (name: string) => JSON.parse(readFileSync(`fixtures/resumes/${name}.json`, 'utf8')) as { basics: Record<string, unknown> };
const candidate = (base: string, name: string) => {
  const f = fixture(base);
  return JSON.stringify({ ...f, basics: { ...f.basics, name } });
};
// Scores (tpm, 2026-11-01): ana 100, marco 77.5, lin 52.2.
const INPUT = [candidate('lin-new-grad', 'Zoe'), candidate('ana-beltran', 'Mia'), '{broken', candidate('marco-internal-it', 'Abe'), candidate('ana-beltran', 'Kai')].join('\n') + '\n';

interface Line {
  record: { index: number };
  candidate?: { name: string };
  score?: number;
  error?: unknown;
}
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
const who = (stdout: string) => lines(stdout).map((l) => l.candidate?.name ?? 'error');

describe('batch --top and --sort', () => {
  it('keeps input order by default', () => {
    expect(who(runCli(['batch', ...AS_OF], { input: INPUT }).stdout)).toEqual(['Zoe', 'Mia', 'error', 'Abe', 'Kai']);
  });

  it('--top n: the best n, best first (ties in input order), and the record that could not be scored', () => {
    const r = runCli(['batch', ...AS_OF, '--top', '3'], { input: INPUT });
    expect(r.code).toBe(2);
    expect(who(r.stdout)).toEqual(['Mia', 'Kai', 'Abe', 'error']);
  });

  it('--sort name and --sort input order everything; --sort score ranks it', () => {
    expect(who(runCli(['batch', ...AS_OF, '--sort', 'name'], { input: INPUT }).stdout)).toEqual(['Abe', 'Kai', 'Mia', 'Zoe', 'error']);
    expect(who(runCli(['batch', ...AS_OF, '--sort', 'input', '--top', '2'], { input: INPUT }).stdout)).toEqual(['Mia', 'error', 'Kai']);
    const scores = lines(runCli(['batch', ...AS_OF, '--sort', 'score'], { input: INPUT }).stdout).map((l) => l.score ?? null);
    expect(scores.slice(0, 4)).toEqual([...scores.slice(0, 4)].sort((a, b) => b! - a!));
    expect(scores[4]).toBeNull();
  });

  it('applies to csv rows and to the markdown shortlist', () => {
    const rows = parse(runCli(['batch', ...AS_OF, '--format', 'csv', '--top', '2', '--sort', 'name'], { input: INPUT }).stdout) as string[][];
    expect(rows.slice(1).map((r) => r[3] || 'error')).toEqual(['Kai', 'Mia', 'error']);
    const page = runCli(['batch', ...AS_OF, '--format', 'markdown', '--top', '2'], { input: INPUT }).stdout;
    expect(page).toContain('The best 2 of 4 are shown.');
    expect(page.split('\n').filter((l) => /^\| \d+ \|/.test(l)).map((l) => l.split(' | ')[1])).toEqual(['Mia', 'Kai']);
  });

  it('the summary still counts every record, whatever --top shows', () => {
    const r = runCli(['batch', ...AS_OF, '--top', '1'], { input: INPUT });
    expect(r.stderr).toContain('5 records read: 4 scored, 1 unreadable');
  });

  it.each([
    ['--top', '0'],
    ['--top', 'many'],
    ['--top', '1.5'],
    ['--sort', 'age'],
  ])('refuses %s %s as a usage error', (option, value) => {
    const r = runCli(['batch', ...AS_OF, option, value], { input: INPUT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`option '${option} <[a-z]+>' argument '${value}' is invalid`));
  });

  it('says in --help that --top and --sort read the whole input first, and which formats hold records', () => {
    const help = runCli(['batch', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--top <n> .*reads the whole input first/);
    expect(help).toMatch(/--sort <order> .*reads the whole input first/);
    expect(help).toContain('junit, markdown and html hold a little per record until the end');
  });
});

describe('batch --quiet', () => {
  it('prints nothing on stderr for a run that only has candidates below the gate, and keeps the exit code', () => {
    const r = runCli(['batch', ...AS_OF, '--quiet', '--min-score', '90'], { input: [candidate('lin-new-grad', 'Zoe'), candidate('ana-beltran', 'Mia')].join('\n') });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout)).toHaveLength(2);
    const loud = runCli(['batch', ...AS_OF, '--min-score', '90'], { input: [candidate('lin-new-grad', 'Zoe'), candidate('ana-beltran', 'Mia')].join('\n') });
    expect(loud.stderr).toContain('Zoe scores');
  });

  it('still says what is an error: no records at all', () => {
    const r = runCli(['batch', ...AS_OF, '--quiet'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tpm-assess: no records in stdin (expected NDJSON, a JSON array or JSON documents)\n');
  });
});

describe('batch --format github and $GITHUB_STEP_SUMMARY', () => {
  const tempDir = () => mkdtempSync(join(tmpdir(), 'tpm-step-'));

  it('appends the markdown shortlist to the file the variable names, after what the earlier steps wrote', () => {
    const summary = join(tempDir(), 'step_summary.md');
    writeFileSync(summary, '## Earlier step');
    const r = runCli(['batch', ...AS_OF, '--format', 'github', '--min-score', '70'], { input: INPUT, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => /^::(error|warning) /.test(l))).toBe(true);
    const page = readFileSync(summary, 'utf8');
    expect(page.startsWith('## Earlier step\n')).toBe(true);
    expect(page).toContain('\n# Shortlist: Technical Project Manager\n');
    expect(page).toContain('| 1 | Mia | 100.0 | READY |');
    expect(page).toMatch(/## Could not be scored\n\n- Record 2, `<stdin>:3`/);
    expect(page).toBe('## Earlier step\n' + runCli(['batch', ...AS_OF, '--format', 'markdown', '--min-score', '70'], { input: INPUT }).stdout);
  });

  it('writes no step summary for the other formats', () => {
    const summary = join(tempDir(), 'step_summary.md');
    writeFileSync(summary, '');
    runCli(['batch', ...AS_OF, '--format', 'csv'], { input: INPUT, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('fails the run (exit 2) when the step summary cannot be written, after the annotations', () => {
    const r = runCli(['batch', ...AS_OF, '--format', 'github', '--min-score', '90'], {
      input: candidate('lin-new-grad', 'Zoe'),
      env: { GITHUB_STEP_SUMMARY: join(tempDir(), 'no', 'such', 'folder', 'summary.md') },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error /);
    expect(r.stderr).toMatch(/cannot write the step summary \(\$GITHUB_STEP_SUMMARY\) .*summary\.md: no such file/);
  });
});
