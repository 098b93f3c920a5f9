import { Chalk } from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatFitTerminal } from '../../src/report/formatFitTerminal.js';
import { formatTerminal } from '../../src/report/formatTerminal.js';
import { rankFit } from '../../src/engine/rankFit.js';
import { chalkStyle, plainStyle } from '../../src/report/style.js';
import { aCriterion, anAction, anAssessment } from './anAssessment.js';

const columns = (line: string) => [...line].length;
const colour = chalkStyle(new Chalk({ level: 3 }));

/** Criteria chosen to upset the layout: every weight width, required or not, long and astral titles. */
const awkward = anAssessment({
  criteria: [
    aCriterion({ id: 'a', title: 'Short', weight: 5, required: true }),
    aCriterion({ id: 'b', title: 'A title long enough to wrap onto a second and even a third line of the criteria column', weight: 25, status: 'partial', score: 0.5 }),
    aCriterion({ id: 'c', title: 'Exactly forty-one characters of title txt', weight: 12.5, required: true, status: 'missing', score: 0 }),
    aCriterion({ id: 'd', title: '𝔸𝔹ℂ 𝔻𝔼𝔽 astral letters count as one column each', weight: 100, status: 'unknown', score: 0 }),
    aCriterion({ id: 'e', title: 'https://example.com/a-single-word-longer-than-the-whole-title-column', weight: 33.333333 }),
    aCriterion({ id: 'f', title: 'Zoë — accents and dashes', weight: 0, required: true }),
  ],
});

/** The first line of each criterion row: it starts with two spaces and a status mark. */
const rows = (text: string) => text.split('\n').filter((line) => /^ {2}[✔◐✘?] /.test(line));
const barColumn = (row: string) => [...row].findIndex((ch) => ch === '█' || ch === '░');

describe('formatTerminal layout', () => {
  const text = formatTerminal(awkward, plainStyle);

  it('lines up the bar of every criterion in one column, required or not, whatever the title and weight', () => {
    const starts = rows(text).map(barColumn);
    expect(starts).toHaveLength(awkward.criteria.length);
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toBeGreaterThan(30);
  });

  it('lines up the weight column and the req mark too', () => {
    const weightColumns = rows(text).map((row) => [...row].findIndex((_, i, chars) => chars[i] === 'w' && chars[i - 1] === ' ' && chars[i - 2] === ' ' && /\d/.test(chars[i + 1] ?? '')));
    expect(new Set(weightColumns).size).toBe(1);
    const req = rows(text).filter((row) => row.endsWith(' req'));
    expect(req).toHaveLength(3);
    expect(new Set(req.map(columns)).size).toBe(1);
  });

  it('fits 80 columns with no trailing white space', () => {
    for (const line of text.split('\n')) {
      expect(columns(line), line).toBeLessThanOrEqual(80);
      expect(line, line).toBe(line.trimEnd());
    }
  });

  it('shows the weight to one decimal at most', () => {
    expect(text).toContain(' w33.3');
    expect(text).toContain(' w12.5  req');
  });

  it('continues a long title under its first line', () => {
    const lines = text.split('\n');
    const i = lines.findIndex((line) => line.includes('A title long enough'));
    expect(lines[i + 1]).toMatch(/^ {12}\S/);
  });

  it('reads the same with colour: colour wraps text, it never moves it', () => {
    const coloured = formatTerminal(awkward, colour);
    expect(coloured).toContain('\u001b[');
    expect(stripVTControlCharacters(coloured)).toBe(text);
  });
});

