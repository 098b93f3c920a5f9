import type { ChalkInstance } from 'chalk';
import type { Status, Verdict } from '../engine/assessment.js';

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

export function bar(fraction: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** Greedy word wrap; continuation lines get `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/** A measured value as a person reads it. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(', ') : 'none';
  const o = value as Record<string, unknown>;
  if ('level' in o) return `${String(o.level)}${Array.isArray(o.fields) && o.fields.length ? ` in ${o.fields.join(', ')}` : ''}${o.held === false ? ' (in progress)' : ''}`;
  if ('id' in o && 'earned' in o) return `${String(o.id)}${o.earned ? ` (${String(o.earned)})` : ''}${o.current === false ? ', lapsed' : ''}`;
  if ('years' in o && 'externalJobs' in o) return `${String(o.years)} years in ${String(o.externalJobs)} external job(s)`;
  if ('anyOf' in o) return `${o.min !== undefined ? `${String(o.min)} of ` : 'any of '}${(o.anyOf as string[]).join(', ')}`;
  if ('allOf' in o) return `all of ${(o.allOf as string[]).join(', ')}`;
  if ('minLevel' in o) return `${String(o.minLevel)}${Array.isArray(o.fields) ? ` in ${o.fields.join(', ')}` : ''}`;
  if ('minYears' in o) return `${String(o.minYears)} years${Array.isArray(o.roles) ? ` (${o.roles.join(', ')})` : ''}`;
  return JSON.stringify(value);
}
