import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/runCli.js';

// The bin tries the lean path of a plain `assess` (dist/fast.cjs) before the whole CLI
// (dist/main.js). Both are built code; these tests run each on the same arguments, in a node
// process of its own, and hold them to the same bytes, messages and exit codes, and the lean
// path to declining what it does not handle.

interface Outcome {
  /** null: the lean path declined (and must then have written nothing). */
  code: number | null;
  stdout: string;
  stderr: string;
}

const dist = (file: string) => pathToFileURL(join(ROOT, 'dist', file)).href;

/**
 * Runs each argv through fastAssess() or main() of the built bundle, in one node process with
 * captured streams (no terminal, no colour variables).
 */
function inProcess(entry: 'fast' | 'main', argvs: string[][], env: Record<string, string> = {}): Outcome[] {
  const script = `
    const { ${entry === 'fast' ? 'fastAssess: run' : 'main: run'} } = await import(${JSON.stringify(dist(entry === 'fast' ? 'fast.cjs' : 'main.js'))});
    const argvs = JSON.parse(process.argv[1]);
    const results = [];
    for (const argv of argvs) {
      const out = { stdout: '', stderr: '' };
      const stream = (key) => ({ write: (s) => ((out[key] += s), true), on() { return this; }, off() { return this; }, once() { return this; }, writableLength: 0, isTTY: false });
      const io = { stdin: process.stdin, stdout: stream('stdout'), stderr: stream('stderr'), env: JSON.parse(process.argv[2]), now: () => new Date('2026-11-01T12:00:00Z') };
      const code = await run(argv, io);
      results.push({ code, ...out });
    }
    process.stdout.write(JSON.stringify(results));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(argvs), JSON.stringify(env)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 120_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Outcome[];
}

const files = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}/${f}`);

const ANA = 'fixtures/resumes/ana-beltran.json';
const AS_OF = ['--as-of', '2026-11-01'];

