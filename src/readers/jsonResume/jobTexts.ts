import type { Snippet } from '../text/quote.js';
import type { JobText } from '../text/engagement.js';
import type { JsonResume } from './jsonResumeSchema.js';

// Lists name things (skills, keywords, certificates, awards, courses); everything else is running text.
const LIST_TEXT = /\/(?:skills|keywords|certificates|awards|courses|roles)(?:\/|$)/;

/** Whether a snippet is running text, where some aliases count only as written (vocabulary/schema.ts). */
export function isProse(path: string): boolean {
  return !LIST_TEXT.test(path);
}

/**
 * Adds the text at `path` to `out`, trimmed, unless it is empty; returns `out`. Texts are pushed
 * where they go rather than returned as arrays to spread: reading a résumé makes dozens of them.
 */
export function addSnippet(out: Snippet[], path: string, text: string | undefined): Snippet[] {
  if (text === undefined) return out;
  const trimmed = text.trim();
  if (trimmed !== '') out.push({ path, text: trimmed });
  return out;
}

/** Adds each text of a list, at `path`/index, as addSnippet does. */
export function addSnippets(out: Snippet[], path: string, list: readonly (string | undefined)[] | undefined): Snippet[] {
  if (list === undefined) return out;
  for (let i = 0; i < list.length; i++) addSnippet(out, `${path}/${i}`, list[i]);
  return out;
}

type Entry = NonNullable<NonNullable<JsonResume['work']>[number] | NonNullable<JsonResume['volunteer']>[number]>;

/** The texts of one job (work or volunteer entry), by where they stand. */
export function jobTexts(base: string, entry: Entry): JobText {
  const e = entry as Record<string, unknown>;
  const str = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(e[k]) ? (e[k] as string[]) : undefined);
  const employerKey = ['name', 'organization', 'company'].find((k) => str(k));
  const employer: Snippet[] = [];
  if (employerKey) addSnippet(employer, `${base}/${employerKey}`, str(employerKey));
  const body: Snippet[] = [];
  addSnippet(body, `${base}/summary`, str('summary'));
  addSnippets(body, `${base}/highlights`, list('highlights'));
  addSnippets(body, `${base}/keywords`, list('keywords'));
  return {
    title: addSnippet([], `${base}/position`, str('position')),
    employer: addSnippet(employer, `${base}/description`, str('description')),
    body,
  };
}
