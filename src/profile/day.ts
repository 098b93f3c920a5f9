/**
 * Calendar days as integers (days since 1970-01-01, UTC). Integer days keep interval
 * arithmetic exact and cheap on the batch hot path, and make results independent of the
 * machine's time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// The calendar in integer arithmetic (H. Hinnant's days_from_civil and civil_from_days): no
// Date object per call on the batch hot path. Date.UTC's rules are kept where the integer path
// would differ: a month out of range rolls over the years, a day out of range over the months,
// and years 0 to 99 mean 1900 to 1999. test/profile/day.test.ts compares the two on every day.

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of the first day of a month (1 to 12) of a year. */
function firstOfMonth(year: number, month: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A day as its year, month (1 to 12) and day of the month. */
export function partsOfDay(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

export function dayFromParts(year: number, month: number, day: number): Day {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  const months = (year >= 0 && year <= 99 ? year + 1900 : year) * 12 + (month - 1);
  const y = Math.floor(months / 12);
  return firstOfMonth(y, months - y * 12 + 1) + day - 1;
}

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || month < 1 || month > 12 || !Number.isInteger(month) || (year >= 0 && year <= 99)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the JSON Resume iso8601 pattern), rejecting
 * impossible calendar values that the schema's pattern lets through (`2019-19`, `2020-02-31`).
 * A partial date stands for a period: `edge` picks its first or its last day, so a job
 * "2019 to 2020" counts two whole years rather than one.
 */
export function parseDay(text: string, edge: 'start' | 'end'): Day | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) return null;
  if (m[2] === undefined) return edge === 'start' ? dayFromParts(year, 1, 1) : dayFromParts(year, 12, 31);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return edge === 'start' ? dayFromParts(year, month, 1) : dayFromParts(year, month, daysInMonth(year, month));
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromParts(year, month, day);
}

/** Strict `YYYY-MM-DD`, for `--as-of`. */
export function parseIsoDate(text: string): Day | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDay(text, 'start') : null;
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

export function formatDay(day: Day): string {
  const p = partsOfDay(day);
  // Outside years 0 to 9999 ISO 8601 writes a sign and six digits; Date knows how.
  if (!Number.isInteger(day) || p.year < 0 || p.year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
}

export function formatMonth(day: Day): string {
  return formatDay(day).slice(0, 7);
}

export function addYears(day: Day, years: number): Day {
  const d = partsOfDay(day);
  return dayFromParts(d.year + years, d.month, d.day);
}

export function addMonths(day: Day, months: number): Day {
  const d = partsOfDay(day);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromParts(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** The average Gregorian year, so that 5 years of days reads as 5.0, not 4.99. */
export const DAYS_PER_YEAR = 365.2425;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export function todayUtc(now: Date): Day {
  return Math.floor(now.getTime() / MS_PER_DAY);
}
