import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/runCli.js';

// Issue 8, through the built binary as a user meets it: endless, binary and mis-encoded input
// get exit 2 and a sentence, never a stack trace or a hang; signals end a batch with 128+n and a
// summary of how far it got.
const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-hostile-'));
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|RangeError|unexpected error/);
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001A\u001C-\u001F\u007F]/;

describe('hostile input through the binary', () => {
  it('batch /dev/zero: binary data, exit 2, a sentence, no stack trace', () => {
    const r = runCli(['batch', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ error: { code: 'input-binary', message: expect.stringMatching(/^this is binary data, not JSON/) } });
    noStack(r.stderr);
  });

  it('an endless line on stdin is cut at a bound, exit 2, and the read stops (no hang)', () => {
    // `yes | tr -d '\n'` never ends: only a bounded reader returns.
    const r = spawnSync('sh', ['-c', `yes aaaaaaaaaaaaaaaa | tr -d '\\n' | "${process.execPath}" "${BIN}" batch -`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ error: { code: 'input-line-too-long', message: expect.stringMatching(/^a line of more than \d+ MB/) } });
    noStack(r.stderr);
  });

  it('a UTF-16 file: says so and how to fix it, exit 2, and no NUL byte reaches the terminal', () => {
    const file = join(dir, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(ROOT, 'fixtures/resumes/ana-beltran.json'), 'utf8'), 'utf16le')]));
    const r = runCli(['assess', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('this is UTF-16 text, and tpm-assess reads UTF-8');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    noStack(r.stderr);
  });

  it('invalid UTF-8 in a résumé is read, with a warning that says where', () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"basics": {"name": "Ren'), Buffer.from([0xe9]), Buffer.from('e Roux"}, "work": []}')]));
    const r = runCli(['assess', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/latin1\.json:1:\d+: invalid UTF-8 at byte 24/);
    expect(JSON.parse(r.stdout).candidate.name).toBe('Ren\uFFFDe Roux');
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s during a batch ends it by that signal and says how many records were done', async (signal) => {
    const child = spawn(process.execPath, [BIN, 'batch', '-', '--as-of', '2026-11-01'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // One record, then stdin stays open: the batch waits for more, as it would on a slow pipe.
    child.stdin.write(readFileSync(join(ROOT, 'fixtures/resumes/ana-beltran.json'), 'utf8').replace(/\s*\n\s*/g, ' ') + '\n');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (stdout.includes('\n')) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill(signal);
    // After cleaning up, batch re-raises the signal on itself, so that its parent sees the
    // interruption as for any command: a shell's $? is 128 + the signal's number.
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (c, s) => resolve({ code: c, signal: s })));
    expect(exit).toEqual({ code: null, signal });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`stopped by ${signal} after 1 record read`));
    noStack(stderr);
  });

  it('a shell sees 143 after SIGTERM, as for any interrupted command', () => {
    // A FIFO the shell holds open for writing: the batch waits on it, as on a slow pipe.
    const fifo = join(dir, 'records.fifo');
    const script = `mkfifo "${fifo}"; "${process.execPath}" "${BIN}" batch "${fifo}" 2>/dev/null & pid=$!; exec 3>"${fifo}"; sleep 1; kill -TERM $pid; wait $pid; echo "status $?"`;
    const r = spawnSync('sh', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toContain('status 143');
  });
});
