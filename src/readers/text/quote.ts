import type { Evidence } from '../../profile/profile.js';

/** Non-empty text with where it stands (a JSON pointer, or file and row): the unit every matcher reads and every evidence quotes. */
export type Snippet = Evidence;

const MAX_QUOTE = 200;

/** Whitespace that quote() folds: any but a single space (a single space at the ends, trim takes). */
const FOLDED = /[^\S ]| {2}/;

/** A quote short enough for a report line. */
export function quote(text: string): string {
  // Most texts are one line with single spaces: then there is nothing to fold, only to trim.
  const oneLine = FOLDED.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  return oneLine.length > MAX_QUOTE ? oneLine.slice(0, MAX_QUOTE - 1) + '…' : oneLine;
}
