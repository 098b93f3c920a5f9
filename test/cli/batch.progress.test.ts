import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSize, Progress, progressText } from '../../src/cli/progress.js';
import { BIN, ROOT, runCli } from '../support/runCli.js';

const ONE = JSON.stringify(JSON.parse(readFileSync('fixtures/resumes/ana-beltran.json', 'utf8')));

/** A stream that keeps what is written to it. */
function sink() {
  const written: string[] = [];
  return { written, stream: { write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WritableStream };
}

describe('progressText', () => {
  it('says records and rate, and with a known size the percent and the time left', () => {
    expect(progressText(1200, 0, null, 4000)).toBe('tpm-assess batch: 1,200 records, 300/s');
    expect(progressText(1200, 250, 1000, 4000)).toBe('tpm-assess batch: 1,200 records, 300/s, 25%, about 12s left');
    expect(progressText(1, 10, 1000, 100_000)).toBe('tpm-assess batch: 1 record, 0/s, 1%, about 2h 45m left');
    expect(progressText(10, 1000, 1000, 1000)).toBe('tpm-assess batch: 10 records, 10/s, 100%');
  });
});

describe('Progress', () => {
  it('redraws one line in place a few times a second, and erases it before anything else is said', () => {
    let now = 0;
    const { written, stream } = sink();
    const progress = new Progress(stream, 1000, () => now);
    progress.read(100);
    for (let i = 0; i < 10; i++) {
      now += 50;
      progress.record();
    }
    expect(written).toEqual(['\rtpm-assess batch: 5 records, 20/s, 10%, about 3s left\u001b[K', '\rtpm-assess batch: 10 records, 20/s, 10%, about 5s left\u001b[K']);
    progress.clear();
    progress.clear();
    expect(written.slice(2)).toEqual(['\r\u001b[K']);
  });

  it('erases nothing when it has drawn nothing', () => {
    const { written, stream } = sink();
    const progress = new Progress(stream, null, () => 0);
    progress.record();
    progress.clear();
    expect(written).toEqual([]);
  });
});

describe('inputSize', () => {
  it('adds up regular files, and is unknown with a pipe or a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-size-'));
    writeFileSync(join(dir, 'a'), 'x'.repeat(10));
    writeFileSync(join(dir, 'b'), 'x'.repeat(5));
    expect(await inputSize([join(dir, 'a'), join(dir, 'b')], undefined)).toBe(15);
    expect(await inputSize([join(dir, 'a'), '-'], undefined)).toBeNull();
    expect(await inputSize([join(dir, 'missing')], undefined)).toBeNull();
  });
});

describe('batch progress on stderr', () => {
  const many = (ONE + '\n').repeat(600);

  it('prints no progress line when stderr is not a terminal', () => {
    const r = runCli(['batch', '--as-of', '2026-11-01'], { input: many });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toMatch(/records, \d+\/s/);
    expect(r.stderr.split('\n')[0]).toBe('tpm-assess batch: 600 records read: 600 scored, 0 unreadable');
  });

  // util-linux script (Debian's essential bsdutils) gives the batch a terminal; a missing one fails here, not silently.
  it('finds script(1) to give the batch a terminal', () => {
    expect(spawnSync('script', ['--version'], { encoding: 'utf8' }).status).toBe(0);
  });
  it('draws it on a terminal (util-linux script gives the batch one), with percent for a file, then erases it for the summary', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tpm-progress-')), 'many.ndjson');
    writeFileSync(file, many.repeat(2));
    const command = `"${process.execPath}" "${BIN}" batch "${file}" --as-of 2026-11-01 > /dev/null`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/\rtpm-assess batch: [\d,]+ records, [\d,]+\/s, \d+%/);
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence is the point
    expect(r.stdout).toMatch(/\r\u001b\[Ktpm-assess batch: 1200 records read: 1200 scored, 0 unreadable/);
    const quiet = spawnSync('script', ['-qec', `${command.replace(' > /dev/null', ' --quiet > /dev/null')}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(quiet.stdout).toBe('');
  }, 90_000);
});
