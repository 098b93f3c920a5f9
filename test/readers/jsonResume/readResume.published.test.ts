import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResume } from '../../../src/readers/jsonResume/readResume.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

// Résumés that people published about themselves (fixtures/published/SOURCES.md: where each
// comes from, its licence, and the privacy edits). Not written for this project: 5 are not
// strict JSON, many have dates in words, nulls, placeholders and shapes that are only partly
// JSON Resume. A recruiter reads all of them; so must the reader.
const DIR = join(import.meta.dirname, '../../../fixtures/published');
const files = readdirSync(DIR).filter((f) => f.toLowerCase().endsWith('.json'));
const vocab = vocabulary();
const read = (file: string) => readResume(readFileSync(join(DIR, file), 'utf8'), file, vocab);

describe('published résumés', () => {
  it('are 49 files', () => {
    expect(files).toHaveLength(49);
  });

  it.each(files)('%s is read, never refused', (file) => {
    const result = read(file);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
  });

  it('produce warnings of these kinds, each with a JSON path or a line', () => {
    const kinds: Record<string, number> = {};
    for (const file of files) {
      for (const w of read(file).warnings) {
        kinds[w.code] = (kinds[w.code] ?? 0) + 1;
        expect(w.path !== undefined || w.line !== undefined, `${file}: ${w.message}`).toBe(true);
      }
    }
    expect(kinds).toEqual({
      'json-relaxed': 5,
      'resume-ongoing-end-date': 29,
      'resume-date-read': 26,
      'resume-null-value': 21,
      'resume-no-start-date': 3,
      'resume-date-unreadable': 2,
      'resume-end-before-start': 2,
      'resume-value-left-out': 7,
    });
  });

  it('read the French, Spanish and German résumés with their dates', () => {
    for (const file of files.filter((f) => /\.(fr|es|de)\.json$|resume-es/.test(f))) {
      const result = read(file);
      expect(result.ok && result.value.positions!.length, file).toBeGreaterThan(0);
    }
  });
});
