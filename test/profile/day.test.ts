import { describe, expect, it } from 'vitest';
import { addMonths, addYears, formatDay, parseDay, parseIsoDate } from '../../src/profile/day.js';

describe('parseDay: JSON Resume dates as periods', () => {
  it.each([
    ['2019', 'start', '2019-01-01'],
    ['2019', 'end', '2019-12-31'],
    ['2020-02', 'start', '2020-02-01'],
    ['2020-02', 'end', '2020-02-29'],
    ['2019-02', 'end', '2019-02-28'],
    ['2013-12-02', 'start', '2013-12-02'],
    ['2013-12-02', 'end', '2013-12-02'],
  ] as const)('%s as a %s is %s', (text, edge, expected) => {
    expect(formatDay(parseDay(text, edge)!)).toBe(expected);
  });

  it.each(['2019-00', '2019-13', '2019-19', '2020-02-30', '2013-12-39', '2013-12-021', '13-12', '', 'Present', '2013/12', '2013-1', '2013-12-01T00:00:00'])(
    'rejects %j, which the schema pattern lets through or which is no date',
    (text) => {
      expect(parseDay(text, 'start')).toBeNull();
    },
  );

  it('accepts only full dates for --as-of', () => {
    expect(parseIsoDate('2026-11')).toBeNull();
    expect(formatDay(parseIsoDate('2026-11-01')!)).toBe('2026-11-01');
  });
});

describe('calendar arithmetic', () => {
  it('adds years and months, clamping to the end of shorter months', () => {
    expect(formatDay(addYears(parseIsoDate('2024-02-29')!, 1))).toBe('2025-03-01');
    expect(formatDay(addMonths(parseIsoDate('2026-01-31')!, 1))).toBe('2026-02-28');
    expect(formatDay(addMonths(parseIsoDate('2026-11-15')!, -14))).toBe('2025-09-15');
  });
});