describe('formatTerminal content', () => {
  it('quotes evidence, wrapped with a hanging indent under the quote, at most three', () => {
    const quote = 'Owned project schedules, risk registers and weekly status reports to client steering committees';
    const a = anAssessment({
      criteria: [
        aCriterion({
          evidence: [
            { path: '/work/0/highlights/2', text: quote },
            { path: '/skills/0', text: 'Risk management' },
            { path: '/skills/1', text: 'Budgeting' },
            { path: '/skills/2', text: 'Scheduling' },
          ],
        }),
      ],
    });
    const lines = formatTerminal(a, plainStyle).split('\n');
    const first = lines.findIndex((line) => line.startsWith('            › “Owned'));
    expect(lines.slice(first, first + 6)).toEqual([
      '            › “Owned project schedules, risk registers and weekly status reports',
      '              to client steering committees” /work/0/highlights/2',
      '            › “Risk management” /skills/0',
      '            › “Budgeting” /skills/1',
      '              … and 1 more',
      '',
    ]);
  });

  it('states the gap, with a hanging indent', () => {
    const a = anAssessment({ criteria: [aCriterion({ status: 'partial', score: 0.24, actual: 1.2, gap: '3.8 more years of project management, program management or delivery management experience needed (has 1.2 of 5)' })] });
    const text = formatTerminal(a, plainStyle);
    expect(text).toContain('            found: 1.2 years; asked: 5+ years\n');
    expect(text).toContain('            gap: 3.8 more years of project management, program management or\n                 delivery management experience needed (has 1.2 of 5)\n');
  });

  it('numbers the roadmap with the gains right-aligned, and hangs wrapped steps under their text', () => {
    const a = anAssessment({
      verdict: 'not-ready',
      actions: [
        anAction({ scoreGain: 7.5, effortMonths: 1, action: 'Renew the Project Management Professional (PMP), or add its renewal date to the résumé if it is current', verdictAfter: 'not-ready' }),
        anAction({ scoreGain: 22.75, effortMonths: 45.6, action: 'Stay in your current project management role: you reach 5 years around 2030-09', verdictAfter: 'ready' }),
      ],
    });
    const roadmap = formatTerminal(a, plainStyle).split('Roadmap')[1]!.split('\n').slice(1, -1);
    expect(roadmap).toEqual([
      ' 1.  +7.5  Renew the Project Management Professional (PMP), or add its renewal',
      '           date to the résumé if it is current (about 1 month)',
      ' 2. +22.8  Stay in your current project management role: you reach 5 years',
      '           around 2030-09 (about 4 years, then READY)',
    ]);
  });

  it('widens the number column for ten or more steps, keeping the text aligned', () => {
    const actions = Array.from({ length: 10 }, (_, i) => anAction({ criterion: `c${i}`, scoreGain: i + 1, action: `Step ${i}` }));
    const roadmap = formatTerminal(anAssessment({ actions }), plainStyle).split('Roadmap')[1]!.split('\n').slice(1, -1);
    expect(roadmap[0]).toBe('  1.  +1.0  Step 0 (about 2 months)');
    expect(roadmap[9]).toBe(' 10. +10.0  Step 9 (about 2 months)');
  });

  it('says how many criteria are unknown, in the right number', () => {
    const unknown = (n: number) => formatTerminal(anAssessment({ criteria: Array.from({ length: n }, () => aCriterion({ status: 'unknown', score: 0 })), scoreRange: { min: 10, max: 40 } }), plainStyle);
    expect(unknown(1)).toContain('1 criterion unknown: the score could be anywhere from 10.0 to 40.0');
    expect(unknown(2)).toContain('2 criteria unknown');
  });

  it('puts a long name and title on their own lines, within 80 columns', () => {
    const a = anAssessment({ candidate: { name: 'Maria de los Ángeles Fernández-Villaverde y Ochoa' }, rubric: { id: 'remote-infrastructure-tpm', title: 'Remote Technical Infrastructure Project Manager', version: '12' } });
    const lines = formatTerminal(a, plainStyle).split('\n');
    expect(lines.slice(0, 3)).toEqual(['Maria de los Ángeles Fernández-Villaverde y Ochoa — Remote Technical', 'Infrastructure Project Manager', '(remote-infrastructure-tpm v12, as of 2026-11-01)']);
  });

  it('prints no control character that came from the résumé', () => {
    const a = anAssessment({ candidate: { name: 'Eve\u001b[2J\u001b]0;pwned\u0007' }, criteria: [aCriterion({ evidence: [{ path: '/work/0', text: 'line one\r\nline\ttwo\u001b[31m' }] })] });
    const text = formatTerminal(a, plainStyle);
    const controls = [...text].filter((ch) => ch !== '\n' && (ch < ' ' || (ch >= '\u007f' && ch <= '\u009f')));
    expect(controls).toEqual([]);
    expect(text).toContain('Eve — Test Role');
    expect(text).toContain('› “line one line two” /work/0');
  });
});

describe('formatFitTerminal', () => {
  const roles = ['tpm', 'a-custom-rubric-with-a-very-long-identifier-indeed', 'scrum-master'].map((id, i) =>
    anAssessment({
      rubric: { id, title: id, version: '1' },
      score: 80 - i * 10,
      criteria: [aCriterion({ id: 'shared', title: 'A gap shared by every role, with a title long enough to wrap the line', status: 'missing', score: 0 })],
    }),
  );
  const text = formatFitTerminal(rankFit(roles), plainStyle);

  it('fits 80 columns: a long rubric id is cut, a long shared gap wraps with a hanging indent', () => {
    for (const line of text.split('\n')) expect(columns(line), line).toBeLessThanOrEqual(80);
    expect(text).toContain(' 2. a-custom-rubric-with-a-very-long-id…   70.0');
    expect(text).toContain('  - A gap shared by every role, with a title long enough to wrap the line\n    (shared): 3 roles\n');
  });

  it('lines up the ranking bars', () => {
    const ranking = text.split('\n').filter((line) => /^ +\d+\. /.test(line));
    expect(ranking).toHaveLength(3);
    expect(new Set(ranking.map((line) => [...line].findIndex((ch) => ch === '█' || ch === '░'))).size).toBe(1);
  });

  it('reads the same with colour', () => {
    expect(stripVTControlCharacters(formatFitTerminal(rankFit(roles), colour))).toBe(text);
  });
});
