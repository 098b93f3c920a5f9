/**
 * Calendar days as integers (days since 1970-01-01, UTC). Integer days keep interval
 * arithmetic exact and cheap on the batch hot path, and make results independent of the
 * machine's time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function formatMonth(day: Day): string {
  return formatDay(day).slice(0, 7);
}

export function addYears(day: Day, years: number): Day {
  const d = new Date(day * MS_PER_DAY);
  return dayFromParts(d.getUTCFullYear() + years, d.getUTCMonth() + 1, d.getUTCDate());
}

export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromParts(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}

/** The average Gregorian year, so that 5 years of days reads as 5.0, not 4.99. */
export const DAYS_PER_YEAR = 365.2425;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export function todayUtc(now: Date): Day {
  return Math.floor(now.getTime() / MS_PER_DAY);
}
