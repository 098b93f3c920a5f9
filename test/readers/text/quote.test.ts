import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/readers/text/quote.js';

describe('quote', () => {
  // The definition quote() skips work against: every run of whitespace folded to one space, trimmed, cut.
  const reference = (text: string) => {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > 200 ? oneLine.slice(0, 199) + '…' : oneLine;
  };

  it('folds whitespace as before, for every mix of spaces, tabs, line breaks and Unicode spaces', () => {
    const pieces = ['a', 'word', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é'];
    const texts: string[] = [];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) texts.push(a + b + c, `${a}x${b}y${c}`);
    texts.push('x'.repeat(199) + '  y', ' '.repeat(300), 'word '.repeat(60), ' lead', 'trail ', '');
    expect(texts.filter((t) => quote(t) !== reference(t))).toEqual([]);
    expect(quote(' Led  a\tteam\n')).toBe('Led a team');
  });
});
