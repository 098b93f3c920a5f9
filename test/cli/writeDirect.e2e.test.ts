import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeDirect } from '../../src/cli/writeDirect.js';
import { recordingModules } from '../support/loadedModules.js';
import { BIN, ROOT, runCli } from '../support/runCli.js';
import { scratchFile } from '../support/scratch.js';

// A lean assess writes its report with write(2) rather than through process.stdout
// (src/cli/writeDirect.ts). Every byte must go out once and in order whatever stdout is,
// including a non-blocking pipe that fills before the reader reads.
const TEXT = 'Ana Beltrán – PMP®, 12 years\n'.repeat(8000); // about 250 KB, multibyte characters

describe('writeDirect', () => {
  it('writes a text whole to a file', () => {
    const file = scratchFile('out.txt');
    const fd = openSync(file, 'w');
    expect(writeDirect(fd, TEXT)).toEqual({ done: true });
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
  });

  it('hands back what a full non-blocking pipe did not take, so that written and rest are the text', () => {
    const fifo = scratchFile('fifo');
    execFileSync('mkfifo', [fifo]);
    // Read and write ends in one: nothing reads it while the write runs, so it fills.
    const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    try {
      const result = writeDirect(fd, TEXT);
      expect(result.done).toBe(false);
      if (!('rest' in result)) throw new Error('expected the rest back');
      const taken: Buffer[] = [];
      const chunk = Buffer.alloc(1 << 16);
      for (;;) {
        let n = 0;
        try {
          n = readSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
          throw error;
        }
        if (n === 0) break;
        taken.push(Buffer.from(chunk.subarray(0, n)));
      }
      expect(Buffer.concat(taken).length).toBeGreaterThan(0);
      expect(Buffer.concat([...taken, result.rest]).toString('utf8')).toBe(TEXT);
    } finally {
      closeSync(fd);
    }
  });

  it('hands back any other error as it is', () => {
    // A descriptor far above any this process has open.
    const result = writeDirect(1_000_000, 'x');
    expect(result.done).toBe(false);
    expect('error' in result && result.error.code).toBe('EBADF');
  });
});

// Python sets O_NONBLOCK and a 4 KB pipe size (fcntl.F_SETPIPE_SZ, Python 3.10 and later), which
// a shell cannot; CI installs python3 (.ci/run).
const python = spawnSync('python3', ['-c', 'import fcntl; fcntl.F_SETPIPE_SZ'], { encoding: 'utf8' });

describe('a lean assess behind a small non-blocking pipe and a slow reader (the built binary)', () => {
  it.runIf(python.status === 0)('writes the whole report, the same bytes as always, and exits 0', () => {
    const args = ['assess', 'fixtures/resumes/ana-beltran.json', '--rubric', 'all', '--format', 'json', '--as-of', '2026-11-01'];
    const expected = runCli(args, { env: { TPM_ASSESS_NO_CODE_CACHE: '1' } });
    expect(expected.code).toBe(0);
    // The report (some 60 KB) is much more than the 4 KB pipe holds, so write(2) says EAGAIN
    // and the stream must take over, waiting for the reader.
    const nonBlocking =
      'import fcntl, os, sys; fcntl.fcntl(1, fcntl.F_SETPIPE_SZ, 4096); fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execv(sys.argv[1], sys.argv[1:])';
    const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = `python3 -c ${quoted(nonBlocking)} ${quoted(process.execPath)} ${quoted(BIN)} ${args.map(quoted).join(' ')} | (sleep 1; cat); exit \${PIPESTATUS[0]}`;
    // Which modules the run loaded shows the stream took over: a lean assess that writes it all
    // itself loads no net module (leanModules.e2e.test.ts); the pipe's stream does.
    const recording = recordingModules();
    const r = spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, maxBuffer: 1 << 26, env: { ...process.env, ...recording.env } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(expected.stdout.length).toBeGreaterThan(8 * 4096);
    expect(r.stdout).toBe(expected.stdout);
    expect(recording.modules()).toContain('NativeModule net');
  });
});
