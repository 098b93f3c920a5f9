import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/report/batch/csvCell.js';
import { csvTable } from '../../../src/report/batch/csvTable.js';
import { clean } from '../../../src/report/style.js';
import { aBatch, aContext, fixture, goldenDocuments, HOSTILE_NAMES, toWellFormed } from './aBatch.js';

const read = (csv: string) => parse(csv, { relax_column_count: false }) as string[][];
/** What a spreadsheet user sees once the guard quote is taken off. */
const unguarded = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    ['lone \uD800', 'lone \uFFFD'],
  ])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect([csvCell(72.5), csvCell(0), csvCell(null)]).toEqual(['72.5', '0', '']);
  });

  it('reads back as the text written, never starting a formula, whatever the text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...HOSTILE_NAMES, '\uDC00=x', '=', '"', '\r\n'));
    fc.assert(
      fc.property(text, (s) => {
        const [row] = read(`${csvCell(s)},end\r\n`);
        expect(row).toHaveLength(2);
        expect(row![0]).not.toMatch(/^[=+\-@\t\r]/);
        expect(unguarded(row![0]!)).toBe(toWellFormed(s));
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});

describe('csvTable', () => {
  it('knows its header from the rubrics alone, before any record: a column per criterion', () => {
    const [header] = read(csvTable(aContext(['tpm'])).header);
    expect(header).toEqual(['source', 'line', 'index', 'name', 'rubric', 'score', 'verdict', ...aContext(['tpm']).rubrics[0]!.criteria.map((c) => c.id), 'error']);
  });

  it('with several rubrics: the closest role, then each rubric score and its criteria', () => {
    const context = aContext(['tpm', 'agile-pm']);
    const [header] = read(csvTable(context).header);
    expect(header!.slice(0, 8)).toEqual(['source', 'line', 'index', 'name', 'closest role', 'score', 'verdict', 'tpm score']);
    expect(header).toContain('agile-pm score');
    expect(header).toContain('agile-pm:agile-certification');
    expect(header).toHaveLength(7 + context.rubrics.reduce((n, r) => n + 1 + r.criteria.length, 0) + 1);
  });

  it('gives every record, scored or not, a row as wide as the header, with the statuses of its criteria', () => {
    const context = aContext(['tpm']);
    const table = csvTable(context);
    const results = aBatch(goldenDocuments());
    const rows = read(table.header + results.map(table.row).join(''));
    const [header, ...body] = rows;
    expect(body).toHaveLength(results.length);
    const col = (name: string) => header!.indexOf(name);
    results.forEach((result, i) => {
      const row = body[i]!;
      expect(row.slice(0, 3)).toEqual([result.record.source, String(result.record.line), String(result.record.index)]);
      if ('error' in result) {
        expect(row[col('error')]).toBe(result.error.message);
        expect(row.slice(3, -1).every((cell) => cell === '')).toBe(true);
      } else {
        const a = result.scored.closest;
        expect(row[col('score')]).toBe(a.score.toFixed(1));
        expect(row[col('verdict')]).toBe(a.verdict);
        for (const c of a.criteria) expect(row[col(c.id)]).toBe(c.status);
        expect(row[col('error')]).toBe('');
      }
    });
  });

  it('keeps hostile names to one cell, readable, and never a formula', () => {
    const docs = HOSTILE_NAMES.map((name) => ({ ...fixture('ana-beltran'), basics: { ...fixture('ana-beltran').basics, name } }));
    const table = csvTable(aContext(['tpm']));
    const [header, ...body] = read(table.header + aBatch(docs).map(table.row).join(''));
    const name = header!.indexOf('name');
    expect(body.map((row) => row.length)).toEqual(HOSTILE_NAMES.map(() => header!.length));
    for (const [i, row] of body.entries()) {
      expect(row[name]).not.toMatch(/^[=+\-@\t\r]/);
      expect(unguarded(row[name]!)).toBe(toWellFormed(clean(HOSTILE_NAMES[i]!)));
    }
    expect(body[0]![name]).toBe("'=cmd|' /C calc'!A0");
  });

  it('leaves the name empty for a résumé without one, and a criterion the closest role lacks empty', () => {
    const nameless = { ...fixture('lin-new-grad'), basics: {} };
    const context = aContext(['tpm', 'agile-pm']);
    const table = csvTable(context);
    const [header, row] = read(table.header + aBatch([nameless], ['tpm', 'agile-pm']).map(table.row).join(''));
    expect(row![header!.indexOf('name')]).toBe('');
    expect(row![header!.indexOf('tpm:pmp')]).toMatch(/^(met|partial|missing|unknown)$/);
  });
});
