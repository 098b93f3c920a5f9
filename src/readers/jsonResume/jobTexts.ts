import type { Snippet } from '../text/quote.js';
import type { JobText } from '../text/engagement.js';
import type { JsonResume } from './jsonResumeSchema.js';

// Lists name things (skills, keywords, certificates, awards, courses); everything else is running text.
const LIST_TEXT = /\/(?:skills|keywords|certificates|awards|courses|roles)(?:\/|$)/;

/** Whether a snippet is running text, where some aliases count only as written (vocabulary/schema.ts). */
export function isProse(path: string): boolean {
  return !LIST_TEXT.test(path);
}

export function snippet(path: string, text: string | undefined): Snippet[] {
  if (text === undefined) return [];
  const trimmed = text.trim();
  return trimmed === '' ? [] : [{ path, text: trimmed }];
}

export function snippets(path: string, list: readonly (string | undefined)[] | undefined): Snippet[] {
  return (list ?? []).flatMap((t, i) => snippet(`${path}/${i}`, t));
}

type Entry = NonNullable<NonNullable<JsonResume['work']>[number] | NonNullable<JsonResume['volunteer']>[number]>;

/** The texts of one job (work or volunteer entry), by where they stand. */
export function jobTexts(base: string, entry: Entry): JobText {
  const e = entry as Record<string, unknown>;
  const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(e[k]) ? (e[k] as string[]) : undefined);
  const employerKey = ['name', 'organization', 'company'].find((k) => str(k));
  return {
    title: snippet(`${base}/position`, str('position')),
    employer: [...(employerKey ? snippet(`${base}/${employerKey}`, str(employerKey)) : []), ...snippet(`${base}/description`, str('description'))],
    body: [...snippet(`${base}/summary`, str('summary')), ...snippets(`${base}/highlights`, list('highlights')), ...snippets(`${base}/keywords`, list('keywords'))],
  };
}
