import { describe, expect, it } from 'vitest';
import { rankFit } from '../../../src/engine/rankFit.js';
import { criteriaChart } from '../../../src/report/html/criteriaChart.js';
import { formatFitHtml, formatHtml } from '../../../src/report/html/formatHtml.js';
import { verdictReason } from '../../../src/report/html/glance.js';
import { scoreGauge } from '../../../src/report/html/scoreGauge.js';
import { aCriterion, anAction, anAssessment } from '../anAssessment.js';

const headings = (page: string) => [...page.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, '')}`);
const sectionOrder = (page: string) => headings(page).filter((h) => /^2 /.test(h));

describe('formatHtml', () => {
  it('lays the page out: what was assumed first, then the glance, criteria, roadmap, gaps, unknowns, evidence', () => {
    const page = formatHtml(anAssessment({ assumptions: ['PMP'], criteria: [aCriterion({ status: 'unknown', score: 0 })], scoreRange: { min: 40, max: 80 } }));
    expect(sectionOrder(page)).toEqual(['2 What was assumed', '2 At a glance', '2 Criteria', '2 Roadmap', '2 Gaps', '2 Unknowns', '2 Evidence']);
    expect(page).toContain('<li>PMP</li>');
  });

  it('has no assumptions or unknowns section when there is nothing to say', () => {
    const page = formatHtml(anAssessment());
    expect(sectionOrder(page)).toEqual(['2 At a glance', '2 Criteria', '2 Roadmap', '2 Gaps', '2 Evidence']);
  });

  it('says the range the unknowns leave open, and when the pass score lies in it', () => {
    const a = anAssessment({ score: 50, passScore: 70, criteria: [aCriterion({ status: 'unknown', score: 0, weight: 30 })], scoreRange: { min: 50, max: 80 } });
    const page = formatHtml(a);
    expect(page).toContain('1 criterion is unknown: the résumé does not say. The score could be anywhere from <strong>50.0</strong> to <strong>80.0</strong>, and the pass score of 70 lies in that range');
    expect(formatHtml({ ...a, scoreRange: { min: 50, max: 60 } })).not.toContain('lies in that range');
  });

  it('ranks the roadmap as given, with each gain, its effort and the verdict it leads to', () => {
    const a = anAssessment({
      score: 60,
      verdict: 'nearly',
      criteria: [aCriterion({ id: 'a', title: 'Alpha', status: 'missing', score: 0 }), aCriterion({ id: 'b', title: 'Beta', status: 'unknown', score: 0 })],
      actions: [
        anAction({ criterion: 'b', action: 'Say if Beta', scoreGain: 5, type: 'clarify', verdictAfter: 'nearly' }),
        anAction({ criterion: 'a', action: 'Get Alpha', scoreGain: 12.5, effortMonths: 6, verdictAfter: 'ready' }),
      ],
    });
    const steps = [...formatHtml(a).matchAll(/<li>\n<span class="rank" aria-hidden="true">(\d)<\/span>\n<span class="gain">([^<]+)<\/span>\n<div class="body">([^<]+)<span class="step-meta">(.*?)<\/span><\/div>/g)].map((m) => [m[1], m[2], m[3], m[4]!.replace(/<[^>]+>/g, '')]);
    expect(steps).toEqual([
      ['1', '+5.0', 'Say if Beta', 'Beta · say what is true · score 60.0 → 65.0, still ◐ NEARLY'],
      ['2', '+12.5', 'Get Alpha', 'Alpha · about 6 months · score 60.0 → 72.5, leads to ✔ READY'],
    ]);
  });

  it('says so when there is nothing on the roadmap', () => {
    expect(formatHtml(anAssessment())).toContain('Nothing to do: every criterion is met.');
    expect(formatHtml(anAssessment({ criteria: [aCriterion({ status: 'missing', score: 0 })] }))).toContain('No step to suggest.');
  });

  it('quotes the evidence with the JSON pointer it came from, escaped', () => {
    const page = formatHtml(anAssessment({ criteria: [aCriterion({ evidence: [{ path: '/work/0/highlights/1', text: 'Led <the> "team"' }] })] }));
    expect(page).toContain('<li><blockquote>Led &lt;the&gt; &quot;team&quot;</blockquote><span class="where">from <code>/work/0/highlights/1</code></span></li>');
  });

  it('names a candidate without a name as such, in the heading and the title', () => {
    const page = formatHtml(anAssessment({ candidate: null }));
    expect(page).toContain('<h1>Candidate (no name given)</h1>');
    expect(page).toContain('<title>Gap report: Candidate (no name given) — Test Role</title>');
  });
});

describe('criteriaChart', () => {
  it('draws every bar on one scale: as long as the criterion weighs, filled as far as it scores', () => {
    const a = anAssessment({ criteria: [aCriterion({ id: 'x', weight: 30, score: 0.5, status: 'partial', required: true }), aCriterion({ id: 'y', weight: 10 })] });
    const chart = criteriaChart(a).value;
    const bars = [...chart.matchAll(/<rect class="track" x="0" y="0" width="([\d.]+)" height="10"\/><rect class="fill-(\w+)" x="0" y="0" width="([\d.]+)"/g)].map((m) => [m[1], m[2], m[3]]);
    expect(bars).toEqual([
      ['100', 'partial', '50'],
      ['33.33', 'met', '33.33'],
    ]);
    // The weights sum to 40: the first is worth 75 points of 100, half of them earned.
    expect(chart).toContain('37.5 of 75 points');
    expect(chart).toContain('25 of 25 points');
    expect(chart).toContain('<td class="status s-partial">◐ partial</td>');
    expect(chart).toMatch(/<th scope="row">A criterion<span class="tag">required<\/span><\/th>/);
  });
});

describe('scoreGauge', () => {
  it('says score, pass score, verdict and the open range in its label', () => {
    const svg = scoreGauge(anAssessment({ score: 55, passScore: 70, verdict: 'nearly', scoreRange: { min: 55, max: 85 } })).value;
    expect(svg).toContain('aria-label="Score 55.0 out of 100; pass score 70; verdict NEARLY. The unknown criteria leave it open from 55.0 to 85.0."');
    expect(svg).toContain('class="stroke-unknown"');
    expect(svg).toContain('>pass 70</text>');
  });

  it('draws no value arc at 0, a full one at 100, and keeps a score beyond the scale on it', () => {
    expect(scoreGauge(anAssessment({ score: 0, verdict: 'not-ready' })).value).not.toContain('stroke-missing');
    expect(scoreGauge(anAssessment({ score: 100, verdict: 'ready' })).value).toContain('<path class="stroke-met" d="M 28 130 A 92 92 0 0 1 212 130"');
    expect(scoreGauge(anAssessment({ score: 140, verdict: 'ready' })).value).toContain('<path class="stroke-met" d="M 28 130 A 92 92 0 0 1 212 130"');
  });
});

describe('verdictReason', () => {
  const required = (status: 'met' | 'missing' | 'unknown') => aCriterion({ title: 'Degree', required: true, status });
  it.each([
    [anAssessment({ score: 75, verdict: 'ready', criteria: [required('met')] }), 'The score is 5.0 above the pass score of 70, and every required criterion is met.'],
    [anAssessment({ score: 75, verdict: 'not-ready', criteria: [required('missing')] }), 'The score is 5.0 above the pass score of 70, and a required criterion is not met: Degree.'],
    [anAssessment({ score: 65, verdict: 'nearly', criteria: [required('unknown')] }), 'The score is 5.0 below the pass score of 70; the résumé does not show whether a required criterion is met: Degree.'],
    [anAssessment({ score: 40, verdict: 'not-ready', criteria: [required('met')] }), 'The score is 30.0 below the pass score of 70.'],
  ])('%#', (a, reason) => {
    expect(verdictReason(a)).toBe(reason);
  });
});

describe('formatFitHtml', () => {
  const fit = rankFit([
    anAssessment({ rubric: { id: 'low', title: 'Low Role', version: '1' }, score: 40, verdict: 'not-ready' }),
    anAssessment({ rubric: { id: 'high', title: 'High <Role>', version: '2' }, score: 80, verdict: 'ready', passScore: 75 }),
  ]);
  const page = formatFitHtml(fit);

  it('keeps one h1, a section per role under h2, and that role’s parts under h3', () => {
    const all = headings(page);
    expect(all.filter((h) => h.startsWith('1 '))).toEqual(['1 Test Person']);
    expect(all.filter((h) => h.startsWith('2 '))).toEqual(['2 Roles by fit', '2 Report for each role', '2 High &lt;Role&gt;', '2 Low Role']);
    expect(all.filter((h) => h === '3 At a glance')).toHaveLength(2);
  });

  it('charts the roles closest first, each with its own pass score, linked to its section', () => {
    expect([...page.matchAll(/<a href="#(role-\d)">([^<]+)<\/a> <span class="id">/g)].map((m) => [m[1], m[2]])).toEqual([
      ['role-1', 'High &lt;Role&gt;'],
      ['role-2', 'Low Role'],
    ]);
    expect(page).toContain('aria-label="Score 80.0 of 100; pass score 75"');
    expect(page).toContain('aria-label="Score 40.0 of 100; pass score 70"');
    expect([...page.matchAll(/<section class="role" id="(role-\d)">/g)].map((m) => m[1])).toEqual(['role-1', 'role-2']);
  });
});
