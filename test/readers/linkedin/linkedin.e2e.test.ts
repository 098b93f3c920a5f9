import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CORPUS, runCli } from '../../support/runCli.js';
import { scratchFolder, zipOf } from './support.js';

const AS_OF = ['--as-of', '2026-11-01'];
const write = scratchFolder('tpm-linkedin-');

describe('a LinkedIn export, assessed and converted (the built binary)', () => {
  it('gives the same report for the ZIP as for the folder, whatever the ZIP is called', () => {
    const folder = runCli(['assess', 'fixtures/linkedin/full', '--format', 'json', ...AS_OF]);
    const zip = runCli(['assess', write('Basic_LinkedInDataExport_12-01-2026.data', zipOf('full')), '--format', 'json', ...AS_OF]);
    expect(folder.code).toBe(0);
    expect(zip.code).toBe(0);
    expect(zip.stdout).toBe(folder.stdout);
    const report = JSON.parse(folder.stdout);
    expect(report.candidate.name).toBe('Camille Durand');
    const paths = report.criteria.flatMap((c: { evidence: { path: string }[] }) => c.evidence.map((e) => e.path));
    expect(paths).toContain('Positions.csv:2');
    expect(paths.every((p: string) => /^[A-Z][a-z]+\.csv:\d+$/.test(p))).toBe(true);
  });

  it('reads the ZIP piped to assess - as it reads the file, and refuses a damaged one on stdin with exit 2', () => {
    const fromFile = runCli(['assess', write('export.zip', zipOf('full')), '--format', 'json', ...AS_OF]);
    const piped = runCli(['assess', '-', '--format', 'json', ...AS_OF], { input: zipOf('full') });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(fromFile.stdout);
    const damaged = runCli(['assess', '-', ...AS_OF], { input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]) });
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/<stdin>: is not a readable ZIP archive/);
    expect(damaged.stderr).not.toMatch(/\n\s+at /);
  });

  it('converts the ZIP piped to convert - as it converts the file', () => {
    const fromFile = runCli(['convert', write('export.zip', zipOf('full'))]);
    const piped = runCli(['convert', '-'], { input: zipOf('full') });
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(piped.stdout).basics.name).toBe('Camille Durand');
  });

  it('batch refuses a ZIP on stdin, where NDJSON goes, and says to give its path', () => {
    const r = runCli(['batch', ...AS_OF], { input: zipOf('full') });
    expect(r.code).toBe(2);
    const error = JSON.parse(r.stdout).error;
    expect(error.code).toBe('input-binary');
    expect(error.message).toMatch(/^this is a ZIP archive, not JSON; .*tpm-assess batch export\.zip/);
  });

  it('never shows what the export holds besides the files it reads', () => {
    for (const format of ['terminal', 'json', 'markdown', 'html']) {
      const r = runCli(['assess', 'fixtures/linkedin/full', '--format', format, ...AS_OF]);
      for (const secret of ['private@example.net', '+33 6', 'SECRET-MESSAGE', 'rue des Lilas', '1986-04-02', '1234567']) {
        expect(r.stdout + r.stderr).not.toContain(secret);
      }
    }
  });

  it('scores a partial export with the missing sections unknown', () => {
    const r = runCli(['assess', 'fixtures/linkedin/partial', '--format', 'json', ...AS_OF]);
    expect(r.code).toBe(0);
    const degree = JSON.parse(r.stdout).criteria.find((c: { kind: string }) => c.kind === 'degree');
    expect(degree.status).toBe('unknown');
  });

  it('converts to a JSON Resume that the schema accepts and that scores as the export does', () => {
    const converted = runCli(['convert', 'fixtures/linkedin/bom-crlf']);
    expect(converted.code).toBe(0);
    const document = JSON.parse(converted.stdout);
    const validate = new Ajv({ schemaId: 'auto' }).compile(JSON.parse(readFileSync(join(CORPUS, 'schema/schema.json'), 'utf8')));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const path = write('converted.json', converted.stdout);
    const fromConverted = runCli(['assess', path, '--format', 'json', ...AS_OF]);
    const fromExport = runCli(['assess', 'fixtures/linkedin/bom-crlf', '--format', 'json', ...AS_OF]);
    const scoreOf = (stdout: string) => JSON.parse(stdout).score;
    expect(scoreOf(fromConverted.stdout)).toBe(scoreOf(fromExport.stdout));
  });

  it('converts a messy JSON résumé into one the schema accepts, with the warnings on stderr', () => {
    const messy = write('messy.json', JSON.stringify({ basics: { name: 'A', phone: null }, work: [{ name: 'X', position: 'Project Manager', startDate: '2019-04', endDate: null, highlights: 'one line' }] }));
    const r = runCli(['convert', messy]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*basics\.phone/);
    const validate = new Ajv({ schemaId: 'auto' }).compile(JSON.parse(readFileSync(join(CORPUS, 'schema/schema.json'), 'utf8')));
    expect(validate(JSON.parse(r.stdout)), r.stdout).toBe(true);
  });

  it.each([
    ['a folder that is not an export', () => 'fixtures/resumes', /not a LinkedIn export: no Positions\.csv or Profile\.csv in fixtures\/resumes/],
    ['a ZIP with a traversal name', () => write('evil.zip', zipSync({ '../../Positions.csv': new TextEncoder().encode('a\n') })), /unsafe name/],
    ['a ZIP that is damaged', () => write('bad.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9])), /is not a readable ZIP archive/],
    ['a ZIP without Positions.csv or Profile.csv', () => write('other.zip', zipSync({ 'Connections.csv': new TextEncoder().encode('a\n') })), /not a LinkedIn export/],
  ])('refuses %s with exit 2 and a sentence', (_name, path, message) => {
    const r = runCli(['assess', path(), ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
