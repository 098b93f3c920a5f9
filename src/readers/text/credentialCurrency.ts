import type { Day } from '../../profile/day.js';
import { readDate } from '../../profile/readDate.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { Words } from '../../vocabulary/words.js';

/** What a credential's own text says of its currency; each field only when stated. */
export interface StatedCurrency {
  expires?: Day;
  lapsed?: boolean;
  /** The first year of a validity range ("PMP 2010-2022"), when no other date is given. */
  earned?: Day;
}

// A date right after an expiry word: "2021", "03/2027", "2027-03", "March 2027", "mars 2027".
const DATE_AFTER = /^[\s:.,()-]*((?:\d{1,2}[/.-])?\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|\p{L}{3,12}\.?,?\s+(?:de\s+)?\d{4})/u;
// A validity range right after the name: "PMP 2010-2022", "PMP (2012 to 2018)". Years only, as
// people write them; anchored, so that a later "projects 2015-2019" in the sentence is not one.
const RANGE = /^[\s,:;(–—-]*((?:19|20)\d{2})\s*(?:-|–|—|to|until|bis|au|al)\s*((?:19|20)\d{2})\b/;

/**
 * Reads the currency a credential's text states, after its name: `text` is the certificate
 * entry or the part of a sentence that follows the name. A listed credential with no stated
 * expiry is held, its currency unverified (../shared/research/inputs.md §3): this returns
 * nothing for it, and only words or dates that say so make it lapsed.
 */
export function statedCurrency(text: string, vocab: Vocabulary): StatedCurrency {
  const out: StatedCurrency = {};
  const words = Words.of(text);
  const lapsed = vocab.lapsedMatcher.all(words);
  if (lapsed.length) out.lapsed = true;
  // "exp. 2021", "valid until 03/2027", and "expired 2020" too: the date after either kind of word.
  for (const m of [...vocab.expiryMatcher.all(words), ...lapsed]) {
    const date = DATE_AFTER.exec(text.slice(m.index + m.text.length))?.[1];
    const read = date === undefined ? null : readDate(date, 'end', vocab.dates);
    if (read?.ok && read.day !== 'now') {
      out.expires = read.day;
      break;
    }
  }
  const range = RANGE.exec(text);
  if (range && Number(range[2]) >= Number(range[1])) {
    const from = readDate(range[1]!, 'start', vocab.dates);
    const to = readDate(range[2]!, 'end', vocab.dates);
    if (from.ok && from.day !== 'now') out.earned = from.day;
    if (to.ok && to.day !== 'now' && out.expires === undefined) out.expires = to.day;
  }
  return out;
}
