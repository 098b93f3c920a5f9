import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/engine/assessment.js';
import { BIN, CORPUS, runCli } from '../support/runCli.js';

const FIXTURES = readdirSync('fixtures/resumes').sort().map((f) => JSON.parse(readFileSync(`fixtures/resumes/${f}`, 'utf8')) as Record<string, unknown>);
const ndjson = (docs: readonly unknown[]) => docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
/** A batch output line as the tests read it: each test reads the fields its lines have. */
interface Line {
  record: { index: number; line: number | null; source: string };
  error: { message: string; path: string | null };
  candidate: { name: string };
  score: number;
  ranking: { rubric: string }[];
}
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
const AS_OF = ['--as-of', '2026-11-01'];

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tpm-batch-')), name);
  writeFileSync(file, text);
  return file;
}

describe('tpm-assess batch', () => {
  it('scores NDJSON from stdin: one JSON line per record, in order, each with its record and a valid report', () => {
    const r = runCli(['batch', ...AS_OF], { input: ndjson(FIXTURES) });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.candidate.name)).toEqual(FIXTURES.map((f) => (f.basics as { name: string }).name));
    expect(out.map((o) => o.record)).toEqual(FIXTURES.map((_, i) => ({ index: i, line: i + 1, source: '<stdin>' })));
    for (const { record: _record, ...report } of out) expect(assessmentSchema.safeParse(report).error).toBeUndefined();
    expect(r.stderr.split('\n')[0]).toBe(`tpm-assess batch: ${FIXTURES.length} records read: ${FIXTURES.length} scored, 0 unreadable`);
    expect(r.stderr).toMatch(/^ {2}scores: min [\d.]+, quartiles [\d.]+ \/ [\d.]+ \/ [\d.]+, max [\d.]+$/m);
    expect(r.stderr).toMatch(/^ {2}pass rate: \d+% \(\d+ of \d+ reach their rubric's pass score\)$/m);
  });

  it('prints a bad record as an error at its place, scores the others, and exits 2', () => {
    const input = [JSON.stringify(FIXTURES[0]), '', '{"experience": [{"startDate": "2019-19"}]}', '{not json', JSON.stringify(FIXTURES[1])].join('\n');
    const r = runCli(['batch', ...AS_OF], { input });
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((o) => o.record.line)).toEqual([1, 3, 4, 5]);
    expect(out[1]).toEqual({ record: { index: 1, line: 3, source: '<stdin>' }, error: expect.objectContaining({ message: expect.stringContaining('is not a résumé: no JSON Resume section') }) });
    expect(out[2]!.error.message).toMatch(/^invalid JSON: .*\(line 4, column 2\)/);
    expect(out[3]!.candidate.name).toBe((FIXTURES[1]!.basics as { name: string }).name);
    expect(r.stderr).toContain('4 records read: 2 scored, 2 unreadable');
  });

  it('keeps going after a bad first line', () => {
    const r = runCli(['batch', ...AS_OF], { input: ['{oops', JSON.stringify(FIXTURES[0])].join('\n') });
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((o) => (o.error ? 'error' : o.candidate.name))).toEqual(['error', 'Ana Beltrán']);
  });

  it('is a gate: exit 1 when a candidate is below --min-score, counted in the summary', () => {
    const r = runCli(['batch', ...AS_OF, '--min-score', '90'], { input: ndjson(FIXTURES) });
    expect(r.code).toBe(1);
    const below = lines(r.stdout).filter((o) => o.score < 90).length;
    expect(below).toBeGreaterThan(0);
    // Below the gate is a part of scored, not a third kind of record.
    expect(r.stderr).toContain(`${FIXTURES.length} records read: ${FIXTURES.length} scored (${below} below the gate, --min-score 90), 0 unreadable`);
    expect(r.stderr).toContain(`pass rate: ${Math.round(((FIXTURES.length - below) / FIXTURES.length) * 100)}% (${FIXTURES.length - below} of ${FIXTURES.length} reach --min-score 90)`);
  });

  it('reads a JSON array, giving the line each element starts on', () => {
    const file = tempFile('candidates.json', JSON.stringify(FIXTURES, null, 2));
    const r = runCli(['batch', file, ...AS_OF]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(FIXTURES.length);
    expect(out[0]!.record).toEqual({ index: 0, line: 2, source: file });
    const text = readFileSync(file, 'utf8').split('\n');
    for (const o of out) expect(text[o.record.line! - 1]).toBe('  {');
  });

  it('reads several files, pretty-printed documents included, and numbers records across them', () => {
    const r = runCli(['batch', 'fixtures/resumes/ana-beltran.json', join(CORPUS, 'sample.json'), 'no/such.ndjson', ...AS_OF]);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.record.index, o.record.source, o.record.line])).toEqual([
      [0, 'fixtures/resumes/ana-beltran.json', 1],
      [1, join(CORPUS, 'sample.json'), 1],
      [2, 'no/such.ndjson', null],
    ]);
    expect(out[2]!.error.message).toMatch(/cannot read input no\/such\.ndjson: no such file/);
  });

  it('ranks roles per record with several rubrics', () => {
    const r = runCli(['batch', ...AS_OF, '--rubric', 'tpm', '--rubric', 'tpm-senior'], { input: ndjson(FIXTURES.slice(0, 1)) });
    const [first] = lines(r.stdout);
    expect(first!.record.index).toBe(0);
    expect(first!.ranking.map((x: { rubric: string }) => x.rubric).sort()).toEqual(['tpm', 'tpm-senior']);
  });

  it('writes the whole output to --output and nothing to stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tpm-batch-')), 'results', 'scores.ndjson');
    const r = runCli(['batch', ...AS_OF, '--output', out], { input: ndjson(FIXTURES) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(FIXTURES.length);
  });

  it('gives byte-identical output for the same input and --as-of', () => {
    const input = ndjson(FIXTURES);
    expect(runCli(['batch', ...AS_OF], { input }).stdout).toBe(runCli(['batch', ...AS_OF], { input }).stdout);
  });

  it('stops quietly when the reader goes away (| head -1), without a stack trace', () => {
    const many = ndjson(Array.from({ length: 3000 }, (_, i) => FIXTURES[i % FIXTURES.length]));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" batch --as-of 2026-11-01 | head -1`], { input: many, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).record.index).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('scores thousands of records streamed through stdin', () => {
    const docs = Array.from({ length: 2000 }, (_, i) => ({ ...FIXTURES[i % FIXTURES.length], basics: { name: `Candidate ${i}` } }));
    const r = runCli(['batch', ...AS_OF], { input: ndjson(docs) });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(2000);
    expect(out[1999]!.candidate.name).toBe('Candidate 1999');
  });
});