describe('the lean assess path', () => {
  const resumes = [...files('fixtures/resumes'), ...files('fixtures/jsonresume/samples'), ...files('fixtures/pm-labelled'), ...files('fixtures/published')];

  it('prints the same bytes, warnings and exit code as the whole CLI, for every résumé in fixtures/ and each format', () => {
    const argvs = [
      ...resumes.map((f) => ['assess', f, '--format', 'json', ...AS_OF]),
      ...resumes.slice(0, 60).flatMap((f) => [
        ['assess', f, '--format', 'markdown', ...AS_OF],
        ['assess', f, ...AS_OF, '--no-color'],
        ['assess', '--rubric', 'all', f, '--format', 'json', ...AS_OF],
      ]),
      ['assess', ANA, '--rubric', 'tpm-ladder', '--format', 'markdown', ...AS_OF],
      ['assess', ANA, '--rubric', 'infra-tpm', '--rubric', 'tpm', '--rubric', 'infra-tpm', ...AS_OF],
      ['assess', ANA, '--rubric', 'tpm-senior', '--format', 'json', ...AS_OF],
      // No --as-of: today, from the clock the io gives.
      ['assess', ANA, '--format', 'json'],
    ];
    const lean = inProcess('fast', argvs);
    const full = inProcess('main', argvs);
    const handled = lean.filter((o) => o.code !== null).length;
    // Most of the corpus is plain JSON Resume, which the lean path is for.
    expect(handled).toBeGreaterThan(argvs.length * 0.8);
    const differences = argvs.flatMap((argv, i) => {
      const l = lean[i]!;
      if (l.code === null) return l.stdout || l.stderr ? [`${argv.join(' ')}: declined after writing`] : [];
      return l.code === full[i]!.code && l.stdout === full[i]!.stdout && l.stderr === full[i]!.stderr ? [] : [argv.join(' ')];
    });
    expect(differences).toEqual([]);
    // Warnings about the résumé's own values are the lean path's to print too.
    expect(lean.some((o) => o.code === 0 && o.stderr.includes('warning:'))).toBe(true);
  });

  it('declines, having written nothing, whatever it does not handle; the bin then prints what the whole CLI prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-lean-'));
    const write = (name: string, text: string | Buffer) => (writeFileSync(join(dir, name), text), join(dir, name));
    const relaxed = write('relaxed.json', '{"basics": {"name": "A"}, "work": [],}');
    const broken = write('broken.json', '{"basics": {"name": "A"');
    const misfit = write('misfit.json', '{"basics": {"name": ["A", "B"]}, "work": [{"position": "Project Manager", "startDate": "2019-01"}]}');
    const extra = write('extra.json', '{"basics": {"name": "A"}, "x-note": 1}');
    const answers = write('answers.json', JSON.stringify({ tpmAssessAnswers: 1, answers: { pmYears: 5 } }));
    const latin1 = write('latin1.json', Buffer.from('{"basics": {"name": "Jos\xe9"}}', 'latin1'));
    const empty = write('empty.json', '');
    const cases: string[][] = [
      ['assess', '--help'],
      ['assess'],
      ['assess', ANA, '--format', 'html', ...AS_OF],
      ['assess', ANA, '--format=json', ...AS_OF],
      ['assess', ANA, '--format', 'json', '--format', 'markdown', ...AS_OF],
      ['assess', ANA, '--format', 'yaml', ...AS_OF],
      ['assess', ANA, '--rubric', 'nope', ...AS_OF],
      ['assess', ANA, '--rubric', 'rubrics/tpm.yaml', ...AS_OF],
      ['assess', ANA, '--min-score', '90', ...AS_OF],
      ['assess', ANA, '--assume', 'pmp', ...AS_OF],
      ['assess', ANA, '--redact', ...AS_OF],
      ['assess', ANA, '--as-of', '2026-13-01'],
      ['assess', ANA, '--debug', ...AS_OF],
      ['assess', ANA, 'fixtures/resumes/marco-internal-it.json', ...AS_OF],
      ['assess', 'fixtures/no-such-file.json', ...AS_OF],
      ['assess', 'fixtures/linkedin/full', ...AS_OF],
      ['assess', 'fixtures', ...AS_OF],
      ...[relaxed, broken, misfit, extra, answers, latin1, empty].map((f) => ['assess', f, '--format', 'json', ...AS_OF]),
      ['assess', '-', ...AS_OF],
      ['batch', ...AS_OF],
    ];
    const lean = inProcess('fast', cases);
    expect(cases.filter((_, i) => lean[i]!.code !== null || lean[i]!.stdout !== '' || lean[i]!.stderr !== '').map((c) => c.join(' '))).toEqual([]);

    const full = (argv: string[]) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(dist('main.js'))}); process.exitCode = await main(JSON.parse(process.argv[1]), process);`, JSON.stringify(argv)], {
        cwd: ROOT,
        encoding: 'utf8',
        input: '',
      });
    const mismatched = cases.filter((argv) => {
      const viaBin = runCli(argv);
      const viaMain = full(argv);
      return viaBin.code !== viaMain.status || viaBin.stdout !== viaMain.stdout || viaBin.stderr !== viaMain.stderr;
    });
    expect(mismatched.map((c) => c.join(' '))).toEqual([]);
  }, 90_000); // about forty runs of the binary, each twice: slow on a loaded machine

  it('takes colour to the whole CLI: a terminal report with FORCE_COLOR is declined, and the bin colours it as before', () => {
    const argv = ['assess', ANA, ...AS_OF];
    expect(inProcess('fast', [argv], { FORCE_COLOR: '1' })[0]).toEqual({ code: null, stdout: '', stderr: '' });
    const [viaMain] = inProcess('main', [argv], { FORCE_COLOR: '1' });
    const viaBin = runCli(argv, { env: { FORCE_COLOR: '1' } });
    expect(viaBin.stdout).toContain('\u001b[');
    expect({ code: viaBin.code, stdout: viaBin.stdout, stderr: viaBin.stderr }).toEqual(viaMain);
  });

  it('through the bin: the lean output is the whole CLI output, byte for byte', () => {
    for (const format of ['json', 'markdown', 'terminal']) {
      const argv = ['assess', ANA, '--format', format, ...AS_OF];
      const [viaMain] = inProcess('main', [argv]);
      const viaBin = runCli(argv);
      expect({ code: viaBin.code, stdout: viaBin.stdout, stderr: viaBin.stderr }).toEqual(viaMain);
    }
  });
});
