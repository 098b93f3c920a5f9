import type { ChalkInstance } from 'chalk';
import type { Status, Verdict } from '../engine/assessment.js';
import { groupDigits } from '../groupDigits.js';

/** Colour is passed in: reporters never decide whether the output is a terminal. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  status(status: Status, text: string): string;
  verdict(verdict: Verdict, text: string): string;
}

export const plainStyle: Style = {
  bold: (t) => t,
  dim: (t) => t,
  status: (_s, t) => t,
  verdict: (_v, t) => t,
};

export function chalkStyle(chalk: ChalkInstance): Style {
  const byStatus = { met: chalk.green, partial: chalk.yellow, missing: chalk.red, unknown: chalk.cyan };
  const byVerdict = { ready: chalk.green.bold, nearly: chalk.yellow.bold, 'not-ready': chalk.red.bold };
  return {
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    status: (s, t) => byStatus[s](t),
    verdict: (v, t) => byVerdict[v](t),
  };
}

/** Symbols that still read without colour, and words beside them for screen readers and grep. */
export const STATUS_MARK: Record<Status, string> = { met: '✔', partial: '◐', missing: '✘', unknown: '?' };
export const VERDICT_TEXT: Record<Verdict, string> = { ready: 'READY', nearly: 'NEARLY', 'not-ready': 'NOT READY' };

/**
 * Layout counts code points, not UTF-16 units: "é" and "𝔸" are one column each. (Wide CJK and
 * emoji take two columns in most terminals; the résumés this tool reads rarely carry them.)
 */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

/** Cuts text to at most `max` columns, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

const ESC = String.fromCharCode(0x1b);
const BEL = String.fromCharCode(0x07);
/** A whole CSI (colour, cursor) or OSC (window title, hyperlink) sequence, not just its ESC. */
const TERMINAL_SEQUENCE = new RegExp(`${ESC}\\[[0-?]*[ -/]*[@-~]|${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)?`, 'g');

/**
 * Text from a résumé made safe to print: terminal sequences, control characters (ESC above
 * all, which would let a résumé drive the terminal) and bidirectional overrides become spaces;
 * runs of white space collapse to one space.
 */
