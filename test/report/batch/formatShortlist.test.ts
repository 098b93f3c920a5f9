import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src/report/batch/batchResult.js';
import { CohortTally } from '../../../src/report/batch/CohortTally.js';
import { formatShortlist } from '../../../src/report/batch/formatShortlist.js';
import type { SortOrder } from '../../../src/report/batch/recordOrder.js';
import { shortlistEntry } from '../../../src/report/batch/shortlistEntry.js';
import { aBatch, aContext, goldenDocuments, HOSTILE_NAMES, named } from './aBatch.js';

function page(results: BatchResult[], rubricIds = ['tpm'], options: { top?: number; sort?: SortOrder } = {}) {
  const tally = new CohortTally(70);
  for (const r of results) tally.add(r);
  return formatShortlist(results.map(shortlistEntry), tally.summary(), aContext(rubricIds), options);
}

/** The cells of a GFM table row: a pipe after a backslash belongs to the cell. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);
const shortlistRows = (markdown: string) => {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Rank |'));
  const rows: string[] = [];
  for (let i = start + 2; start >= 0 && lines[i]?.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
};

describe('formatShortlist', () => {
  const results = aBatch(goldenDocuments());

  it('ranks candidates by score, equal scores sharing a rank, then the distribution, shared gaps and unreadable records', () => {
    const markdown = page(results);
    const rows = shortlistRows(markdown).map(cells);
    const scores = rows.map((r) => Number(r[2]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(rows).toHaveLength(results.filter((r) => 'scored' in r).length);
    expect(rows.map((r) => r[0])).toEqual(['1', '1', '3', '3', '3', '6', '6', '6']);
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Shortlist: Technical Project Manager', '## Score distribution', '## Gaps most candidates share', '## Could not be scored']);
    expect(markdown).toContain('- Record 1, `candidates.ndjson:2`: work\\[0\\].startDate: expected a date like 2019-04');
  });

  it('is one page, not a report per candidate', () => {
    expect(page(results)).not.toContain('Gap report');
    expect(page(results).split('\n').length).toBeLessThan(40);
  });

  it('--top shows the best n, and --sort orders them by name', () => {
    const top = shortlistRows(page(results, ['tpm'], { top: 3 })).map(cells);
    const best = results.flatMap((r) => ('scored' in r ? [r.scored.closest.score] : [])).sort((a, b) => b - a);
    expect(top.map((r) => r[2])).toEqual(best.slice(0, 3).map((s) => s.toFixed(1)));
    const byName = shortlistRows(page(results, ['tpm'], { top: 3, sort: 'name' })).map(cells);
    expect(byName.map((r) => r[1])).toEqual(["=cmd\\|' /C calc'\\!A0", 'Ana Beltrán', 'Tab CR LF Bell Esc red NUL DEL']);
    expect(page(results, ['tpm'], { top: 3 })).toContain('The best 3 of 8 are shown.');
  });

  it('with several rubrics, names the closest role of each candidate', () => {
    const rows = shortlistRows(page(aBatch(goldenDocuments(), ['tpm', 'agile-pm']), ['tpm', 'agile-pm'])).map(cells);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['Technical Project Manager (`tpm`)', 'Agile Project Manager (`agile-pm`)']));
  });

  it('keeps hostile names inside their cell: the same number of cells on every row, nothing starts a line', () => {
    const markdown = page(aBatch(HOSTILE_NAMES.map((n) => named(n))));
    const rows = shortlistRows(markdown);
    expect(rows).toHaveLength(HOSTILE_NAMES.length);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    expect(markdown).not.toMatch(/(?<!\\)<(?!\/?\w)|(?<!\\)<[a-z]/i);
    for (const line of markdown.split('\n')) expect(line).toMatch(/^(|#{1,2} .*|\d+ records: .*|\| .* \||\|---.*|Pass rate .*|Verdicts: .*|- Record .*)$/);
  });

  it('says so when nobody was scored', () => {
    expect(page([{ record: { index: 0, line: 1, source: 'x' }, error: { message: 'bad', path: null, code: 'x' } }])).toContain('_No candidate was scored._');
  });
});
