import { describe, expect, it } from 'vitest';
import { addMonths, addYears, dayFromParts, daysInMonth, formatDay, parseDay, parseIsoDate } from '../../src/profile/day.js';

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

describe('the integer calendar agrees with Date', () => {
  // The Date-based definitions the integer arithmetic replaced, as the reference.
  const MS = 86_400_000;
  const viaDate = {
    dayFromParts: (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / MS),
    daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
    formatDay: (day: number) => new Date(day * MS).toISOString().slice(0, 10),
    addYears: (day: number, years: number) => {
      const d = new Date(day * MS);
      return viaDate.dayFromParts(d.getUTCFullYear() + years, d.getUTCMonth() + 1, d.getUTCDate());
    },
    addMonths: (day: number, months: number) => {
      const d = new Date(day * MS);
      const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
      const year = Math.floor(total / 12);
      const month = (total % 12) + 1;
      return viaDate.dayFromParts(year, month, Math.min(d.getUTCDate(), viaDate.daysInMonth(year, month)));
    },
  };

  it('on every day from 1800 to 3100: its date, a year on and back, months on and back', () => {
    const wrong: string[] = [];
    const first = viaDate.dayFromParts(1800, 1, 1);
    const last = viaDate.dayFromParts(3100, 12, 31);
    for (let day = first; day <= last; day++) {
      if (formatDay(day) !== viaDate.formatDay(day)) wrong.push(`formatDay ${day}`);
      for (const n of [1, -1, 5]) if (addYears(day, n) !== viaDate.addYears(day, n)) wrong.push(`addYears ${day} ${n}`);
      for (const n of [1, -1, 13, -25]) if (addMonths(day, n) !== viaDate.addMonths(day, n)) wrong.push(`addMonths ${day} ${n}`);
      if (wrong.length > 10) break;
    }
    expect(last - first).toBeGreaterThan(470_000);
    expect(wrong).toEqual([]);
  });

  it('on parts out of range, which Date rolls over, and on years 0 to 99, which Date reads as 1900 to 1999', () => {
    const wrong: string[] = [];
    for (const y of [-401, -1, 0, 1, 50, 99, 100, 1899, 1900, 2000, 2024, 2100, 2400, 9999, 10000]) {
      for (let m = -14; m <= 27; m++) {
        if (daysInMonth(y, m) !== viaDate.daysInMonth(y, m)) wrong.push(`daysInMonth ${y} ${m}`);
        for (const d of [-40, -1, 0, 1, 28, 29, 30, 31, 32, 400]) if (dayFromParts(y, m, d) !== viaDate.dayFromParts(y, m, d)) wrong.push(`dayFromParts ${y} ${m} ${d}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
