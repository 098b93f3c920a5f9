import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/report/formatMarkdown.js';
import { formatTerminal } from '../../src/report/formatTerminal.js';
import { plainStyle, wrap } from '../../src/report/style.js';
import { aCriterion, anAction, anAssessment } from './anAssessment.js';

// Cost linear in the length of a text, shown by size: a 4-million-character word is cut into
// 50,000 lines in a fraction of a second; cutting it by slicing off the rest after every line
// copies it 50,000 times (10^11 characters), which never finishes within the test's timeout.
const LONG = 4_000_000;

describe('reports cost time linear in the length of an unbroken word', () => {
  it('wrap cuts a 4 MB word into full lines, keeping every character', () => {
    const word = 'a'.repeat(LONG - 1) + '𝔸';
    const lines = wrap(word, 80, '  ');
    expect(lines).toHaveLength(LONG / 80);
    expect(lines.slice(1).every((l) => [...l].length === 82 && l.startsWith('  '))).toBe(true);
    expect(lines.at(-1)!.endsWith('a𝔸')).toBe(true);
  });

  it('the terminal report of a candidate with a 4 MB name fits 80 columns', () => {
    const text = formatTerminal(anAssessment({ candidate: { name: 'N'.repeat(LONG) } }), plainStyle);
    expect(text.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    expect(text.split('\n').filter((l) => /^N+$/.test(l)).length).toBeGreaterThanOrEqual(LONG / 80 - 1);
  });

  it('the markdown report holds a 1 MB run of backtick pairs without overflowing the stack', () => {
    const report = formatMarkdown(anAssessment({ criteria: [aCriterion({ evidence: [{ path: '`a'.repeat(500_000), text: 'x' }] })] }));
    expect(report).toContain(' — `` ' + '`a'.repeat(3));
  });

  it('lays out a rubric of 150,000 criteria and actions', () => {
    const criteria = Array.from({ length: 150_000 }, (_, i) => aCriterion({ id: `c${i}`, weight: i % 7 }));
    const actions = Array.from({ length: 150_000 }, (_, i) => anAction({ criterion: `c${i}`, scoreGain: i % 100 }));
    const text = formatTerminal(anAssessment({ criteria, actions }), plainStyle);
    expect(text).toContain('150000. +99.0');
  });
});
