/**
 * What a person types at a number question, read into a value or refused with a reason they
 * can act on. An empty answer is a skip (null). Pure: the shell passes the text and, for
 * dates, the as-of year.
 */
export type Parsed = { ok: true; value: number | null } | { ok: false; reason: string };

const skip: Parsed = { ok: true, value: null };
const refuse = (reason: string): Parsed => ({ ok: false, reason });

/** Years of experience: 0-60, fractions allowed ("4.5", "4,5"). */
export function parseYears(text: string): Parsed {
  const t = text.trim();
  if (!t) return skip;
  const n = Number(t.replace(/\s*(years?|yrs?)$/i, '').replace(',', '.'));
  if (!Number.isFinite(n)) return refuse('a number of years, e.g. 4 or 4.5');
  if (n < 0 || n > 60) return refuse('between 0 and 60 years, e.g. 4 or 4.5');
  return { ok: true, value: n };
}

/** A whole count (people, hours) from 0 to max; thousands separators allowed. */
export function parseCount(text: string, max: number, unit: string): Parsed {
  const t = text.trim();
  if (!t) return skip;
  const n = Number(t.replace(/[,\s_]/g, ''));
  if (!Number.isInteger(n)) return refuse(`a whole number of ${unit}, e.g. 12`);
  if (n < 0 || n > max) return refuse(`between 0 and ${max.toLocaleString('en-US')} ${unit}`);
  return { ok: true, value: n };
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/** An amount of money: "$2,000,000", "2M", "1.5M", "250k", "€ 300 000". The currency sign is dropped: amounts are not converted. */
export function parseAmount(text: string, max = 1e12): Parsed {
  const t = text.trim();
  if (!t) return skip;
  const m = /^(?:[A-Z]{0,3}[^\w\s.-]?)\s*(-?\d[\d,\s_]*(?:\.\d+)?|\.\d+)\s*(k|m|mm|b|bn|thousand|million|billion)?\s*(?:[A-Z]{3}|[^\w\s]{1,2})?$/i.exec(t);
  const words: Record<string, string> = { thousand: 'k', million: 'm', billion: 'b' };
  if (!m) return refuse('an amount, e.g. 2,000,000 or 2M or 250k');
  const digits = m[1]!.replace(/[,\s_]/g, '');
  const suffix = m[2] ? (words[m[2].toLowerCase()] ?? m[2].toLowerCase()) : '';
  const n = Number(digits) * (suffix ? SUFFIX[suffix]! : 1);
  if (!Number.isFinite(n) || n < 0) return refuse('an amount of 0 or more, e.g. 2,000,000 or 2M or 250k');
  if (n > max) return refuse(`at most ${max.toLocaleString('en-US')}`);
  return { ok: true, value: Math.round(n) };
}

/** A year (a credential earned, a degree completed): from 1950, and never after the as-of year. */
export function parseYear(text: string, asOfYear: number): Parsed {
  const t = text.trim();
  if (!t) return skip;
  if (!/^\d{4}$/.test(t)) return refuse('a year of four digits, e.g. 2019');
  const n = Number(t);
  if (n > asOfYear) return refuse(`${n} is in the future (today is in ${asOfYear}); give the year it happened`);
  if (n < 1950) return refuse('a year from 1950 on');
  return { ok: true, value: n };
}
