import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResume } from '../../../src/readers/jsonResume/readResume.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';
import { CORPUS } from '../../support/runCli.js';

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

  // Every upstream "Invalid" case is a null where text, a list or an object belongs (and the
  // mislabeled case a $schema that is not a URI). A null inside a section is a value scoring
  // can do without: the résumé is read, with a warning naming the path. What is refused is a
  // document left with no section at all.
  const invalid = files('invalid');
  const category = (file: string) => {
    const [section, field] = file.split('.') as [string, string];
    if (section === 'schema') return 'refused: only a $schema key, no résumé section';
    if (field === `${section}Invalid`) return 'refused: the only section is null';
    return 'accepted with a warning: a null inside a section';
  };

  it('accepts 82 of the 97 invalid schema cases with a warning, and refuses the 15 that hold no résumé section', () => {
    const counts: Record<string, number> = {};
    for (const file of invalid) {
      const expected = category(file);
      const result = read('invalid', file);
      expect(result.ok, `${file}: ${expected}`).toBe(expected.startsWith('accepted'));
      counts[expected] = (counts[expected] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'accepted with a warning: a null inside a section': 82,
      'refused: the only section is null': 13,
      'refused: only a $schema key, no résumé section': 2,
    });
  });

  it.each(invalid.filter((f) => category(f).startsWith('accepted')))('reads the invalid schema case %s, warning at its JSON path', (file) => {
    const result = read('invalid', file);
    expect(result.ok).toBe(true);
    const [section, field] = file.split('.') as [string, string];
    // "locationPostalInvalid" is basics.location.postalCode, "profilesUrlInvalid" basics.profiles[0].url.
    const named = field
      .replace(/Invalid$/, '')
      .replace(/Item$/, '')
      .replace(/^(location|profiles)(\w)/, '$1.$2')
      .toLowerCase();
    const paths = result.warnings.map((w) => (w.path ?? '').toLowerCase());
    // A job's null endDate means a current job; what these cases lack is a startDate, and the warning says so.
    if (field === 'endDateInvalid' && (section === 'work' || section === 'volunteer')) {
      expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['resume-no-start-date', `${section}[0]`]]);
      return;
    }
    expect(
      paths.some((p) => p.startsWith(section) && p.replace(/\[\d+\]/g, '').includes(named)),
      paths.join(', '),
    ).toBe(true);
  });

  it.each(invalid.filter((f) => category(f).startsWith('refused')))('refuses %s, saying it has no résumé section', (file) => {
    const result = read('invalid', file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'resume-no-sections', message: expect.stringContaining('basics, work') });
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
