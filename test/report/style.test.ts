import { describe, expect, it } from 'vitest';
import { bar, clean, describeEffort, describeExpected, describeValue, hanging, padEnd, truncate, width, wrap } from '../../src/report/style.js';

const columns = (line: string) => [...line].length;

describe('width and padEnd count code points, not UTF-16 units', () => {
  it('counts an astral character as one column', () => {
    expect('𝔸𝔹'.length).toBe(4);
    expect(width('𝔸𝔹')).toBe(2);
    expect(width('Beltrán ✔ █')).toBe(11);
  });
  it('pads to the column, whatever the characters', () => {
    expect(columns(padEnd('𝔸𝔹', 5))).toBe(5);
    expect(padEnd('abcdef', 3)).toBe('abcdef');
  });
  it('truncate cuts to the column count with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect(truncate('𝔸𝔹𝔸𝔹𝔸', 3)).toBe('𝔸𝔹…');
  });
});

describe('clean', () => {
  it('removes whole terminal sequences and control characters, and collapses white space', () => {
    expect(clean('\u001b[1;31mred\u001b[0m  and\n\tblue\u0007')).toBe('red and blue');
    expect(clean('a\u001b]0;window title\u0007b')).toBe('a b');
    expect(clean('a\u009b2Jb\u202eevil')).toBe('a 2Jb evil');
  });
  it('keeps ordinary text, accents and symbols', () => {
    expect(clean('Zoë | *x* <b> “q”')).toBe('Zoë | *x* <b> “q”');
  });
});

describe('bar', () => {
  it('is exactly as wide as asked, for any fraction', () => {
    for (const f of [-1, 0, 0.04, 0.05, 0.5, 0.96, 1, 2, Number.NaN]) expect(columns(bar(f, 10))).toBe(10);
  });
  it('fills in proportion, rounding, and clamps to 0..1', () => {
    expect(bar(0.5, 10)).toBe('█████░░░░░');
    expect(bar(0.24, 10)).toBe('██░░░░░░░░');
    expect(bar(-0.5, 4)).toBe('░░░░');
    expect(bar(1.5, 4)).toBe('████');
    expect(bar(Number.NaN, 4)).toBe('░░░░');
  });
});

describe('wrap', () => {
  const text = 'Stay in your current project management, program management or delivery management role';
  it('keeps every line within the width and loses no word', () => {
    for (const w of [10, 17, 30, 68]) {
      const lines = wrap(text, w);
      for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(w);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      if (w >= 'management,'.length) expect(lines.join(' ')).toBe(text);
    }
  });
  it('fills greedily: a line takes the next word when it fits exactly', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('aaa bbb ccc', 6)).toEqual(['aaa', 'bbb', 'ccc']);
  });
  it('indents continuation lines only', () => {
    expect(wrap('aaa bbb ccc', 7, '  ')).toEqual(['aaa bbb', '  ccc']);
  });
  it('cuts a word longer than the line, such as a URL, so that nothing overflows', () => {
    const lines = wrap('see https://example.com/a/very/long/path/indeed now', 12);
    expect(lines).toEqual(['see', 'https://exam', 'ple.com/a/ve', 'ry/long/path', '/indeed now']);
  });
  it('counts code points: 10 astral characters fit a width of 10', () => {
    expect(wrap('𝔸𝔸𝔸𝔸𝔸 𝔹𝔹𝔹𝔹', 10)).toEqual(['𝔸𝔸𝔸𝔸𝔸 𝔹𝔹𝔹𝔹']);
    expect(wrap('𝔸𝔸𝔸𝔸𝔸 𝔹𝔹𝔹𝔹𝔹', 10)).toEqual(['𝔸𝔸𝔸𝔸𝔸', '𝔹𝔹𝔹𝔹𝔹']);
  });
  it('returns no lines for empty text, and never an empty line', () => {
    expect(wrap('', 10)).toEqual([]);
    expect(wrap('  \n ', 10)).toEqual([]);
    expect(wrap('a   b', 1)).toEqual(['a', 'b']);
  });
});

