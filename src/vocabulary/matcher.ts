import type { Alias } from './schema.js';

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
  all(text: string | Tokenized, context?: MatchContext): Match<T>[];
  /** The distinct values found. */
  values(text: string | Tokenized, context?: MatchContext): T[];
}

export interface MatchContext {
  prose: boolean;
}

/** A text split into words once, for the several matchers that read it. */
export interface Tokenized {
  text: string;
  tokens: Token[];
}

export function tokenized(text: string): Tokenized {
  return { text, tokens: tokenize(text) };
}

interface Token {
  word: string;
  start: number;
  end: number;
}

// Words are letters and digits, plus the few symbols that are part of names (Project+, P&L, C#):
// the characters of [\p{L}\p{N}+&#]. Everything else separates words, so "PMI-ACP", "PMI ACP" and
// "Ph.D." split alike, and trademark marks (PMP®) fall away. Accents are folded: people write
// "Lider" for "Líder" and "Ingenieur" for "Ingénieur".
const WORD_CHAR = /[\p{L}\p{N}]/u;

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** ASCII character code -> 1 for a word character. */
const ASCII_WORD = new Uint8Array(128);
for (const [from, to] of ['AZ', 'az', '09', '++', '&&', '##']) for (let c = from!.charCodeAt(0); c <= to!.charCodeAt(0); c++) ASCII_WORD[c] = 1;

/** A code unit of the Basic Multilingual Plane -> 1 word, 2 not, 0 not yet asked: each is asked of the regex once. */
const BMP_WORD = new Uint8Array(0x10000);

/** How many code units the word character at text[i] takes (1, or 2 for a surrogate pair), or 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let known = BMP_WORD[c]!;
  if (known === 0) known = BMP_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/**
 * The words of a text, folded, with where each stands. A loop over character codes rather than
 * matchAll: the regex's match object per word made tokenizing about twice as slow (issue 14).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    // Plain lower-case ASCII words, most of them, are their own folded form; other ASCII words
    // only need lower case; only the rest can have accents to fold.
    let ascii = true;
    let upper = false;
    do {
      const c = text.charCodeAt(i);
      if (c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) upper = true;
      i += width;
      width = i < n ? wordCharAt(text, i) : 0;
    } while (width !== 0);
    // "(R)" and "(TM)" after a name are trademark marks, not words.
    if (text.charCodeAt(start - 1) === 40 && isTrademark(text, start, i)) continue;
    const raw = text.slice(start, i);
    tokens.push({ word: !ascii ? foldWord(raw) : upper ? raw.toLowerCase() : raw, start, end: i });
  }
  return tokens;
}

function isTrademark(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start) | 32;
  if (end - start === 1) return c === 114; // r
  return end - start === 2 && c === 116 && (text.charCodeAt(start + 1) | 32) === 109; // tm
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

function startsAt(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.word !== seq[k]) return false;
  return true;
}

function containsSequence(tokens: readonly Token[], seq: readonly string[]): boolean {
  for (let i = 0; i + seq.length <= tokens.length; i++) if (startsAt(tokens, i, seq)) return true;
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
function suspendedCompound(text: string, tokens: readonly Token[], i: number, oneWordAliases: () => readonly string[]): { word: string; end: number } | undefined {
  // The hyphen first: most words have none after them, and the slice and regex cost more.
  const isSuspended = (k: number) => tokens[k] !== undefined && text.charCodeAt(tokens[k]!.end) === 45 && SUSPENDED.test(text.slice(tokens[k]!.end, tokens[k]!.end + 2));
  if (!isSuspended(i)) return undefined;
  let j = i + 1;
  while (isSuspended(j)) j++;
  const head = tokens[i]!.word;
  for (const k of [j, j + 1]) {
    const tail = tokens[k];
    if (tail === undefined || isSuspended(k)) continue;
    const word = oneWordAliases().find((w) => w.length > head.length + 3 && w.startsWith(head) && tail.word.endsWith(w.slice(head.length)));
    if (word !== undefined) return { word, end: tail.end };
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

/** Whether an entry found at tokens[i] counts where it stands (its prose rule, in running text). */
function allowed<T>(text: string, tokens: readonly Token[], prose: boolean, e: Entry<T>, i: number, end: number, separators: () => ListSeparators): boolean {
  if (!prose || e.prose === undefined) return true;
  if (e.prose === 'list-item') return isListItem(text, tokens[i]!.start, end, separators());
  return e.prose.asWritten.every((w, k) => text.slice(tokens[i + k]!.start, tokens[i + k]!.end) === w);
}