describe('batch: inputs that cannot be read', () => {
  it('reports a folder that is not a LinkedIn export as one bad record, says how to name résumés, and goes on with the next input', () => {
    const r = runCli(['batch', 'fixtures', 'fixtures/resumes/ana-beltran.json', ...AS_OF]);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out[0]).toEqual({ record: { index: 0, line: null, source: 'fixtures' }, error: expect.objectContaining({ message: expect.stringMatching(/not a LinkedIn export: no Positions\.csv or Profile\.csv in fixtures; .*name its files/) }) });
    expect(out[1]!.candidate.name).toBe('Ana Beltrán');
  });

  it('fails an empty input, so that a CI gate fed nothing does not pass', () => {
    const r = runCli(['batch', ...AS_OF], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('0 records read');
    expect(r.stderr).toContain('tpm-assess: no records in stdin');
  });

  it('refuses stdin named twice', () => {
    const r = runCli(['batch', '-', '-'], { input: ndjson(FIXTURES) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stdin (-) is named more than once');
  });

  it('reads a pretty-printed document followed by NDJSON lines, one record each', () => {
    const input = [JSON.stringify(FIXTURES[0], null, 2), JSON.stringify(FIXTURES[1]), '{"work": [}', JSON.stringify(FIXTURES[2])].join('\n');
    const r = runCli(['batch', ...AS_OF], { input });
    const out = lines(r.stdout);
    const firstLines = JSON.stringify(FIXTURES[0], null, 2).split('\n').length;
    expect(out.map((o) => [o.record.line, o.error ? 'error' : o.candidate.name])).toEqual([
      [1, (FIXTURES[0]!.basics as { name: string }).name],
      [firstLines + 1, (FIXTURES[1]!.basics as { name: string }).name],
      [firstLines + 2, 'error'],
      [firstLines + 3, (FIXTURES[2]!.basics as { name: string }).name],
    ]);
    expect(r.code).toBe(2);
  });

  it('carries each record\'s warnings on its line', () => {
    const r = runCli(['batch', ...AS_OF], { input: JSON.stringify({ basics: { name: 'W' }, work: [{ position: 'PM', startDate: '2019', endDate: '2018' }] }) + '\n' });
    const [line] = lines(r.stdout) as unknown as { warnings: { code: string; path: string }[] }[];
    expect(line!.warnings).toEqual([{ message: expect.stringContaining('ends (2018) before it starts (2019)'), path: 'work[0]', code: 'resume-end-before-start' }]);
  });

  it('heads each report with its record in the terminal format', () => {
    const r = runCli(['batch', ...AS_OF, '--format', 'terminal'], { input: ndjson(FIXTURES.slice(0, 2)) });
    expect(r.stdout.match(/^── record \d+: <stdin>:\d+$/gm)).toEqual(['── record 0: <stdin>:1', '── record 1: <stdin>:2']);
  });
});
