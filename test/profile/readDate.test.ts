import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDay, parseDay } from '../../src/profile/day.js';
import { readDate, type Edge } from '../../src/profile/readDate.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

const words = vocabulary().dates;
const read = (text: string, edge: Edge = 'start') => {
  const r = readDate(text, edge, words);
  return r.ok ? (r.day === 'now' ? 'now' : formatDay(r.day)) : null;
};

describe('readDate: dates as people write them', () => {
  it.each([
    ['May 2022', '2022-05-01', '2022-05-31'],
    ['June 2016', '2016-06-01', '2016-06-30'],
    ['Aug 1998', '1998-08-01', '1998-08-31'],
    ['Sept. 2019', '2019-09-01', '2019-09-30'],
    ['01 October 2013', '2013-10-01', '2013-10-01'],
    ['09 Jan, 2019 ', '2019-01-09', '2019-01-09'],
    ['January 15, 2019', '2019-01-15', '2019-01-15'],
    ['2019/04', '2019-04-01', '2019-04-30'],
    ['04/2019', '2019-04-01', '2019-04-30'],
    ['4.2019', '2019-04-01', '2019-04-30'],
    ['2019/04/15', '2019-04-15', '2019-04-15'],
    ['Juin 2018', '2018-06-01', '2018-06-30'],
    ['Février 2018', '2018-02-01', '2018-02-28'],
    ['fevrier 2018', '2018-02-01', '2018-02-28'],
    ['janv. 2020', '2020-01-01', '2020-01-31'],
    ['1er mars 2021', '2021-03-01', '2021-03-01'],
    ['enero de 2015', '2015-01-01', '2015-01-31'],
    ['15 de septiembre de 2017', '2017-09-15', '2017-09-15'],
    ['setiembre 2017', '2017-09-01', '2017-09-30'],
    ['März 2020', '2020-03-01', '2020-03-31'],
    ['1. Dezember 2020', '2020-12-01', '2020-12-01'],
    ['Mrz. 2020', '2020-03-01', '2020-03-31'],
    ['outubro de 2016', '2016-10-01', '2016-10-31'],
    ['gennaio 2012', '2012-01-01', '2012-01-31'],
    ['maart 2011', '2011-03-01', '2011-03-31'],
    ['1987-01-', '1987-01-01', '1987-01-31'],
    ['2009-12-31 (incomplete)', '2009-12-31', '2009-12-31'],
    ['2019-04-01T00:00:00Z', '2019-04-01', '2019-04-01'],
    ['25/12/2019', '2019-12-25', '2019-12-25'],
    ['12/25/2019', '2019-12-25', '2019-12-25'],
    ['03/03/2019', '2019-03-03', '2019-03-03'],
    ["'16", '2016-01-01', '2016-12-31'],
    ["Jan '99", '1999-01-01', '1999-01-31'],
    ['2022-02-30', '2022-02-01', '2022-02-28'],
  ])('reads %j as %s to %s, saying how', (text, start, end) => {
    expect(read(text, 'start')).toBe(start);
    expect(read(text, 'end')).toBe(end);
    const r = readDate(text, 'start', words);
    expect(r.ok && r.how).toMatch(/read as \d{4}/);
  });

  it.each(['2019', '2019-04', '2019-04-15'])('reads the ISO 8601 date %j without a remark', (text) => {
    expect(readDate(text, 'start', words)).toEqual({ ok: true, day: parseDay(text, 'start'), how: null });
  });

  it.each(['Present', 'present', 'Current', 'now', "aujourd'hui", 'Aujourd’hui', 'actualidad', 'la actualidad', 'heute', 'bis heute', 'atual', 'attuale', 'Presente', 'heden', 'En cours'])(
    'reads %j as ongoing',
    (text) => {
      expect(read(text, 'end')).toBe('now');
    },
  );

  it.each([
    ['03/04/2019', 'could be day/month or month/day'],
    ['NA', 'not a date'],
    ['-', 'not a date'],
    ['2019-19', 'not a calendar date'],
    ['31 February 2020', 'not a calendar date'],
    ['Summer 2019', 'not a date'],
    ['May', 'not a date'],
    ['Jan 19', 'not a date'],
    ['May 2022 June 2023', 'not a date'],
    ['x'.repeat(65), 'is not a date'],
  ])('does not guess %j (%s)', (text, reason) => {
    const r = readDate(text, 'start', words);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain(reason);
  });

  it('reads every ISO date as parseDay does, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom<Edge>('start', 'end'), (y, m, edge) => {
        const text = `${y}-${String(m).padStart(2, '0')}`;
        expect(readDate(text, edge, words)).toEqual({ ok: true, day: parseDay(text, edge), how: null });
      }),
      { seed: 9, numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const r = readDate(text, 'end', words);
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: 9, numRuns: 500 },
    );
  });
});
