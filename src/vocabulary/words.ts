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

function isTrademark(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start) | 32;
  if (end - start === 1) return c === 114; // r
  return end - start === 2 && c === 116 && (text.charCodeAt(start + 1) | 32) === 109; // tm
}

/**
 * A word's shape: its length (up to 15) and the low five bits of its first and last code units,
 * in 14 bits. Equal words have equal shapes, so a shape no alias's first word has rules a word
 * out. The low five bits are the same for an ASCII letter in either case, so the shape of an
 * ASCII word is that of its folded form, read from the text as written.
 */
export function shapeOf(word: string): number {
  return (Math.min(word.length, 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

/**
 * The words of a text, folded, with where each stands, as the matchers read them; a text read by
 * several matchers is split once and handed to each. Only where
 * each word starts and ends is kept as the text is read (and the folded form of a word with
 * letters outside ASCII, whose shape depends on it); an ASCII word's folded form is made when
 * first asked for. Most words of a résumé begin no alias, and a matcher rules them out by
 * their shape alone, so most are never made (a token object and a string per word were the
 * largest cost of reading a résumé, issue 14).
 */
export class Words {
  private constructor(
    readonly text: string,
    /** Start and end of each word, two entries per word. */
    private readonly bounds: number[],
    /** Each word's folded form once made; undefined for an ASCII word not asked for yet. */
    private readonly folded: (string | undefined)[],
    /** The number of words (fewer than bounds holds for first(n)). */
    readonly count: number,
  ) {}

  /**
   * A loop over character codes rather than matchAll: the regex's match object per word made
   * tokenizing about twice as slow (issue 14).
   */
  static of(text: string): Words {
    const bounds: number[] = [];
    const folded: (string | undefined)[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let width = wordCharAt(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      const start = i;
      let ascii = true;
      do {
        if (text.charCodeAt(i) >= 128) ascii = false;
        i += width;
        width = i < n ? wordCharAt(text, i) : 0;
      } while (width !== 0);
      // "(R)" and "(TM)" after a name are trademark marks, not words.
      if (text.charCodeAt(start - 1) === 40 && isTrademark(text, start, i)) continue;
      bounds.push(start, i);
      folded.push(ascii ? undefined : foldWord(text.slice(start, i)));
    }
    return new Words(text, bounds, folded, folded.length);
  }

  start(i: number): number {
    return this.bounds[2 * i]!;
  }

  end(i: number): number {
    return this.bounds[2 * i + 1]!;
  }

  /** Word i folded: lower case, accents taken off. */
  word(i: number): string {
    let word = this.folded[i];
    if (word === undefined) {
      // Plain lower-case ASCII words, most of them, are their own folded form.
      word = this.text.slice(this.bounds[2 * i], this.bounds[2 * i + 1]).toLowerCase();
      this.folded[i] = word;
    }
    return word;
  }

  /** shapeOf(word(i)), without making the word when it is ASCII. */
  shape(i: number): number {
    const word = this.folded[i];
    if (word !== undefined) return shapeOf(word);
    const start = this.bounds[2 * i]!;
    const end = this.bounds[2 * i + 1]!;
    return (Math.min(end - start, 15) << 10) | ((this.text.charCodeAt(start) & 31) << 5) | (this.text.charCodeAt(end - 1) & 31);
  }

  /** The first n words (or all, when there are fewer), of the same text. */
  first(n: number): Words {
    return n >= this.count ? this : new Words(this.text, this.bounds, this.folded, n);
  }
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of a text as objects, folded, with where each stands: for aliases and titles, read once each. */
export function tokenize(text: string): Token[] {
  const words = Words.of(text);
  const tokens: Token[] = [];
  for (let i = 0; i < words.count; i++) tokens.push({ word: words.word(i), start: words.start(i), end: words.end(i) });
  return tokens;
}
