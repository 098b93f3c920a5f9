import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeOf, tokenize, Words } from '../../src/vocabulary/words.js';
import { corpusTexts } from '../support/corpusTexts.js';

/** What tokenize did with one regex before it scanned character codes: the reference it must equal. */
function referenceTokenize(text: string) {
  const tokens: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}+&#]+/gu)) {
    if ((m[0] === 'R' || m[0] === 'r' || m[0].toLowerCase() === 'tm') && text[m.index - 1] === '(') continue;
    const lower = m[0].toLowerCase();
    // eslint-disable-next-line no-control-regex
    const word = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
    tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

describe('tokenize', () => {
  it('splits at everything but letters, digits and + & #, folds case and accents, and drops trademark marks', () => {
    expect(tokenize('PMI-ACP, Ph.D. (TM) C# P&L Líder PMP(R) Project+').map((t) => t.word)).toEqual(['pmi', 'acp', 'ph', 'd', 'c#', 'p&l', 'lider', 'pmp', 'project+']);
    expect(tokenize('Ingénieur ²')).toEqual([
      { word: 'ingenieur', start: 0, end: 9 },
      { word: '²', start: 10, end: 11 },
    ]);
  });

  it('reads letters outside the Basic Multilingual Plane as one character, and a lone surrogate as a separator', () => {
    expect(tokenize('a\u{1D400}b \uD800x')).toEqual([
      { word: 'a\u{1D400}b', start: 0, end: 4 },
      { word: 'x', start: 6, end: 7 },
    ]);
  });

  it('equals the one-regex tokenizer on every text of the real résumés', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(tokenize(text)).toEqual(referenceTokenize(text));
  });

  it('equals the one-regex tokenizer on every code point, alone, between two letters and after a bracket', () => {
    let differ = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      for (const text of [ch, `a${ch}B`, `(${ch}`]) {
        const got = tokenize(text);
        const want = referenceTokenize(text);
        if (got.length !== want.length || got.some((t, k) => t.word !== want[k]!.word || t.start !== want[k]!.start || t.end !== want[k]!.end)) differ++;
      }
    }
    expect(differ).toBe(0);
  });

  it('equals the one-regex tokenizer on any text, of any characters', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', '1', '+', '&', '#', '(', ')', 'R', 'r', 't', 'M', ' ', '-', '.', 'é', 'É', 'e\u0301', 'ß', 'İ', '²', '½', '中', '\u{1D400}', '\uD800', '\uDC00', '\u00A0'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Everything Words says of a text, with each word asked for in the order given (shapes first, so that ASCII words are not made before their shape is read). */
function wordsOf(text: string, order: 'shape-first' | 'word-first') {
  const w = Words.of(text);
  const out: { word: string; start: number; end: number; shape: number }[] = [];
  for (let i = 0; i < w.count; i++) {
    if (order === 'shape-first') {
      const shape = w.shape(i);
      out.push({ shape, word: w.word(i), start: w.start(i), end: w.end(i) });
    } else {
      const word = w.word(i);
      out.push({ word, shape: w.shape(i), start: w.start(i), end: w.end(i) });
    }
  }
  return out;
}

const expected = (text: string) => referenceTokenize(text).map((t) => ({ ...t, shape: shapeOf(t.word) }));

describe('Words (the words matchers read, each made when first asked for)', () => {
  it('says what the one-regex tokenizer says, and each shape is the folded word\'s, on every text of the real résumés', () => {
    for (const text of corpusTexts()) {
      expect(wordsOf(text, 'shape-first')).toEqual(expected(text));
      expect(wordsOf(text, 'word-first')).toEqual(expected(text));
    }
  });

  it('does so on any text, of any characters', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', 'Q', '9', '+', '#', '(', 'R', 'TM', ' ', '-', 'é', 'É', 'ß', 'İ', 'K', '\u212A', '²', '中', '\u{1D400}', '\uD800'), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(wordsOf(text, 'shape-first')).toEqual(expected(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('first(n) is the first n words of the same text', () => {
    const w = Words.of('Not yet PMP certified (R) ok');
    const three = w.first(3);
    expect(three.count).toBe(3);
    expect([0, 1, 2].map((i) => three.word(i))).toEqual(['not', 'yet', 'pmp']);
    expect(three.text).toBe(w.text);
    expect(w.first(10)).toBe(w);
    expect(w.count).toBe(5);
  });
});