export function clean(text: string): string {
  let out = '';
  for (const ch of text.replace(TERMINAL_SEQUENCE, ' ')) {
    const cp = ch.codePointAt(0)!;
    const control = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f;
    out += control ? ' ' : ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function bar(fraction: number, columns: number): string {
  const f = Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
  const filled = Math.round(f * columns);
  return '█'.repeat(filled) + '░'.repeat(columns - filled);
}

/**
 * Greedy word wrap of cleaned text to lines of at most `columns` code points; continuation
 * lines get `indent` in front (the caller places the first line). A word longer than a line,
 * such as a URL, is cut so that no line overflows.
 */
export function wrap(text: string, columns: number, indent = ''): string[] {
  const max = Math.max(1, columns);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of clean(text).split(' ')) {
    if (!word) continue;
    const chars = [...word];
    if (lineWidth && lineWidth + 1 + chars.length <= max) {
      line += ' ' + word;
      lineWidth += 1 + chars.length;
      continue;
    }
    if (lineWidth) lines.push(line);
    // Cut by index: slicing off the rest after each piece would copy a long word once per line.
    let at = 0;
    for (; chars.length - at > max; at += max) lines.push(chars.slice(at, at + max).join(''));
    line = at ? chars.slice(at).join('') : word;
    lineWidth = chars.length - at;
  }
  if (lineWidth) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/** Lines of `prefix` + wrapped text, continuation lines indented to the text: a hanging indent. */
export function hanging(prefix: string, text: string, columns: number): string[] {
  const indent = ' '.repeat(width(prefix));
  const lines = wrap(text, columns - indent.length, indent);
  return lines.length ? [prefix + lines[0], ...lines.slice(1)] : [prefix.trimEnd()];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;


/**
 * A measured or expected value as a person reads it. `kind` (the criterion's kind) gives bare
 * numbers their unit: years of experience, the size of a team, an amount of money.
 */
export function describeValue(value: unknown, kind?: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    if (kind === 'experience') return plural(value, 'year');
    if (kind === 'leadership') return `a team of ${value}`;
    if (kind === 'budget') return groupDigits(value);
    return String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map((v) => describeValue(v)).join(', ') : 'none';
  const o = value as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(', ') : '');
  if ('equivalentExperienceYears' in o) {
    const degree = 'level' in o ? `${describeValue({ level: o.level, fields: o.fields, held: o.held })}, and ` : '';
    return `${degree}${plural(Number(o.equivalentExperienceYears), 'year')} of equivalent experience`;
  }
  if ('level' in o) return `${String(o.level)}${Array.isArray(o.fields) && o.fields.length ? ` in ${list(o.fields)}` : ''}${o.held === false ? ' (in progress)' : ''}`;
  if ('id' in o && 'earned' in o) {
    const expires = o.expires ? `, expires ${String(o.expires)}` : '';
    const currency = o.current === false ? ', lapsed' : o.currency === 'unverified' ? ', currency unverified' : '';
    return `${String(o.id)}${o.earned ? ` (${String(o.earned)})` : ''}${o.current === false && o.expires ? `, expired ${String(o.expires)}` : `${expires}${currency}`}`;
  }
  if ('years' in o && 'externalJobs' in o) {
    const internal = typeof o.internalJobs === 'number' && o.internalJobs > 0 ? `; ${plural(o.internalJobs, 'internal job')}` : '';
    return `${plural(Number(o.years), 'year')} in ${plural(Number(o.externalJobs), 'external job')}${internal}`;
  }
  if ('anyOf' in o) return `${o.min !== undefined ? `${String(o.min)} of ` : 'any of '}${list(o.anyOf)}`;
  if ('allOf' in o) return `all of ${list(o.allOf)}`;
  if ('minLevel' in o) return `${String(o.minLevel)} or higher${Array.isArray(o.fields) && o.fields.length ? ` in ${list(o.fields)}` : ''}`;
  if ('minYears' in o) {
    const roles = Array.isArray(o.roles) && o.roles.length ? ` as ${list(o.roles)}` : '';
    return `${o.minYears ? `${plural(Number(o.minYears), 'year')} of ` : ''}external client work${roles}`;
  }
  return JSON.stringify(value);
}

/** What a criterion asks for: a bare number is a minimum ("5+ years", "a team of 8+"). */
export function describeExpected(value: unknown, kind?: string): string {
  if (typeof value !== 'number') return describeValue(value, kind);
  if (kind === 'experience') return `${value}+ years`;
  if (kind === 'leadership') return `a team of ${value}+`;
  return `${describeValue(value, kind)}+`;
}

/** A roadmap step's rough effort in words: "under a month", "about 6 months", "about 4 years". */
export function describeEffort(months: number): string {
  if (!(months >= 1)) return 'under a month';
  if (months < 23.5) return `about ${plural(Math.round(months), 'month')}`;
  const years = Math.round((months / 12) * 2) / 2;
  return `about ${years} years`;
}


/** How a roadmap step reads its cost: a clarification is not months of work. */
export function actionEffort(action: { type: 'clarify' | 'develop'; effortMonths: number }): string {
  return action.type === 'clarify' ? 'say what is true' : describeEffort(action.effortMonths);
}

/** "project management 10.0, engineering 4.2; domains: cloud 10.0", longest first; '' without a work history. */
export function describeExperience(e: { total?: number; roles: Record<string, number>; inferred?: Record<string, number>; domains: Record<string, number>; gaps?: { from: string; to: string; months: number }[] } | null): string {
  if (!e) return '';
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([k, years]) => `${k.replace(/-/g, ' ')} ${years.toFixed(1)}`)
      .join(', ');
  const roles = list(e.roles);
  const inferred = list(e.inferred ?? {});
  const domains = list(e.domains);
  if (!roles && !domains && !inferred) return 'no dated jobs';
  const total = e.total === undefined ? '' : `${e.total.toFixed(1)} in all`;
  const gaps = (e.gaps ?? []).map((g) => `${g.from.slice(0, 7)} to ${g.to.slice(0, 7)} (${g.months.toFixed(0)} months)`).join(', ');
  return [total, roles, inferred && `inferred from duties: ${inferred}`, domains && `domains: ${domains}`, gaps && `gaps: ${gaps}`].filter(Boolean).join('; ');
}
