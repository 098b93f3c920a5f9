import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/vocabulary/matcher.js';
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
