import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/runCli.js';

const ANA = 'fixtures/resumes/ana-beltran.json';
const MARCO = 'fixtures/resumes/marco-internal-it.json';
const AS_OF = ['--as-of', '2026-11-01'];
const ONE_LINE = JSON.stringify(JSON.parse(readFileSync(join(ROOT, ANA), 'utf8')));
const tempDir = () => mkdtempSync(join(tmpdir(), 'tpm-output-'));
const shell = (script: string, input = '') => spawnSync('bash', ['-c', script], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
const node = `"${process.execPath}" "${BIN}"`;
const hasDevFull = existsSync('/dev/full');

/** Waits (bounded by the test's timeout) until `ready()` holds, polling. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('--output onto what is not a regular file', () => {
  it('writes through a symlink: the link stays, its target gets the report', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.md'), 'old\n');
    symlinkSync('target.md', join(dir, 'link.md'));
    const r = runCli(['assess', ANA, ...AS_OF, '--format', 'markdown', '--output', join(dir, 'link.md')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('target.md');
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toMatch(/^# Gap report: Ana Beltrán/);
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'target.md']);
  });

  it('writes through a FIFO to its reader, and leaves it a FIFO', () => {
    const dir = tempDir();
    const fifo = join(dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = shell(`cat "${fifo}" > "${dir}/got" & ${node} assess ${ANA} --as-of 2026-11-01 --format json --output "${fifo}"; code=$?; wait; exit $code`);
    expect(r.status).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'got'), 'utf8')).candidate.name).toBe('Ana Beltrán');
  });

  it('writes through /dev/null and /dev/stdout, which stay what they are', () => {
    const r = runCli(['batch', ANA, ...AS_OF, '--output', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    // Through a pipe, as in CI (spawnSync's own stdout is a socket, which cannot be opened by name).
    const toStdout = shell(`${node} assess ${ANA} --as-of 2026-11-01 --format json --output /dev/stdout | cat`);
    expect(toStdout.status).toBe(0);
    expect(JSON.parse(toStdout.stdout).candidate.name).toBe('Ana Beltrán');
    expect(lstatSync('/dev/stdout').isFile()).toBe(false);
  });

  it.each(['assess', 'batch'])('%s: writing to --output /dev/full fails with exit 2 and one line', (command) => {
    if (!hasDevFull) return;
    const r = runCli([command, ANA, ...AS_OF, '--output', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tpm-assess: cannot write output file \/dev\/full: no space left on the device/m);
  });
});

describe('a report that cannot be written to stdout', () => {
  it.each([
    ['assess', `assess ${ANA} --as-of 2026-11-01`],
    ['batch', `batch ${ANA} --as-of 2026-11-01`],
    ['rubrics schema', 'rubrics schema'],
  ])('%s > /dev/full exits 2 with one line saying so', (_name, args) => {
    if (!hasDevFull) return;
    const r = shell(`${node} ${args} > /dev/full`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tpm-assess: cannot write the report to stdout: no space left on the device\n');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['assess --format json', `assess ${ANA} --format json --as-of 2026-11-01`],
    ['assess', `assess ${ANA} --as-of 2026-11-01`],
  ])('%s > /dev/full 2> /dev/full still exits 2, with nothing thrown', (_name, args) => {
    if (!hasDevFull) return;
    // The line saying so cannot be written either; the run must still end with the code.
    const r = shell(`${node} ${args} > /dev/full 2> /dev/full; echo "exit $?"`);
    expect(r.stdout).toBe('exit 2\n');
  });

  it('batch 2>&1 | head -1 stops quietly with exit 0, stderr gone too', () => {
    const many = (ONE_LINE + '\n').repeat(400);
    const r = shell(`${node} batch --as-of 2026-11-01 2>&1 | head -1; exit \${PIPESTATUS[0]}`, many);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).record.index).toBe(0);
  });
});

describe('batch --output streams', () => {
  it('writes records to a temporary file in the target folder as they are scored, then renames it', async () => {
    const dir = tempDir();
    const target = join(dir, 'scores.ndjson');
    const child = spawn(process.execPath, [BIN, 'batch', ...AS_OF, '--output', target], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // 200 records in, stdin left open: had batch kept every result, the file would stay empty.
    child.stdin.write((ONE_LINE + '\n').repeat(200));
    const temp = () => readdirSync(dir).find((f) => /^\.scores\.ndjson\.\d+\.\d+\.tmp$/.test(f));
    await until(() => {
      const t = temp();
      return t !== undefined && readFileSync(join(dir, t), 'utf8').split('\n').length > 100;
    });
    expect(existsSync(target)).toBe(false);
    child.stdin.end(ONE_LINE + '\n');
    expect(await exited).toBe(0);
    expect(readdirSync(dir)).toEqual(['scores.ndjson']);
    expect(readFileSync(target, 'utf8').trim().split('\n')).toHaveLength(201);
  }, 60_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('on %s removes the temporary file, says how far it got, and ends by the signal (a shell reports %i)', async (signal, _code) => {
    const dir = tempDir();
    const target = join(dir, 'scores.ndjson');
    writeFileSync(target, 'previous\n');
    const child = spawn(process.execPath, [BIN, 'batch', ...AS_OF, '--output', target], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, sig) => resolve(sig)));
    child.stdin.write((ONE_LINE + '\n').repeat(50));
    await until(() => readdirSync(dir).some((f) => f.endsWith('.tmp') && statSync(join(dir, f)).size > 0));
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(readdirSync(dir)).toEqual(['scores.ndjson']);
    expect(readFileSync(target, 'utf8')).toBe('previous\n');
    expect(stderr).toMatch(new RegExp(`^tpm-assess batch: stopped by ${signal} after (\\d+) records read: \\1 scored, 0 unreadable; .*scores\\.ndjson was not written$`, 'm'));
  }, 60_000);
});

describe('--min-score says who is below, and by how much', () => {
  it('assess: one line on stderr, exit 1', () => {
    const r = runCli(['assess', MARCO, ...AS_OF, '--format', 'json', '--min-score', '99']);
    expect(r.code).toBe(1);
    const score = JSON.parse(r.stdout).score as number;
    expect(r.stderr).toBe(`tpm-assess: Marco Ruiz scores ${Math.round(score * 100) / 100} against tpm, ${Math.round((99 - score) * 100) / 100} below --min-score 99\n`);
  });

  it('batch: one line per candidate below, naming the record, then the summary', () => {
    const input = [readFileSync(join(ROOT, ANA), 'utf8'), readFileSync(join(ROOT, MARCO), 'utf8')].map((t) => JSON.stringify(JSON.parse(t))).join('\n');
    const r = runCli(['batch', ...AS_OF, '--min-score', '99'], { input });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^tpm-assess: <stdin>:2 \(record 1\): Marco Ruiz scores [\d.]+ against tpm, [\d.]+ below --min-score 99$/);
    expect(lines[1]).toBe('tpm-assess batch: 2 records read: 2 scored (1 below the gate, --min-score 99), 0 unreadable');
  });
});
