import type { Alias } from './schema.js';
import { shapeOf, tokenize, Words } from './words.js';

export interface Match<T> {
  value: T;
  /** The text as written, for evidence. */
  text: string;
  index: number;
}

/**
 * Finds whole-word occurrences of many aliases. Aliases are indexed by their first word once
 * per run; matching a text is then one pass over its words with hash look-ups, whatever the
 * number of aliases (a single alternation regex over hundreds of aliases was ~100x slower
 * than JSON.parse on the batch hot path).
 */
export interface Matcher<T> {
  /**
   * Every non-overlapping match, left to right, longest alias first at each word. `prose`: the
   * text is running text, where aliases marked `prose` in the vocabulary count only as written
   * (or not at all); without it the text is a list item (skills, keywords, certificates).
   */
  all(text: string | Words, context?: MatchContext): Match<T>[];
  /** The distinct values found. */
  values(text: string | Words, context?: MatchContext): T[];
}

export interface MatchContext {
  prose: boolean;
}

const words = (alias: string) => tokenize(alias).map((t) => t.word);

export interface Entry<T> {
  words: string[];
  values: T[];
  /** Context: one of these word sequences must also appear in the text. */
  near?: string[][];
  /** In prose: only with these exact words (capitals and accents as written), or only as a list item. */
  prose?: { asWritten: string[] } | 'list-item';
}

function startsAt(w: Words, i: number, seq: readonly string[]): boolean {
  if (i + seq.length > w.count) return false;
  for (let k = 0; k < seq.length; k++) if (w.word(i + k) !== seq[k]) return false;
  return true;
}

function containsSequence(w: Words, seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= w.count; i++) if (startsAt(w, i, seq)) return true;
  return false;
}

/**
 * What stands between the items of a list written in a sentence: punctuation, or a word that
 * joins the last item ("risk management, scheduling and budgets"; "réseaux, stockage et
 * sauvegarde"), from the vocabulary (terms.yaml listWords).
 */
interface ListSeparators {
  before: RegExp;
  after: RegExp;
}

function listSeparators(words: readonly string[]): ListSeparators {
  const joined = words.map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|');
  const word = joined ? `|(?<![\\p{L}\\p{N}])(?:${joined})` : '';
  return { before: new RegExp(`(?:^|[,;:/•|(]${word})\\s*$`, 'iu'), after: new RegExp(`^\\s*(?:$|[,;/.|)]${joined ? `|(?:${joined})(?![\\p{L}\\p{N}])` : ''})`, 'iu') };
}

/** Whether text[start, end) stands alone between list separators (or is the whole text). */
function isListItem(text: string, start: number, end: number, separators: ListSeparators): boolean {
  return separators.before.test(text.slice(Math.max(0, start - 8), start)) && separators.after.test(text.slice(end, end + 8));
}

/** The words of a text as written, for aliases that count in prose only with their capitals. */
const rawWords = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

// A word written with a hyphen and a space ("Risiko- und Ressourcenmanagement", "Budget-, Termin- und
// Kostenplanung") shares the tail of a compound that follows; German writes lists of compounds so.
const SUSPENDED = /^-[\s,/]/;

/**
 * The alias a suspended word makes with the tail of the compound after it: "Risiko-" and
 * "Ressourcenmanagement" make "risikomanagement" when that is an alias whose end ("management")
 * ends the compound. The compound is the first word after the suspended ones, or the one after
 * that (past the "und", "oder", "bzw." between them). Found from the aliases, so no language's
 * words are needed here.
 */
function suspendedCompound(w: Words, i: number, oneWordAliases: () => readonly string[]): { word: string; end: number } | undefined {
  const text = w.text;
  // The hyphen first: most words have none after them, and the slice and regex cost more.
  const isSuspended = (k: number) => k < w.count && text.charCodeAt(w.end(k)) === 45 && SUSPENDED.test(text.slice(w.end(k), w.end(k) + 2));
  if (!isSuspended(i)) return undefined;
  let j = i + 1;
  while (isSuspended(j)) j++;
  const head = w.word(i);
  for (const k of [j, j + 1]) {
    if (k >= w.count || isSuspended(k)) continue;
    const tail = w.word(k);
    const word = oneWordAliases().find((a) => a.length > head.length + 3 && a.startsWith(head) && tail.endsWith(a.slice(head.length)));
    if (word !== undefined) return { word, end: w.end(k) };
  }
  return undefined;
}

