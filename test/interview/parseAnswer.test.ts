import { describe, expect, it } from 'vitest';
import { parseAmount, parseCount, parseYear, parseYears } from '../../src/interview/parseAnswer.js';

const value = (v: number | null) => ({ ok: true, value: v });
const refused = (r: { ok: boolean }) => r.ok === false;

describe('parseYears', () => {
  it.each([
    ['4', 4],
    ['4.5', 4.5],
    ['4,5', 4.5],
    [' 7 years', 7],
    ['0', 0],
    ['60', 60],
  ])('reads %j as %d', (text, n) => expect(parseYears(text)).toEqual(value(n)));
  it('reads an empty answer as a skip', () => expect(parseYears('  ')).toEqual(value(null)));
  it.each(['-1', '61', 'ten', '4..5'])('refuses %j, saying what it takes', (text) => {
    const r = parseYears(text);
    expect(refused(r)).toBe(true);
    expect(r.ok === false && r.reason).toMatch(/e\.g\. 4 or 4\.5/);
  });
});

describe('parseAmount', () => {
  it.each([
    ['$2,000,000', 2_000_000],
    ['2M', 2_000_000],
    ['1.5M', 1_500_000],
    ['250k', 250_000],
    ['€ 300 000', 300_000],
    ['2 million', 2_000_000],
    ['1.2bn', 1_200_000_000],
    ['500000 USD', 500_000],
  ])('reads %j as %d', (text, n) => expect(parseAmount(text)).toEqual(value(n)));
  it('reads an empty answer as a skip', () => expect(parseAmount('')).toEqual(value(null)));
  it.each(['lots', '2X', '-5', '2T'])('refuses %j with an example', (text) => {
    const r = parseAmount(text);
    expect(r.ok === false && r.reason).toMatch(/2M|0 or more|at most/);
  });
  it('refuses an amount past the bound', () => expect(parseAmount('5000b').ok).toBe(false));
});

describe('parseCount', () => {
  it('reads a whole number with separators', () => expect(parseCount('1,200', 100_000, 'people')).toEqual(value(1200)));
  it('refuses a fraction and a number past the bound', () => {
    expect(parseCount('2.5', 100, 'people')).toEqual({ ok: false, reason: 'a whole number of people, e.g. 12' });
    expect(parseCount('101', 100, 'people')).toEqual({ ok: false, reason: 'between 0 and 100 people' });
  });
});

describe('parseYear', () => {
  it('reads a past year and this year', () => {
    expect(parseYear('2019', 2026)).toEqual(value(2019));
    expect(parseYear('2026', 2026)).toEqual(value(2026));
  });
  it('refuses a year in the future with a reason, never clamping it', () => {
    expect(parseYear('2031', 2026)).toEqual({ ok: false, reason: '2031 is in the future (today is in 2026); give the year it happened' });
  });
  it.each(['19', '1890', 'last year'])('refuses %j', (text) => expect(parseYear(text, 2026).ok).toBe(false));
});