/** Whether the text holds one of the entry's context words, when it needs them. */
function inContext<T>(tokens: readonly Token[], e: Entry<T>): boolean {
  return !e.near || e.near.some((seq) => containsSequence(tokens, seq));
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

/**
 * A word's shape: its length (up to 15) and the low five bits of its first and last code units,
 * in 14 bits. Equal words have equal shapes, so a shape no first word has rules a word out.
 */
function shapeOf(word: string): number {
  return (Math.min(word.length, 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
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
    // Most words of a text begin no alias, and a word whose shape no first word has is passed
    // without hashing it for the Map: about 7 in 10 words of a résumé for the terms, 9 in 10
    // for the credentials.
    if (firstWords[shapeOf(word)] === 0) return undefined;
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

  /** The entry that matches at tokens[i] where it stands, longest first. */
  function hitAt(text: string, tokens: readonly Token[], prose: boolean, i: number): Entry<T> | undefined {
    const candidates = entriesOf(tokens[i]!.word);
    if (candidates === undefined) return undefined;
    // Plain loops, not find() with closures: this runs for every word of every text of a batch.
    for (const e of candidates) {
      if (startsAt(tokens, i, e.words) && allowed(text, tokens, prose, e, i, tokens[i + e.words.length - 1]!.end, listSeparatorsOf) && inContext(tokens, e)) return e;
    }
    return undefined;
  }

  /** The one-word alias a suspended word at tokens[i] makes with a compound after it ("Risiko- und Ressourcenmanagement"). */
  function compoundAt(text: string, tokens: readonly Token[], prose: boolean, i: number): Hit<T> | undefined {
    // Only a word with a hyphen after it can be a suspended one: most words are passed by here,
    // before anything is allocated (a closure here would make every call allocate its context).
    if (text.charCodeAt(tokens[i]!.end) !== 45) return undefined;
    const compound = suspendedCompound(text, tokens, i, oneWord);
    return compound && compoundHit(text, tokens, prose, i, compound);
  }

  function compoundHit(text: string, tokens: readonly Token[], prose: boolean, i: number, compound: { word: string; end: number }): Hit<T> | undefined {
    // An alias that needs its capitals in prose is not written out here, so it counts only in lists.
    const fits = (e: Entry<T>) => e.words.length === 1 && (typeof e.prose === 'object' ? !prose : allowed(text, tokens, prose, e, i, compound.end, listSeparatorsOf)) && inContext(tokens, e);
    const entry = entriesOf(compound.word)!.find(fits);
    return entry && { entry, start: tokens[i]!.start, end: compound.end };
  }

  /** Every non-overlapping hit, left to right: the one pass all() and values() share. */
  function scan(text: string, tokens: readonly Token[], prose: boolean): Hit<T>[] {
    const hits: Hit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const entry = hitAt(text, tokens, prose, i);
      if (entry === undefined) {
        const compound = compoundAt(text, tokens, prose, i);
        if (compound) hits.push(compound);
        i++;
        continue;
      }
      hits.push({ entry, start: tokens[i]!.start, end: tokens[i + entry.words.length - 1]!.end });
      i += entry.words.length;
    }
    return hits;
  }

  function all(input: string | Tokenized, context?: MatchContext): Match<T>[] {
    const { text, tokens } = typeof input === 'string' ? tokenized(input) : input;
    const out: Match<T>[] = [];
    for (const { entry, start, end } of scan(text, tokens, context?.prose === true)) {
      for (const value of entry.values) out.push({ value, text: text.slice(start, end), index: start });
    }
    return out;
  }

  /** all()'s distinct values in the order first found, without making the matches: most callers want only these. */
  function values(input: string | Tokenized, context?: MatchContext): T[] {
    const { text, tokens } = typeof input === 'string' ? tokenized(input) : input;
    const out: T[] = [];
    let seen: Set<T> | undefined;
    for (const hit of scan(text, tokens, context?.prose === true)) seen = addDistinct(out, seen, hit.entry.values);
    return out;
  }

  return { all, values };
}
