import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src/report/batch/batchResult.js';
import { CohortTally } from '../../../src/report/batch/CohortTally.js';
import { cohortFormat, type CohortFormat, type Ordering } from '../../../src/report/batch/cohortFormat.js';
import { pickInOrder } from '../../../src/report/batch/pickInOrder.js';
import { aBatch, aContext, goldenDocuments } from './aBatch.js';

const results = aBatch(goldenDocuments());

/** Runs a format as batch does: header, a text per record as it comes, the end. */
function run(name: CohortFormat, ordering: Ordering = {}, input: BatchResult[] = results) {
  const format = cohortFormat(name, aContext(), ordering);
  const tally = new CohortTally(70);
  const streamed = [format.header()];
  for (const r of input) {
    tally.add(r);
    streamed.push(format.record(r));
  }
  return { streamed, text: streamed.join('') + format.end(tally.summary()) };
}

describe('pickInOrder', () => {
  const keys = [
    { key: { index: 0, name: 'c', score: 50 } },
    { key: { index: 1, name: null, score: null } },
    { key: { index: 2, name: 'a', score: 90 } },
    { key: { index: 3, name: 'b', score: 70 } },
  ];
  const indexes = (items: { key: { index: number } }[]) => items.map((i) => i.key.index);

  it('--top keeps the best n scored and every unreadable record, best first', () => {
    expect(indexes(pickInOrder(keys, { top: 2 }))).toEqual([2, 3, 1]);
  });

  it('--sort orders what is kept: by name, or in input order', () => {
    expect(indexes(pickInOrder(keys, { top: 2, sort: 'name' }))).toEqual([2, 3, 1]);
    expect(indexes(pickInOrder(keys, { top: 2, sort: 'input' }))).toEqual([1, 2, 3]);
    expect(indexes(pickInOrder(keys, { sort: 'name' }))).toEqual([2, 3, 0, 1]);
  });
});

describe('cohortFormat', () => {
  it('csv streams: the header before any record, then a row as each record comes, in input order', () => {
    const { streamed, text } = run('csv');
    expect(streamed[0]).toMatch(/^source,line,index,name,rubric,/);
    expect(streamed.slice(1).every((row) => row.endsWith('\r\n') && row.length > 2)).toBe(true);
    const rows = parse(text) as string[][];
    expect(rows.slice(1).map((r) => r[2])).toEqual(results.map((r) => String(r.record.index)));
  });

  it('csv with --top and --sort: held to the end, the best n by score and the unreadable record', () => {
    const { streamed, text } = run('csv', { top: 2 });
    expect(streamed.slice(1).every((t) => t === '')).toBe(true);
    const rows = parse(text) as string[][];
    expect(rows.slice(1).map((r) => [r[5], r[13] === '' ? 'scored' : 'error'])).toEqual([
      ['100.0', 'scored'],
      ['100.0', 'scored'],
      ['', 'error'],
    ]);
  });

  it('github streams one command per failing record and nothing for the others', () => {
    const { streamed } = run('github');
    expect(streamed.filter(Boolean).map((t) => t.slice(0, t.indexOf(' ')))).toEqual(['::error', '::error', '::error', '::error']);
  });

  it('junit writes one whole document at the end, cases in input order unless told otherwise', () => {
    const { streamed, text } = run('junit');
    expect(streamed.every((t) => t === '')).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'testcase' });
    const suite = (parser.parse(text) as { testsuites: { testsuite: { testcase: { '@_line': string }[] } } }).testsuites.testsuite;
    expect(suite.testcase.map((c) => Number(c['@_line']))).toEqual(results.map((r) => r.record.line));
    const top = (parser.parse(run('junit', { top: 1 }).text) as { testsuites: { testsuite: Record<string, string> & { testcase: unknown[] } } }).testsuites.testsuite;
    expect([top.testcase.length, top['@_tests'], top['@_errors']]).toEqual([2, '2', '1']);
  });

  it('markdown is the shortlist, once, at the end', () => {
    const { streamed, text } = run('markdown', { top: 2 });
    expect(streamed.every((t) => t === '')).toBe(true);
    expect(text.match(/^# Shortlist/gm)).toHaveLength(1);
    expect(text).toContain('The best 2 of 8 are shown.');
  });
});
