import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isZip } from '../../../src/readers/linkedin/isZip.js';
import { unzipExport, ZIP_LIMITS } from '../../../src/readers/linkedin/unzipExport.js';
import { folderTexts, zipOf } from './support.js';

/** Offsets of a ZIP record signature in an archive. */
function signatures(zip: Uint8Array, signature: number): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === signature) out.push(i);
  return out;
}

const header = 'Company Name,Title,Description,Location,Started On,Finished On\n';

describe('unzipExport', () => {
  it('reads the export files of a ZIP exactly as the folder gives them, and no other file', () => {
    const { texts, problems } = unzipExport(zipOf('full'), 'export.zip');
    expect(problems).toEqual([]);
    expect(texts).toEqual(folderTexts('full'));
    expect(Object.keys(texts).sort()).toEqual(['Certifications.csv', 'Education.csv', 'Honors.csv', 'Positions.csv', 'Profile.csv', 'Projects.csv', 'Skills.csv']);
  });

  it('finds the files inside a folder of the archive', () => {
    expect(unzipExport(zipOf('partial', 'Basic_LinkedInDataExport_12-01-2026/'), 'e.zip').texts['Positions.csv']).toContain('Jefe de Proyectos TI');
  });

  it('knows a ZIP by its first bytes', () => {
    expect(isZip(zipOf('partial'))).toBe(true);
    expect(isZip(new TextEncoder().encode('{"basics":{}}'))).toBe(false);
    expect(isZip(new Uint8Array(0))).toBe(false);
  });

  it('refuses what is not a ZIP, with a sentence', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(unzipExport(bytes, 'x.zip').problems[0]!.message).toBe('x.zip: is not a readable ZIP archive');
  });

  it('refuses an entry named outside its folder, without unpacking anything', () => {
    for (const name of ['../../etc/Positions.csv', '/abs/Positions.csv', 'a/../../Positions.csv', 'C:/x/Positions.csv']) {
      const { texts, problems } = unzipExport(zipSync({ [name]: new TextEncoder().encode(header) }), 'evil.zip');
      expect(texts).toEqual({});
      expect(problems[0]!.message).toContain('unsafe name');
    }
  });

  it('refuses a bomb: a file that unpacks to more than the bound', () => {
    // The real bound is 64 MB; a smaller one keeps the test quick and checks the same code.
    expect(ZIP_LIMITS.fileBytes).toBe(64 * 1024 * 1024);
    const limits = { ...ZIP_LIMITS, fileBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024 };
    const zip = zipSync({ 'Positions.csv': new Uint8Array(limits.fileBytes + 1) }, { level: 9 });
    expect(zip.length).toBeLessThan(64 * 1024);
    const { texts, problems } = unzipExport(zip, 'bomb.zip', limits);
    expect(texts).toEqual({});
    expect(problems[0]!.message).toMatch(/^bomb\.zip: Positions\.csv unpacks to more than 1 MB/);
    // Several files that are each under the bound but too much together are refused too.
    const many = zipSync({ 'Positions.csv': new Uint8Array(limits.fileBytes), 'Skills.csv': new Uint8Array(limits.fileBytes), 'Profile.csv': new Uint8Array(10) });
    expect(unzipExport(many, 'm.zip', limits).problems[0]!.message).toMatch(/unpacks to more than/);
  });

  it('never inflates past the size a header declares, so a header that lies cannot grow memory', () => {
    const zip = zipSync({ 'Positions.csv': new TextEncoder().encode(header + 'A,PM,,,2019,\n'.repeat(1000)) });
    // Patch the declared size (central directory, offset 24 of the entry) down to 100 bytes.
    const view = new DataView(zip.buffer);
    const central = signatures(zip, 0x02014b50)[0]!;
    view.setUint32(central + 24, 100, true);
    const { texts } = unzipExport(zip, 'liar.zip');
    expect(new TextEncoder().encode(texts['Positions.csv'] ?? '').length).toBeLessThanOrEqual(100);
  });

  it('refuses an encrypted entry', () => {
    const zip = zipSync({ 'Positions.csv': new TextEncoder().encode(header) });
    const view = new DataView(zip.buffer);
    for (const i of signatures(zip, 0x04034b50)) view.setUint16(i + 6, view.getUint16(i + 6, true) | 1, true);
    for (const i of signatures(zip, 0x02014b50)) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
    expect(unzipExport(zip, 'locked.zip').problems[0]!.message).toBe('locked.zip: Positions.csv is encrypted');
  });
});