/**
 * A matcher's aliases as plain, compact data: per first word, its entries in the order the
 * matcher tries them (longest first), each as its words (joined by spaces, which no word holds),
 * its values, and its context and prose rules when it has them. The build works out the
 * embedded vocabulary's indexes ahead (knownMatchers.ts), so that start-up does not tokenize
 * some two thousand aliases; matcherFromIndex makes the same matcher from either.
 */
export interface MatcherIndex<T> {
  lists: [firstWord: string, entries: PackedEntry<T>[]][];
  /** The words that join a list's last item, for `list-item` aliases (terms.yaml listWords). */
  listWords?: string[];
}

export interface MatcherOptions {
  /** The words that join a list's last item ("and", "et"), for `list-item` aliases; none when not given. */
  listWords?: readonly string[];
}

type PackedEntry<T> = [words: string, values: T[], near?: string[][] | null, prose?: Entry<T>['prose']];

function unpack<T>([joined, values, near, prose]: PackedEntry<T>): Entry<T> {
  return { words: joined.split(' '), values, ...(near && { near }), ...(prose && { prose }) };
}

export function createMatcher<T>(entries: ReadonlyArray<{ alias: Alias; value: T }>, options: MatcherOptions = {}): Matcher<T> {
  return matcherFromIndex(matcherIndex(entries, options));
}

