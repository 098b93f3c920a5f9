import { dirname } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/runCli.js';
import { scratchFolder, zipOf } from './support.js';

const AS_OF = ['--as-of', '2026-11-01'];
const write = scratchFolder('tpm-linkedin-batch-');
const FULL_ZIP = write('camille.zip', zipOf('full', 'Basic_LinkedInDataExport/'));
const PARTIAL = 'fixtures/linkedin/partial';
const RESUME = 'fixtures/resumes/ana-beltran.json';

/** The JSON lines of a batch run. */
const linesOf = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { record: { source: string; line: number | null; index: number } });
/** A batch line without its "record": what assess --format json prints for the same candidate. */
const report = ({ record: _record, ...rest }: Record<string, unknown>) => rest;

describe('batch over LinkedIn exports (the built binary)', () => {
  it('reads a ZIP, a folder and a JSON résumé given together: one record each, scored as assess scores them', () => {
    const inputs = [FULL_ZIP, PARTIAL, RESUME];
    const batch = runCli(['batch', ...inputs, ...AS_OF]);
    expect(batch.code).toBe(0);
    const records = linesOf(batch.stdout);
    expect(records.map((r) => r.record)).toEqual([
      { index: 0, line: null, source: FULL_ZIP },
      { index: 1, line: null, source: PARTIAL },
      { index: 2, line: 1, source: RESUME },
    ]);
    for (const [i, input] of inputs.entries()) {
      const alone = runCli(['assess', input, '--format', 'json', ...AS_OF]);
      expect(alone.code).toBe(0);
      expect(report(records[i]!)).toEqual(JSON.parse(alone.stdout));
    }
    // Evidence points at the export's file and row, as in assess.
    const paths = (records[0]!.criteria as { evidence: { path: string }[] }[]).flatMap((c) => c.evidence.map((e) => e.path));
    expect(paths).toContain('Positions.csv:2');
    expect(paths.every((p) => /^[A-Z][a-z]+\.csv:\d+$/.test(p))).toBe(true);
  });

  it('gives the ZIP and the folder it unpacks to identical records but for their source', () => {
    const batch = runCli(['batch', FULL_ZIP, 'fixtures/linkedin/full', ...AS_OF]);
    expect(batch.code).toBe(0);
    const [zip, folder] = linesOf(batch.stdout);
    expect(zip!.record.source).toBe(FULL_ZIP);
    expect(folder!.record.source).toBe('fixtures/linkedin/full');
    expect(report(zip!)).toEqual(report(folder!));
    expect(zip!.score).toBe(95);
  });

  it('makes one error record of each bad export, at its place, and scores the others (exit 2)', () => {
    const notZip = write('not-an-export.zip', 'PK\u0003\u0004 this is no archive');
    // A real bomb: one entry that inflates to more than the 64 MB bound from a few kilobytes.
    const bomb = write('bomb.zip', zipSync({ 'Positions.csv': new Uint8Array(64 * 1024 * 1024 + 1) }, { level: 9 }));
    const otherZip = write('connections.zip', zipSync({ 'Connections.csv': new TextEncoder().encode('First Name,Last Name\nSecret,Person\n') }));
    // A folder of résumés, not an export.
    const notFolder = dirname(write('resumes/a.json', '{"basics": {"name": "In a folder"}}'));
    const batch = runCli(['batch', FULL_ZIP, notZip, bomb, otherZip, notFolder, RESUME, ...AS_OF]);
    expect(batch.code).toBe(2);
    const records = linesOf(batch.stdout);
    expect(records.map((r) => r.record.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const errors = records.map((r) => (r.error as { message: string } | undefined)?.message ?? null);
    expect(errors[0]).toBeNull();
    expect(errors[1]).toMatch(/not-an-export\.zip: is not a readable ZIP archive/);
    expect(errors[2]).toMatch(/bomb\.zip: Positions\.csv unpacks to more than 64 MB/);
    expect(errors[3]).toMatch(/not a LinkedIn export: no Positions\.csv or Profile\.csv in .*connections\.zip/);
    expect(errors[4]).toMatch(/not a LinkedIn export: no Positions\.csv or Profile\.csv in .*resumes.*name its files/);
    expect(errors[5]).toBeNull();
    expect(records[0]!.score).toBe(95);
    expect(records[5]!.score).toBe(100);
    expect(batch.stderr).toMatch(/6 records read: 2 scored, 4 unreadable/);
    expect(batch.stdout + batch.stderr).not.toMatch(/Secret|\n\s+at /);
  });

  it('never shows what an export holds besides the files it reads, in any batch format', () => {
    for (const format of ['json', 'csv', 'markdown', 'html', 'junit', 'terminal']) {
      const r = runCli(['batch', FULL_ZIP, 'fixtures/linkedin/full', '--format', format, ...AS_OF]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Camille Durand');
      for (const secret of ['private@example.net', '+33 6', 'SECRET-MESSAGE', 'rue des Lilas', '1986-04-02', '1234567']) {
        expect(r.stdout + r.stderr).not.toContain(secret);
      }
    }
  });
});
