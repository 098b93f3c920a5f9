import { dayFromParts, daysInMonth, parseDay, type Day } from './day.js';

/**
 * Dates as people write them in résumés and exports: ISO 8601 (`2019-04`), month names in
 * several languages (`May 2022`, `Juin 2018`, `enero de 2015`, `09 Jan, 2019`), numeric forms
 * (`04/2019`, `2019/04`) and words for "now" (`Present`, `aujourd'hui`). Pure: the month names
 * and now-words are data (rubrics/vocabulary/dates.yaml), compiled by the vocabulary.
 */

/** The words a date may contain, folded with {@link foldText}. */
export interface DateWords {
  /** Month names and abbreviations -> month number (1-12). */
  months: ReadonlyMap<string, number>;
  /** Whole texts that mean "still ongoing". */
  now: ReadonlySet<string>;
  /** Words that join the parts of a date ("de" in "enero de 2015"), ignored. */
  fillers: ReadonlySet<string>;
}

/** A partial date stands for a period; `edge` picks its first or its last day. */
export type Edge = 'start' | 'end';

/**
 * What a date text says. `how` is null when the text is an ISO 8601 date as JSON Resume asks,
 * and otherwise says how it was read, so that no reading is a silent guess.
 */
export type DateReading = { ok: true; day: Day | 'now'; how: string | null } | { ok: false; problem: string };

/** Lower case without accents, with one kind of apostrophe: "Février" and "fevrier" are one word. */
export function foldText(text: string): string {
  const lower = text.toLowerCase().replace(/[’`´]/g, "'");
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

// Nothing longer is a date; the limit also bounds the work done on a hostile value.
const MAX_DATE_TEXT = 64;
const ISO_SHAPE = /^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/;
const ISO_WITH_TAIL = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?|[-/.\s]+|\s*\([^()]*\))$/;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const A_B_YEAR = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const NO_SUCH_DAY = /^(\d{4})-(\d{2})-(29|30|31)$/;
// "'16": a year written with two digits after an apostrophe, as in "Jan '16".
const SHORT_YEAR = /^['’](\d{2})$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|re|eme|o|a|º|ª)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(year: number, month: number, edge: Edge, text: string): DateReading {
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return { ok: false, problem: `"${text}" is not a calendar date` };
  const day = edge === 'start' ? dayFromParts(year, month, 1) : dayFromParts(year, month, daysInMonth(year, month));
  return { ok: true, day, how: `read as ${year}-${pad(month)}` };
}

/** Two-digit years: 00-49 are this century, 50-99 the last one (the POSIX strptime %y rule, shifted for résumés). */
function fullYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

function yearOf(yy: number, edge: Edge): DateReading {
  const year = fullYear(yy);
  return { ok: true, day: edge === 'start' ? dayFromParts(year, 1, 1) : dayFromParts(year, 12, 31), how: `read as ${year}` };
}

function dayOf(year: number, month: number, day: number, text: string): DateReading {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, problem: `"${text}" is not a calendar date` };
  }
  return { ok: true, day: dayFromParts(year, month, day), how: `read as ${year}-${pad(month)}-${pad(day)}` };
}

/** Reads one date text. An empty text is not a date; callers decide what absence means. */
export function readDate(text: string, edge: Edge, words: DateWords): DateReading {
  const t = text.trim();
  if (t.length > MAX_DATE_TEXT) return { ok: false, problem: `a text of ${t.length} characters is not a date` };
  const iso = parseDay(t, edge);
  if (iso !== null) return { ok: true, day: iso, how: null };
  const noSuchDay = NO_SUCH_DAY.exec(t);
  // "2022-02-30": the month is certain, the day a slip; read the month.
  if (noSuchDay) {
    const month = monthOf(Number(noSuchDay[1]), Number(noSuchDay[2]), edge, t);
    return month.ok ? { ...month, how: `has no such day; ${month.how}` } : month;
  }
  if (ISO_SHAPE.test(t)) return { ok: false, problem: `"${t}" is not a calendar date` };
  const shortYear = SHORT_YEAR.exec(t);
  if (shortYear) return yearOf(Number(shortYear[1]), edge);
  const folded = foldText(t).replace(/[.\s]+$/, '');
  if (words.now.has(folded)) return { ok: true, day: 'now', how: 'read as ongoing' };

  const tail = ISO_WITH_TAIL.exec(t);
  if (tail) {
    const day = parseDay(tail[1]!, edge);
    return day === null ? { ok: false, problem: `"${t}" is not a calendar date` } : { ok: true, day, how: `read as ${tail[1]}` };
  }
  let m = YEAR_MONTH.exec(t);
  if (m) return monthOf(Number(m[1]), Number(m[2]), edge, t);
  m = MONTH_YEAR.exec(t);
  if (m) return monthOf(Number(m[2]), Number(m[1]), edge, t);
  m = YEAR_MONTH_DAY.exec(t);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]), t);
  m = A_B_YEAR.exec(t);
  if (m) return dayMonthOrMonthDay(Number(m[1]), Number(m[3]), Number(m[4]), t);
  return readWords(folded, edge, words, t);
}

/** `03/04/2019` is 3 April in most of the world and 4 March in the US: read only when certain. */
function dayMonthOrMonthDay(a: number, b: number, year: number, text: string): DateReading {
  if (a === b || (a > 12 && b <= 12)) return dayOf(year, b, a, text);
  if (b > 12 && a <= 12) return dayOf(year, a, b, text);
  if (a > 12 && b > 12) return { ok: false, problem: `"${text}" is not a calendar date` };
  return {
    ok: false,
    problem: `"${text}" could be day/month or month/day; write ${year}-${pad(b)}-${pad(a)} or ${year}-${pad(a)}-${pad(b)}`,
  };
}

/** `May 2022`, `01 October 2013`, `09 Jan, 2019`, `enero de 2015`, `1. März 2020`, `January 15, 2019`. */
function readWords(folded: string, edge: Edge, words: DateWords, text: string): DateReading {
  let month: number | undefined;
  let year: number | undefined;
  let day: number | undefined;
  for (const part of folded.split(/[\s,./-]+/)) {
    if (part === '' || words.fillers.has(part)) continue;
    const named = words.months.get(part);
    const ordinal = ORDINAL_DAY.exec(part);
    if (named !== undefined && month === undefined) month = named;
    else if (/^\d{4}$/.test(part) && year === undefined) year = Number(part);
    else if (/^['’]\d{2}$/.test(part) && year === undefined) year = fullYear(Number(part.slice(1)));
    else if (ordinal && day === undefined) day = Number(ordinal[1]);
    else return { ok: false, problem: `"${text}" is not a date this tool can read` };
  }
  if (month === undefined || year === undefined) return { ok: false, problem: `"${text}" is not a date this tool can read` };
  return day === undefined ? monthOf(year, month, edge, text) : dayOf(year, month, day, text);
}
