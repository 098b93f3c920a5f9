import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResume } from '../../src/resume/readResume.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { CORPUS } from '../support/runCli.js';

// The JSON Resume schema's own test files and sample résumés, written outside this project
// (copied into fixtures/jsonresume/; its SOURCES.md says where each file comes from).
const vocab = vocabulary();
const read = (dir: string, file: string) => readResume(readFileSync(join(CORPUS, dir, file), 'utf8'), file, vocab);
const files = (dir: string) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.json'));

describe('the JSON Resume corpus', () => {
  it.each(files('valid'))('accepts the valid schema case %s', (file) => {
    const result = read('valid', file);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
  });

  // Every upstream "Invalid" case is a null where text, a list or an object belongs. Two kinds
  // are deliberately read instead: a null endDate means a current job (research/jsonresume.md
  // §3.2, a warning says so), and the mislabeled upstream case fails only on a URI format,
  // which nothing here reads.
  const tolerated = (file: string) => file.includes('MISLABELED') || file.endsWith('.endDateInvalid.json');
  it.each(files('invalid').filter((f) => !tolerated(f)))('rejects the invalid schema case %s, naming the JSON path', (file) => {
    const result = read('invalid', file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [section, field] = file.split('.') as [string, string];
    const path = (result.problems[0]!.path ?? '').replace(/\[\d+\]|[.$]/g, '').toLowerCase();
    expect(path.startsWith(section.toLowerCase())).toBe(true);
    const named = field.replace(/invalid$/i, '').replace(/Item$/, '').toLowerCase();
    if (named !== section.toLowerCase() && named !== '') expect(path).toContain(named.replace(/^(location|profiles)/, '$1'));
  });

  it.each(files('invalid').filter((f) => f.endsWith('.endDateInvalid.json')))('reads %s (endDate null) as a current job, with a warning', (file) => {
    const result = read('invalid', file);
    expect(result.ok).toBe(true);
    // Jobs with a null endDate but no startDate cannot be counted, and a warning says so.
    const section = file.split('.')[0]!;
    for (const w of result.warnings) expect(w.path).toMatch(new RegExp(`^${section}\\[0\\]`));
    expect(result.warnings.length > 0).toBe(section === 'work' || section === 'volunteer');
  });

  it('accepts the official sample', () => {
    const result = readResume(readFileSync(join(CORPUS, 'sample.json'), 'utf8'), 'sample.json', vocab);
    expect(result.ok && result.value.name).toBe('Richard Hendriks');
  });

  it.each(files('samples'))('reads the sample résumé %s, tolerating what real résumés do', (file) => {
    const result = read('samples', file);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
  });

  it('warns, and reads a current job, for endDate null or ""', () => {
    const nullEnd = read('samples', 'theme-reference.complete-resume.json');
    const emptyEnd = read('samples', 'theme-stackoverflow-npm.sample.resume.json');
    for (const result of [nullEnd, emptyEnd]) {
      expect(result.warnings.some((w) => w.code === 'resume-ongoing-end-date')).toBe(true);
      expect(result.ok && result.value.positions!.some((p) => p.end === null)).toBe(true);
    }
  });

  it('reads employers from the legacy pre-1.0 key `company`', () => {
    const result = read('samples', 'fresh.jane-fullstacker.json');
    expect(result.ok && result.value.positions!.every((p) => p.employer !== null)).toBe(true);
  });

  it('finds the Certified Scrum Master in Samantha Jones\'s certificates', () => {
    const result = read('samples', 'theme-stackoverflow.storyResume.json');
    expect(result.ok && result.value.credentials!.map((c) => c.id)).toContain('sa-csm');
  });

  it('reports the malformed file with its line and column', () => {
    const result = read('malformed', 'resume-cli.resume_bad.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'json-syntax', line: 1, column: 2 });
  });
});
