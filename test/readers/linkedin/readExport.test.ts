import { describe, expect, it } from 'vitest';
import { exportToProfile } from '../../../src/readers/linkedin/readExport.js';
import { documentToProfile } from '../../../src/readers/jsonResume/readResume.js';
import { exportToResume } from '../../../src/readers/linkedin/exportToResume.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';
import { folderTexts } from './support.js';

const vocab = vocabulary();

/** Every evidence path anywhere in a value. */
function evidencePaths(value: unknown, out: string[] = []): string[] {
  if (value instanceof Map) for (const v of value.values()) evidencePaths(v, out);
  else if (Array.isArray(value)) for (const v of value) evidencePaths(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.path === 'string' && typeof o.text === 'string') out.push(o.path);
    for (const v of Object.values(o)) evidencePaths(v, out);
  }
  return out;
}

describe('exportToProfile', () => {
  it('reads an export into the profile its JSON Resume gives, with evidence at the file and row', () => {
    const read = exportToProfile(folderTexts('full'), 'export.zip', vocab);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const direct = documentToProfile(exportToResume(folderTexts('full')).resume, 'x', vocab);
    if (!direct.ok) throw new Error('the converted résumé must read');
    const strip = (p: object) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'path' ? undefined : v instanceof Map ? [...v] : v)));
    expect(strip(read.value)).toEqual(strip(direct.value));
    const paths = evidencePaths(read.value);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(path).toMatch(/^(Profile|Positions|Education|Certifications|Skills|Projects|Honors)\.csv:\d+$/);
    expect(read.value.positions!.map((p) => p.evidence.path)).toEqual(['Positions.csv:2', 'Positions.csv:5', 'Positions.csv:6']);
  });

  it('scores a partial export with the missing sections unknown', () => {
    const read = exportToProfile(folderTexts('partial'), 'p', vocab);
    expect(read.ok && read.value.degrees).toBeNull();
    expect(read.ok && read.value.credentials).toBeNull();
    expect(read.ok && read.value.positions!.length).toBe(2);
  });

  it('refuses files that hold neither Positions.csv nor Profile.csv', () => {
    const read = exportToProfile({ 'Skills.csv': 'Name\nJira\n' }, 'downloads/other', vocab);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]!.message).toBe('not a LinkedIn export: no Positions.csv or Profile.csv in downloads/other');
  });

  it('says a warning of the converted résumé at the export file and line', () => {
    const texts = { 'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On\nAcme,PM,,,,\n' };
    const read = exportToProfile(texts, 'export', vocab);
    expect(read.warnings).toEqual([expect.objectContaining({ code: 'resume-no-start-date', source: 'export/Positions.csv', line: 2 })]);
    expect(read.warnings[0]!.path).toBeUndefined();
  });

  it('never puts private data of the export in the profile or a warning', () => {
    const read = exportToProfile(folderTexts('full'), 'e', vocab);
    const text = JSON.stringify(read, (_k, v) => (v instanceof Map ? [...v] : v));
    for (const secret of ['rue des Lilas', '1986-04-02', 'private@example.net', '+33 6', 'SECRET-MESSAGE', '1234567']) expect(text).not.toContain(secret);
  });
});
