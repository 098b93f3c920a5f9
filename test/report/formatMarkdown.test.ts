import { describe, expect, it } from 'vitest';
import { code, formatMarkdown, md } from '../../src/report/formatMarkdown.js';
import { aCriterion, anAction, anAssessment } from './anAssessment.js';

const NASTY = 'a | b *c* _d_ <e> `f` [g](h) ~~i~~ \\| &amp; #j !k\nnew | line';

/** GFM splits a row on a pipe that is not backslash-escaped; a backslash escapes the next character. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      cell += row[i]! + (row[i + 1] ?? '');
      i++;
    } else if (row[i] === '|') {
      out.push(cell);
      cell = '';
    } else cell += row[i];
  }
  return [...out, cell].slice(1, -1);
}

describe('md', () => {
  it('escapes every character markdown or HTML would act on, and keeps the text on one line', () => {
    expect(md(NASTY)).toBe('a \\| b \\*c\\* \\_d\\_ \\<e\\> \\`f\\` \\[g\\](h) \\~\\~i\\~\\~ \\\\\\| \\&amp; \\#j \\!k new \\| line');
  });
  it('undone, gives the text back', () => {
    expect(md(NASTY).replace(/\\(.)/g, '$1')).toBe(NASTY.replace(/\s+/g, ' '));
  });
});

describe('code', () => {
  it('fences text with backticks in a longer fence, padded when it starts or ends with one', () => {
    expect(code('pm-tools')).toBe('`pm-tools`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
  });
  it('in a table cell, escapes pipes, which GFM reads as cell ends even inside code', () => {
    expect(code('/a|b', true)).toBe('`/a\\|b`');
    expect(code('/a|b')).toBe('`/a|b`');
  });
});

describe('formatMarkdown', () => {
  const a = anAssessment({
    candidate: { name: NASTY },
    rubric: { id: 'custom', title: `Role ${NASTY}`, version: '1|2' },
    criteria: [
      aCriterion({ id: 'one', title: `Title ${NASTY}`, kind: 'tools', actual: [NASTY, 'b|c'], expected: { anyOf: ['x|y'], min: 1 }, gap: NASTY, evidence: [{ path: '/work/0', text: NASTY }] }),
      aCriterion({ id: 'two', title: 'Plain', required: true, status: 'missing', score: 0 }),
    ],
    actions: [anAction({ action: NASTY, effortMonths: 0.25, verdictAfter: 'ready' })],
  });
  const text = formatMarkdown(a);
  const lines = text.split('\n');

  it('keeps one table row per criterion, each with six cells, whatever the text', () => {
    const header = lines.indexOf('| Status | Criterion | Weight | Score | Found | Asked |');
    const rows = lines.slice(header + 2, header + 2 + a.criteria.length + 1).filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(cells(row)).toHaveLength(6);
    expect(cells(rows[1]!).map((c) => c.trim())).toEqual(['✘ missing', 'Plain **(required)**', '10', '0%', '6 years', '5+ years']);
  });

  it('lets no résumé or rubric text start a line of its own', () => {
    expect(lines.filter((line) => line.startsWith('new'))).toEqual([]);
    expect(text).toContain('- “a \\| b \\*c\\*');
    expect(text).toContain('**Gap:** a \\| b');
    expect(text).toContain('1. **+10.0** a \\| b');
  });

  it('marks the end of the score line with a backslash break, not trailing spaces', () => {
    expect(lines[2]).toBe('**Score 50.0 / 100** · pass 70 · verdict **NEARLY**\\');
    expect(lines.filter((line) => line !== line.trimEnd())).toEqual([]);
  });

  it('words the effort and the verdict the step leads to', () => {
    expect(text).toContain('_(under a month, then READY)_');
  });

  it('nests under a fit report one heading level down', () => {
    expect(formatMarkdown(a, 2).split('\n')[0]).toMatch(/^## Gap report: /);
    expect(formatMarkdown(a, 2)).toContain('\n#### ✔ Title');
  });
});
