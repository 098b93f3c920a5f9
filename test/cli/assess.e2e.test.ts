import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/engine/assessment.js';
import { spawnSync } from 'node:child_process';
import { BIN, CORPUS, ROOT, runCli } from '../support/runCli.js';

const ANA = 'fixtures/resumes/ana-beltran.json';
const MARCO = 'fixtures/resumes/marco-internal-it.json';
const ESC = '\u001b[';

describe('tpm-assess assess (the built binary)', () => {
  it('prints a terminal gap report for a résumé file and exits 0', () => {
    const r = runCli(['assess', ANA, '--as-of', '2026-11-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ana Beltrán — Technical Project Manager');
    expect(r.stdout).toMatch(/Score 100\.0 \/ 100 .* READY/);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe('');
  });

  it('prints exactly one JSON object with the interface fields, which validates against the report schema', () => {
    const r = runCli(['assess', MARCO, '--as-of', '2026-11-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(assessmentSchema.parse(report)).toBeTruthy();
    expect(report).toMatchObject({ schemaVersion: 1, rubric: { id: 'tpm', version: '1' }, candidate: { name: 'Marco Ruiz' }, asOf: '2026-11-01', passScore: 70 });
    expect(report.criteria.map((c: { id: string }) => c.id)).toContain('pm-experience');
  });

  it('reads the résumé from stdin with -', () => {
    const r = runCli(['assess', '-', '--as-of', '2026-11-01', '--format', 'json'], { input: readFileSync(ANA, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).candidate.name).toBe('Ana Beltrán');
  });

  it('scores piped data when run with no command', () => {
    const r = runCli(['--format', 'json', '--as-of', '2026-11-01'], { input: readFileSync(ANA, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).score).toBe(100);
  });

  it('counts open-ended jobs to --as-of', () => {
    const years = (asOf: string) => JSON.parse(runCli(['assess', ANA, '--as-of', asOf, '--format', 'json']).stdout).criteria.find((c: { id: string }) => c.id === 'pm-experience').actual;
    expect(years('2026-11-01')).toBe(10);
    expect(years('2018-11-01')).toBe(2);
  });

  describe('the CI gate --min-score', () => {
    it('exits 1 when the score is below it', () => {
      expect(runCli(['assess', MARCO, '--as-of', '2026-11-01', '--min-score', '99', '--format', 'json']).code).toBe(1);
    });
    it('exits 0 when the score reaches it', () => {
      expect(runCli(['assess', ANA, '--as-of', '2026-11-01', '--min-score', '100', '--format', 'json']).code).toBe(0);
    });
  });

  describe('colour', () => {
    it('is off when stdout is not a terminal, and on with FORCE_COLOR', () => {
      expect(runCli(['assess', ANA, '--as-of', '2026-11-01']).stdout).not.toContain(ESC);
      expect(runCli(['assess', ANA, '--as-of', '2026-11-01'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    });
    it('is off with --no-color even when forced', () => {
      expect(runCli(['assess', ANA, '--as-of', '2026-11-01', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    });
  });

  describe('--output', () => {
    it('writes the markdown report to a file, creating missing folders, and prints nothing', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-'));
      const target = join(dir, 'reports', 'nested', 'ana.md');
      const r = runCli(['assess', ANA, '--as-of', '2026-11-01', '--format', 'markdown', '--output', target]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(target, 'utf8')).toMatch(/^# Gap report: Ana Beltrán — Technical Project Manager/);
      expect(readdirSync(join(dir, 'reports', 'nested'))).toEqual(['ana.md']);
    });

    it('leaves an existing file untouched when the input is bad', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-'));
      const target = join(dir, 'report.md');
      writeFileSync(target, 'previous report\n');
      const r = runCli(['assess', '-', '--output', target], { input: '{"work": 5}' });
      expect(r.code).toBe(2);
      expect(readFileSync(target, 'utf8')).toBe('previous report\n');
      expect(readdirSync(dir)).toEqual(['report.md']);
    });
  });

  describe('role fit with several rubrics', () => {
    it('ranks the roles by score in JSON, with the assessments behind them', () => {
      const r = runCli(['assess', ANA, '--as-of', '2026-11-01', '--format', 'json', '--rubric', 'tpm', '--rubric', 'tpm-entry']);
      expect(r.code).toBe(0);
      const fit = JSON.parse(r.stdout);
      expect(fit.ranking.map((x: { rubric: string }) => x.rubric).sort()).toEqual(['tpm', 'tpm-entry']);
      const scores = fit.ranking.map((x: { score: number }) => x.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
      expect(fit.assessments).toHaveLength(2);
    });

    it('names the closest role first in the terminal', () => {
      const r = runCli(['assess', MARCO, '--as-of', '2026-11-01', '--rubric', 'all']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Closest role: [a-z-]+, \d+\.\d; next: [a-z-]+, \d+\.\d/);
    });
  });

  it('re-scores a what-if with --assume, and says it is one', () => {
    const lin = 'fixtures/resumes/lin-new-grad.json';
    const base = JSON.parse(runCli(['assess', lin, '--as-of', '2026-11-01', '--format', 'json']).stdout);
    const whatIf = JSON.parse(runCli(['assess', lin, '--as-of', '2026-11-01', '--format', 'json', '--assume', 'pmp']).stdout);
    expect(whatIf.score).toBeGreaterThan(base.score);
    expect(whatIf.assumptions).toEqual(['pmi-pmp']);
  });
});

describe('bad input: one clear line on stderr, exit 2, no stack trace', () => {
  const cases: [string, string[], string | undefined, RegExp][] = [
    ['a missing file', ['assess', 'no/such/resume.json'], undefined, /cannot read résumé no\/such\/resume\.json: no such file/],
    ['a directory', ['assess', 'fixtures'], undefined, /not a LinkedIn export: no Positions\.csv or Profile\.csv in fixtures .*or give a résumé file/],
    ['invalid JSON', ['assess', join(CORPUS, 'malformed/resume-cli.resume_bad.json')], undefined, /resume_bad\.json:1:2: invalid JSON: unexpected "\[", expected a property name in double quotes/],
    ['an object that is no résumé', ['assess', '-'], '{"experience": []}', /<stdin>: is not a résumé: no JSON Resume section that can be read \(basics, work, .*\); it has "experience"/],
    ['a list where a résumé belongs', ['assess', '-'], '[]', /expected a JSON Resume object, got a list \(to score a list of résumés use `tpm-assess batch`\)/],
    ['an unknown rubric id', ['assess', 'fixtures/resumes/ana-beltran.json', '--rubric', 'tmp'], undefined, /unknown rubric "tmp" \(did you mean tpm\?/],
    ['an invalid --as-of date', ['assess', 'fixtures/resumes/ana-beltran.json', '--as-of', '2026-02-30'], undefined, /"2026-02-30" is not a date like 2026-11-01/],
    ['an unknown --format', ['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'pdf'], undefined, /argument 'pdf' is invalid\. Allowed choices are terminal, json, markdown, html/],
    ['an out-of-range --min-score', ['assess', 'fixtures/resumes/ana-beltran.json', '--min-score', '101'], undefined, /"101" is not a score from 0 to 100/],
    ['an unknown option', ['assess', 'fixtures/resumes/ana-beltran.json', '--rubrik', 'tpm'], undefined, /unknown option '--rubrik'/],
    ['empty stdin', ['assess', '-'], '', /no résumé on stdin/],
    ['an unknown --assume', ['assess', 'fixtures/resumes/ana-beltran.json', '--assume', 'wizardry'], undefined, /--assume wizardry: not a known credential, term or degree \(use/],
    ['a mistyped --assume, with the nearest name', ['assess', 'fixtures/resumes/ana-beltran.json', '--assume', 'pnp'], undefined, /--assume pnp: not a known credential, term or degree \(did you mean pmp\?\)/],
  ];
  it.each(cases)('%s', (_name, args, input, message) => {
    const r = runCli(args, input === undefined ? {} : { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stdout).toBe('');
  });

  it('prints help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: tpm-assess');
  });
});

describe('writing the report', () => {
  it('refuses --output that is a directory, or whose folder is a file, with exit 2 and a clear line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-'));
    const asDir = runCli(['assess', ANA, '--output', dir]);
    expect(asDir.code).toBe(2);
    expect(asDir.stderr).toBe(`tpm-assess: cannot write ${dir}: it is a directory (give a file path, such as ${join(dir, 'report.md')})\n`);
    const throughFile = runCli(['assess', ANA, '--output', `${ANA}/report.md`]);
    expect(throughFile.code).toBe(2);
    expect(throughFile.stderr).toContain('a part of the path is a file, not a folder');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops quietly when the reader goes away (| head -1)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" assess ${ANA} --rubric all --format json --as-of 2026-11-01 | head -1`], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('');
  });

  it('gives the same bytes under another time zone and locale', () => {
    const args = ['assess', MARCO, '--as-of', '2026-11-01', '--format', 'json', '--rubric', 'all'];
    expect(runCli(args, { env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } }).stdout).toBe(runCli(args, { env: { TZ: 'America/Adak', LANG: 'C' } }).stdout);
  });
});

describe('interview answers and terminals', () => {
  it('refuses the interview without a terminal on stdin', () => {
    const r = runCli(['interview'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tpm-assess: interview needs a terminal (to score a résumé from a pipe, use tpm-assess assess -)\n');
  });

  it('scores an answers file saved by interview --save, like a résumé', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tpm-assess-')), 'answers.json');
    writeFileSync(file, JSON.stringify({ tpmAssessAnswers: 1, answers: { name: 'Rosa Díaz', degreeLevel: 'bachelor', degreeField: 'computer-science', pmYears: 6, pmCurrent: true, credentials: [] } }));
    const r = runCli(['assess', file, '--as-of', '2026-11-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.candidate.name).toBe('Rosa Díaz');
    expect(report.criteria.find((c: { id: string }) => c.id === 'pm-experience')).toMatchObject({ status: 'met', actual: 6, evidence: [{ path: '/answers/pmYears' }] });
    expect(report.criteria.find((c: { id: string }) => c.id === 'pmp').status).toBe('missing');
  });
});