export function matcherIndex<T>(entries: ReadonlyArray<{ alias: Alias; value: T }>, options: MatcherOptions = {}): MatcherIndex<T> {
  const byFirstWord = new Map<string, Entry<T>[]>();
  const byKey = new Map<string, Entry<T>>();
  const add = (seq: string[], value: T, near: string[][] | undefined, prose: Entry<T>['prose']) => {
    if (seq.length === 0) return;
    // One alias may stand for several values ("Microsoft Teams": a tool and the collaboration domain).
    const key = `${seq.join(' ')}\u0000${String(near)}\u0000${JSON.stringify(prose)}`;
    const same = byKey.get(key);
    if (same) {
      same.values.push(value);
      return;
    }
    const entry: Entry<T> = { words: seq, values: [value], ...(near && { near }), ...(prose && { prose }) };
    byKey.set(key, entry);
    const list = byFirstWord.get(seq[0]!);
    if (list) list.push(entry);
    else byFirstWord.set(seq[0]!, [entry]);
  };
  for (const { alias, value } of entries) {
    const text = typeof alias === 'string' ? alias : alias.text;
    const near = typeof alias === 'string' ? undefined : alias.near?.map(words);
    const rule = typeof alias === 'string' ? undefined : alias.prose;
    const prose: Entry<T>['prose'] = rule === 'as-written' ? { asWritten: rawWords(text) } : rule;
    const seq = words(text);
    add(seq, value, near, prose);
    // "Scrum Master" also matches "ScrumMaster", "PMI-ACP" also "PMIACP", "Ph.D." also "PhD";
    // an alias that needs its capitals in prose keeps them joined ("ProjectManagementProfessional").
    if (seq.length > 1) add([seq.join('')], value, near, prose === undefined || prose === 'list-item' ? prose : { asWritten: [prose.asWritten.join('')] });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const pack = (e: Entry<T>): PackedEntry<T> => (e.prose ? [e.words.join(' '), e.values, e.near ?? null, e.prose] : e.near ? [e.words.join(' '), e.values, e.near] : [e.words.join(' '), e.values]);
  return { lists: [...byFirstWord].map(([word, list]) => [word, list.map(pack)]), ...(options.listWords?.length && { listWords: [...options.listWords] }) };
}

/** Whether an entry found at word i counts where it stands (its prose rule, in running text). */
function allowed<T>(w: Words, prose: boolean, e: Entry<T>, i: number, end: number, separators: () => ListSeparators): boolean {
  if (!prose || e.prose === undefined) return true;
  if (e.prose === 'list-item') return isListItem(w.text, w.start(i), end, separators());
  return e.prose.asWritten.every((written, k) => w.text.slice(w.start(i + k), w.end(i + k)) === written);
}

/** Whether the text holds one of the entry's context words, when it needs them. */
function inContext<T>(w: Words, e: Entry<T>): boolean {
  return !e.near || e.near.some((seq) => containsSequence(w, seq));
}

/**
 * Adds to `out` the values it does not hold yet; returns the Set kept of them once `out` has
 * more than 32 (before that, a scan of the few found so far is cheaper than a Set; after it, the
 * Set keeps a long text linear).
 */
function addDistinct<T>(out: T[], seen: Set<T> | undefined, found: readonly T[]): Set<T> | undefined {
  for (const value of found) {
    if (seen ? seen.has(value) : out.includes(value)) continue;
    out.push(value);
    if (seen) seen.add(value);
    else if (out.length > 32) seen = new Set(out);
  }
  return seen;
}

/** An entry found in a text, and the part of the text it covers. */
interface Hit<T> {
  entry: Entry<T>;
  start: number;
  end: number;
}

export function matcherFromIndex<T>(index: MatcherIndex<T>): Matcher<T> {
  // A first word's entries are unpacked when a text first holds it: one résumé meets a few
  // hundred of the vocabulary's words, and the rest need not be made.
  const lists = new Map<string, Entry<T>[] | PackedEntry<T>[]>(index.lists);
  const firstWords = new Uint8Array(1 << 14);
  for (const [word] of index.lists) firstWords[shapeOf(word)] = 1;
  const entriesOf = (word: string): Entry<T>[] | undefined => {
    const list = lists.get(word);
    if (list === undefined || !Array.isArray(list[0])) return list as Entry<T>[] | undefined;
    const entries = (list as PackedEntry<T>[]).map(unpack);
    lists.set(word, entries);
    return entries;
  };
  let separators: ListSeparators | undefined;
  const listSeparatorsOf = () => (separators ??= listSeparators(index.listWords ?? []));
  let oneWordAliases: string[] | undefined;
  const oneWord = () => (oneWordAliases ??= index.lists.filter(([, list]) => list.some(([joined]) => !joined.includes(' '))).map(([word]) => word));

  /** The entry that matches at word i where it stands, longest first. */
  function hitAt(w: Words, prose: boolean, i: number): Entry<T> | undefined {
    // Most words of a text begin no alias, and a word whose shape no first word has is passed
    // without making it or hashing it for the Map: about 7 in 10 words of a résumé for the
    // terms, 9 in 10 for the credentials.
    if (firstWords[w.shape(i)] === 0) return undefined;
    const candidates = entriesOf(w.word(i));
    if (candidates === undefined) return undefined;
    // Plain loops, not find() with closures: this runs for every word of every text of a batch.
    for (const e of candidates) {
      if (startsAt(w, i, e.words) && allowed(w, prose, e, i, w.end(i + e.words.length - 1), listSeparatorsOf) && inContext(w, e)) return e;
    }
    return undefined;
  }

  /** The one-word alias a suspended word at word i makes with a compound after it ("Risiko- und Ressourcenmanagement"). */
  function compoundAt(w: Words, prose: boolean, i: number): Hit<T> | undefined {
    // Only a word with a hyphen after it can be a suspended one: most words are passed by here,
    // before anything is allocated (a closure here would make every call allocate its context).
    if (w.text.charCodeAt(w.end(i)) !== 45) return undefined;
    const compound = suspendedCompound(w, i, oneWord);
    return compound && compoundHit(w, prose, i, compound);
  }

  function compoundHit(w: Words, prose: boolean, i: number, compound: { word: string; end: number }): Hit<T> | undefined {
    // An alias that needs its capitals in prose is not written out here, so it counts only in lists.
    const fits = (e: Entry<T>) => e.words.length === 1 && (typeof e.prose === 'object' ? !prose : allowed(w, prose, e, i, compound.end, listSeparatorsOf)) && inContext(w, e);
    const entry = entriesOf(compound.word)!.find(fits);
    return entry && { entry, start: w.start(i), end: compound.end };
  }

  /** Every non-overlapping hit, left to right: the one pass all() and values() share. */
  function scan(w: Words, prose: boolean): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < w.count; ) {
      const entry = hitAt(w, prose, i);
      if (entry === undefined) {
        const compound = compoundAt(w, prose, i);
        if (compound) hits.push(compound);
        i++;
        continue;
      }
      hits.push({ entry, start: w.start(i), end: w.end(i + entry.words.length - 1) });
      i += entry.words.length;
    }
    return hits;
  }

  function all(input: string | Words, context?: MatchContext): Match<T>[] {
    const w = typeof input === 'string' ? Words.of(input) : input;
    const out: Match<T>[] = [];
    for (const { entry, start, end } of scan(w, context?.prose === true)) {
      for (const value of entry.values) out.push({ value, text: w.text.slice(start, end), index: start });
    }
    return out;
  }

  /** all()'s distinct values in the order first found, without making the matches: most callers want only these. */
  function values(input: string | Words, context?: MatchContext): T[] {
    const w = typeof input === 'string' ? Words.of(input) : input;
    const out: T[] = [];
    let seen: Set<T> | undefined;
    for (const hit of scan(w, context?.prose === true)) seen = addDistinct(out, seen, hit.entry.values);
    return out;
  }

  return { all, values };
}