describe('hanging', () => {
  it('puts the prefix on the first line and hangs the rest under the text', () => {
    const lines = hanging(' 1. +10.0  ', 'Gain and show experience with Software development, Cloud or Networking (about 2 months)', 40);
    expect(lines).toEqual([' 1. +10.0  Gain and show experience with', '           Software development, Cloud', '           or Networking (about 2', '           months)']);
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(40);
  });
  it('with no text, is the prefix without trailing space', () => {
    expect(hanging('  - ', '', 40)).toEqual(['  -']);
  });
});

describe('describeValue', () => {
  it('gives numbers their unit from the criterion kind', () => {
    expect(describeValue(7.2, 'experience')).toBe('7.2 years');
    expect(describeValue(1, 'experience')).toBe('1 year');
    expect(describeValue(9, 'leadership')).toBe('a team of 9');
    expect(describeValue(2400000, 'budget')).toBe('2,400,000');
    expect(describeValue(1234.5, 'budget')).toBe('1,234.5');
    expect(describeValue(3)).toBe('3');
  });
  it('reads the shapes the evaluators measure', () => {
    expect(describeValue(null)).toBe('—');
    expect(describeValue([])).toBe('none');
    expect(describeValue(true)).toBe('yes');
    expect(describeValue(['jira', 'asana'])).toBe('jira, asana');
    expect(describeValue({ level: 'master', fields: ['engineering'], held: false })).toBe('master in engineering (in progress)');
    expect(describeValue([{ id: 'pmi-pmp', earned: '2017-06-01', current: false }])).toBe('pmi-pmp (2017-06-01), lapsed');
    expect(describeValue({ years: 2, externalJobs: 1, internalJobs: 0 })).toBe('2 years in 1 external job');
    expect(describeValue({ years: 0, externalJobs: 0, internalJobs: 2 })).toBe('0 years in 0 external jobs; 2 internal jobs');
    expect(describeValue({ equivalentExperienceYears: 12 })).toBe('12 years of equivalent experience');
    expect(describeValue({ level: 'associate', fields: [], held: true, equivalentExperienceYears: 9 })).toBe('associate, and 9 years of equivalent experience');
  });
  it('reads what a rubric asks for', () => {
    expect(describeValue({ anyOf: ['pmi-pmp'] })).toBe('any of pmi-pmp');
    expect(describeValue({ anyOf: ['a', 'b', 'c'], min: 2 })).toBe('2 of a, b, c');
    expect(describeValue({ allOf: ['a', 'b'] })).toBe('all of a, b');
    expect(describeValue({ minLevel: 'bachelor', fields: ['engineering'] })).toBe('bachelor or higher in engineering');
    expect(describeValue({ minLevel: 'master', fields: null })).toBe('master or higher');
    expect(describeValue({ minYears: 0, roles: ['project-management'] })).toBe('external client work as project-management');
    expect(describeValue({ minYears: 3, roles: null })).toBe('3 years of external client work');
  });
  it('falls back to JSON for a shape it does not know, so nothing is hidden', () => {
    expect(describeValue({ other: 1 })).toBe('{"other":1}');
  });
});

describe('describeExpected', () => {
  it('reads a bare number as a minimum', () => {
    expect(describeExpected(5, 'experience')).toBe('5+ years');
    expect(describeExpected(8, 'leadership')).toBe('a team of 8+');
    expect(describeExpected(1000000, 'budget')).toBe('1,000,000+');
    expect(describeExpected(true, 'remote')).toBe('yes');
  });
});

describe('describeEffort', () => {
  it('rounds to what a person plans with', () => {
    expect(describeEffort(0.25)).toBe('under a month');
    expect(describeEffort(1)).toBe('about 1 month');
    expect(describeEffort(6.4)).toBe('about 6 months');
    expect(describeEffort(23)).toBe('about 23 months');
    expect(describeEffort(45.6)).toBe('about 4 years');
    expect(describeEffort(30)).toBe('about 2.5 years');
    expect(describeEffort(60)).toBe('about 5 years');
  });
});
