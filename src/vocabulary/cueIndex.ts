import { knownStarts } from './knownStarts.js';
import { literalStarts } from './literalStarts.js';

const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Which of a list of regexes can match a text, found in one pass over the text's word starts
 * with a trie of the literal text each regex's matches start with (literalStarts.ts), so that
 * only those are run. Exact: a regex left out cannot match. One without known starts is always
 * a candidate. Testing each regex's literals with includes() first was measured slower.
 */
export class CueIndex {
  /** Regexes to run whatever the text. */
  readonly always: Uint8Array;
  /** The trie: node × alphabet → child node, 0 for none (node 0 is the root). */
  private readonly next: Int32Array;
  /** The regexes whose start ends at each node. */
  private readonly ends: (number[] | undefined)[] = [];
  /** Character code (ASCII, lower case) → alphabet index + 1, 0 when no start has it. */
  private readonly alphabet = new Uint8Array(128);
  private readonly width: number;

  constructor(regexes: readonly { source: string; flags: string }[]) {
    this.always = new Uint8Array(regexes.length);
    const starts = regexes.map((r, id) => {
      const key = `${r.flags}/${r.source}`;
      const s = knownStarts?.has(key) ? knownStarts.get(key)! : literalStarts(r.source, r.flags);
      if (!s) this.always[id] = 1;
      return s ?? [];
    });
    let width = 0;
    for (const s of starts) for (const text of s) for (let i = 0; i < text.length; i++) this.alphabet[text.charCodeAt(i)] ||= ++width;
    this.width = width;
    const nodes = 1 + starts.reduce((n, s) => n + s.reduce((m, t) => m + t.length, 0), 0);
    this.next = new Int32Array(nodes * width);
    let used = 1;
    starts.forEach((s, id) => {
      for (const text of s) {
        let node = 0;
        for (let i = 0; i < text.length; i++) {
          const slot = node * width + this.alphabet[text.charCodeAt(i)]! - 1;
          node = this.next[slot] ||= used++;
        }
        (this.ends[node] ??= []).push(id);
      }
    });
  }

  /** Sets `bit` in marks[id] for every regex with a start at a word start of `text`. */
  scan(text: string, marks: Uint8Array, bit: number): void {
    const { next, ends, alphabet, width } = this;
    let previousWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWord(c);
      if (word && !previousWord) {
        let node = 0;
        for (let j = i; j < text.length; j++) {
          let k = text.charCodeAt(j);
          if (k >= 65 && k <= 90) k += 32; // ASCII case folding: what the i flag does without u
          const a = k < 128 ? alphabet[k]! : 0;
          if (a === 0) break;
          node = next[node * width + a - 1]!;
          if (node === 0) break;
          const done = ends[node];
          if (done) for (const id of done) marks[id]! |= bit;
        }
      }
      previousWord = word;
    }
  }
}
