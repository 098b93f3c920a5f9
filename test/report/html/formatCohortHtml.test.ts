import { describe, expect, it } from 'vitest';
import { cohortFormat } from '../../../src/report/batch/cohortFormat.js';
import { escapeHtml } from '../../../src/report/html/markup.js';
import { binCounts } from '../../../src/report/html/scoreHistogram.js';
import { VERDICT_TEXT } from '../../../src/report/style.js';
import { aBatch, aContext, goldenDocuments, HOSTILE_NAMES } from '../batch/aBatch.js';
import { cohortPage } from './aCohortPage.js';

/**
 * The cohort page, from the same entries and summary as the markdown shortlist. After an
 * intended change: `npx vitest run test/report/html/formatCohortHtml.test.ts -u`, read the diff,
 * and look at the page (test/browser/cohortHtml.browser.test.ts takes screenshots).
 */


const FIT = ['tpm', 'infra-tpm', 'agile-pm'];
const one = aBatch(goldenDocuments());
const fit = aBatch(goldenDocuments(), FIT);

const tags = (page: string) => [...page.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({ name: m[2]!.toLowerCase(), attributes: m[3]! }));
const ALLOWED = new Set('html head meta title style body main header footer section h1 h2 p span strong br code ul li div table caption thead tbody tr th td svg line rect text title'.split(' '));
const rowsOf = (page: string, table: string) => page.split(`<table class="${table}">`)[1]!.split('</table>')[0]!.split('<tr>').slice(2);

describe('formatCohortHtml: golden pages (a batch with a broken record and hostile names, --min-score 70)', () => {
  it('one rubric', async () => {
    await expect(cohortPage(one, aContext()).page).toMatchFileSnapshot('../__golden__/batch.html');
  });
  it('several rubrics: the closest role of each candidate', async () => {
    await expect(cohortPage(fit, aContext(FIT)).page).toMatchFileSnapshot('../__golden__/batch.fit.html');
  });
});

describe('formatCohortHtml', () => {
  const { page, summary } = cohortPage(one, aContext());

  it('is one self-contained page: its own tags only, no handler, no script, nothing to fetch, and the CSP', () => {
    for (const p of [page, cohortPage(fit, aContext(FIT)).page]) {
      const all = tags(p);
      expect(all.filter((t) => !ALLOWED.has(t.name)).map((t) => t.name)).toEqual([]);
      expect(all.filter((t) => /\son[a-z]+\s*=|\s(src|href|srcset|action|xlink:href)\s*=/i.test(t.attributes))).toEqual([]);
      expect(p).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    }
  });

  it('ranks every scored candidate by score, equal scores sharing a rank, with verdict and top gap', () => {
    const scored = one.flatMap((r) => ('scored' in r ? [r.scored.closest] : []));
    const rows = rowsOf(page, 'ranked');
    expect(rows).toHaveLength(scored.length);
    const shown = rows.map((row) => ({ rank: Number(/<td class="num">(\d+)<\/td>/.exec(row)![1]), score: Number(/<span class="points">([\d.]+)<\/span>/.exec(row)![1]) }));
    expect(shown.map((r) => r.score)).toEqual(scored.map((a) => Number(a.score.toFixed(1))).sort((a, b) => b - a));
    shown.forEach((r, i) => expect(r.rank).toBe(i === 0 || shown[i - 1]!.score !== r.score ? i + 1 : shown[i - 1]!.rank));
    for (const a of scored) expect(page).toContain(`${VERDICT_TEXT[a.verdict]}</td>`);
  });

  it('shows hostile names escaped, as text', () => {
    const names = [...page.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(names).toContain(escapeHtml(HOSTILE_NAMES[1]!));
    expect(page).not.toContain('<script>');
  });

  it('draws the histogram from every score, and writes its counts, the five numbers and the verdict counts', () => {
    const scores = one.flatMap((r) => ('scored' in r ? [r.scored.closest.score] : []));
    const bins = binCounts(scores);
    expect(bins.reduce((s, n) => s + n, 0)).toBe(scores.length);
    expect(rowsOf(page, 'bins')[0]).toContain(bins.map((n) => `<td class="num">${n}</td>`).join(''));
    expect(/<svg class="histogram"[^>]*aria-label="([^"]+)"/.exec(page)![1]).toContain(`Histogram of ${scores.length} scores`);
    expect(page).toContain(`<td class="num">${summary.scores!.median.toFixed(1)}</td>`);
    for (const v of ['ready', 'nearly', 'not-ready'] as const) expect(page).toContain(`${VERDICT_TEXT[v]}</span> <strong>${summary.verdicts[v]}</strong>`);
  });

  it('lists the gaps most candidates share and the records that could not be scored', () => {
    for (const g of summary.topGaps) expect(page).toContain(`${g.candidates} of ${summary.scored} candidates`);
    expect(page).toContain('<h2>Could not be scored</h2>');
    expect(page).toContain('work[0].startDate: expected a date like 2019-04');
  });

  it('shows the best --top, and says so', () => {
    const top = cohortPage(one, aContext(), { top: 2 }).page;
    expect(rowsOf(top, 'ranked')).toHaveLength(2);
    expect(top).toContain('The best 2 of 8 are shown.');
  });

  it('has no histogram, verdicts or gaps when nothing was scored', () => {
    const none = cohortPage(aBatch([{ error: 'not JSON' }]), aContext()).page;
    expect(none).toContain('No candidate was scored.');
    expect(none).not.toContain('<svg');
  });

  it('is what the html cohort format writes at the end', () => {
    const format = cohortFormat('html', aContext());
    const streamed = one.map((r) => format.record(r)).join('');
    expect(streamed).toBe('');
    expect(format.end(summary)).toBe(page);
  });
});

describe('binCounts', () => {
  it('puts each score in its bin of ten, lower bound in, 100 in the last', () => {
    expect(binCounts([0, 9.99, 10, 69.9, 70, 100])).toEqual([2, 1, 0, 0, 0, 0, 1, 1, 0, 1]);
  });
});
