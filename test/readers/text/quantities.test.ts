import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBudget, findTeamSize, findTrainingHours, TEAM_SOURCES, teamSizeMatches } from '../../../src/readers/text/quantities.js';
import { corpusTexts } from '../../support/corpusTexts.js';

const at = (text: string) => [{ path: '/work/0/highlights/0', text }];

/** The plain way: every team pattern scanned over the whole text, in order. */
const TEAM_PATTERNS = TEAM_SOURCES.map((source) => new RegExp(source, 'gi'));
const scanned = (text: string) => TEAM_PATTERNS.flatMap((p) => [...text.matchAll(p)]).map((m) => [m.index, m[0], m[1]]);
const anchored = (text: string) => teamSizeMatches(text).map((m) => [m.index, m[0], m[1]]);

describe('team size, budget and training hours in a résumé’s words', () => {
  it('takes the largest team the person led, and no team they were only part of', () => {
    expect(findTeamSize(at('Led a cross-functional team of 12 engineers; later managed 30 consultants across 3 sites.'))?.size).toBe(30);
    expect(findTeamSize(at('Led a 15-person delivery team'))?.size).toBe(15);
    expect(findTeamSize(at('Managed 4 teams (40 engineers)'))?.size).toBe(40);
    expect(findTeamSize(at('Part of a team of 10 engineers delivering the platform'))).toBeNull();
    expect(findTeamSize(at('Led the migration, joined a team of 8'))).toBeNull();
    expect(findTeamSize(at('Delivered 12 releases'))).toBeNull();
  });

  it('reads budgets with their multipliers, and needs a currency', () => {
    expect(findBudget(at('Owned a $1.2M budget for the data-centre move'))?.amount).toBe(1_200_000);
    expect(findBudget(at('Budget of €450,000 across two programmes'))?.amount).toBe(450_000);
    expect(findBudget(at('Budget of 450,000 across two programmes'))).toBeNull();
  });

  it('reads training hours', () => {
    expect(findTrainingHours(at('Completed 35 contact hours of project management training'))?.hours).toBe(35);
  });

  // teamSizeMatches tries the patterns only where a word of leading starts, to scan a text once
  // instead of four times; it must find exactly what the four global scans find.
  it('finds what the four global scans find, on every corpus text', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(2000);
    let found = 0;
    for (const text of texts) {
      const expected = scanned(text);
      found += expected.length;
      expect(anchored(text), text).toEqual(expected);
    }
    expect(found).toBeGreaterThan(10);
  });

  it('finds what the four global scans find where leading words overlap a match', () => {
    for (const text of ['Led and managed a team of 10, then ran a team of 4', 'Managed, led and grew a 12-person team', 'Led running 3 teams (25 engineers) and led 40 staff']) {
      expect(anchored(text).length, text).toBeGreaterThan(0);
      expect(anchored(text), text).toEqual(scanned(text));
    }
  });

  it('finds what the four global scans find, on texts made of leading words, team words and numbers', () => {
    const word = fc.constantFrom(
      'led', 'Led', 'LEAD', 'leading', 'managed', 'ran', 'running', 'co-led', 'misled', 'a', 'an', 'the', 'team', 'teams', 'of', 'group',
      'staff', 'engineers', 'people', 'part', 'member', 'joined', 'within', 'cross-functional', 'person', 'strong', 'up to', 'over', 'several',
      '12', '3', '250', '10000', '7+', '15-person', '(', ')', '(30', 'engineers)', '.', ';', ',', '\n', '–',
      // whole phrases too, so that many texts hold teams, some overlapping or cut short
      'led a team of 12', 'managed 30 engineers', 'ran a 15-person team', 'managed 4 teams (40 engineers)', 'team of 9', 'led and managed',
    );
    let withMatches = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(fc.constantFrom(' ', '  ', '-', ''), { maxLength: 40 }), (words, gaps) => {
        const text = words.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        const expected = scanned(text);
        if (expected.length > 0) withMatches++;
        expect(anchored(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // The texts must hold teams often enough for the comparison to mean something.
    expect(withMatches).toBeGreaterThan(600);
  });
});
