import type { Verdict } from '../../engine/assessment.js';
import type { BatchContext } from '../batch/batchResult.js';
import type { CohortSummary } from '../batch/cohortSummary.js';
import { percent } from '../batch/formatCohortSummary.js';
import { pickInOrder } from '../batch/pickInOrder.js';
import type { SortOrder } from '../batch/recordOrder.js';
import { scoreRanks } from '../batch/scoreRanks.js';
import type { ShortlistEntry } from '../batch/shortlistEntry.js';
import { clean, STATUS_MARK, VERDICT_TEXT } from '../style.js';
import { heading, html, type Markup } from './markup.js';
import { pageShell } from './pageShell.js';
import { VERDICT_STATUS } from './palette.js';
import { binCounts, binLabel, scoreHistogram } from './scoreHistogram.js';

type Scored = Extract<ShortlistEntry, { score: number }>;
type Unreadable = Extract<ShortlistEntry, { error: string }>;

const VERDICTS: readonly Verdict[] = ['ready', 'nearly', 'not-ready'];
const x = (v: number) => Math.round(Math.min(100, Math.max(0, v)) * 100) / 100;

function verdictCell(verdict: Verdict): Markup {
  const status = VERDICT_STATUS[verdict];
  return html`<td class="status s-${status}">${STATUS_MARK[status]} ${VERDICT_TEXT[verdict]}</td>`;
}

/** A candidate's score on the 0–100 scale in its verdict's colour, the gate marked when there is one. */
function scoreBar(score: number, verdict: Verdict, gate: number | null): Markup {
  const label = `Score ${score.toFixed(1)} of 100${gate === null ? '' : `; gate ${gate}`}`;
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><title>${label}</title><rect class="track" x="0" y="0" width="100" height="10"/><rect class="fill-${VERDICT_STATUS[verdict]}" x="0" y="0" width="${x(score)}" height="10"/>${gate === null ? '' : html`<rect class="tick" x="${Math.max(0, x(gate) - 0.5)}" y="0" width="1" height="10"/>`}</svg>`;
}

function rankedTable(shown: readonly Scored[], rank: Map<Scored, number>, several: boolean, gate: number | null): Markup {
  const rows = shown.map(
    (e) => html`<tr>
<td class="num">${rank.get(e)}</td>
<th scope="row">${e.name}</th>
<td class="chart-cell">${scoreBar(e.score, e.verdict, gate)}<span class="points">${e.score.toFixed(1)}</span></td>
${verdictCell(e.verdict)}
${several ? html`<td>${e.role.title} <span class="id">(<code>${e.role.id}</code>)</span></td>` : ''}
<td>${e.topGap ? e.topGap.title : html`<span class="none">none</span>`}</td>
</tr>`,
  );
  const bar = gate === null ? 'Each bar is the score out of 100.' : `Each bar is the score out of 100; the mark across it is the gate, --min-score ${gate}.`;
  return html`<div class="table-wrap"><table class="ranked">
<caption>Best score first; equal scores share a rank. ${bar} The top gap is the criterion that costs the candidate most points.</caption>
<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Name</th><th scope="col">Score</th><th scope="col">Verdict</th>${several ? html`<th scope="col">Closest role</th>` : ''}<th scope="col">Top gap</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

function distribution(summary: CohortSummary, scores: readonly number[]): Markup | '' {
  const s = summary.scores;
  if (!s) return '';
  const bins = binCounts(scores);
  const bar = summary.pass.against === 'min-score' ? `--min-score ${summary.minScore}` : "their rubric's pass score";
  return html`<section class="card">
${heading(2, 'Score distribution')}
${scoreHistogram(scores, summary.minScore)}
<div class="table-wrap"><table class="bins">
<caption>Candidates per bin of ten points; each bin holds its lower bound, the last one also 100.</caption>
<thead><tr><th scope="col">Score</th>${bins.map((_, i) => html`<th scope="col" class="num">${binLabel(i)}</th>`)}</tr></thead>
<tbody><tr><th scope="row">Candidates</th>${bins.map((n) => html`<td class="num">${n}</td>`)}</tr></tbody>
</table></div>
<div class="table-wrap"><table class="five">
<caption>The spread of the scores (quartiles as spreadsheets compute them).</caption>
<thead><tr><th scope="col" class="num">Min</th><th scope="col" class="num">Lower quartile</th><th scope="col" class="num">Median</th><th scope="col" class="num">Upper quartile</th><th scope="col" class="num">Max</th></tr></thead>
<tbody><tr>${[s.min, s.q1, s.median, s.q3, s.max].map((n) => html`<td class="num">${n.toFixed(1)}</td>`)}</tr></tbody>
</table></div>
<p>Pass rate <strong>${percent(summary.pass.passed, summary.pass.of)}</strong>: ${summary.pass.passed} of ${summary.pass.of} reach ${bar}.</p>
</section>`;
}

/** The verdict counts as a stacked bar, in words beside it: symbol, word, count and share. */
function verdicts(summary: CohortSummary): Markup | '' {
  if (!summary.scored) return '';
  const v = summary.verdicts;
  const words = VERDICTS.map((k) => `${v[k]} ${VERDICT_TEXT[k]}`).join(', ');
  const label = `Verdicts of ${summary.scored} scored candidates: ${words}.`;
  let at = 0;
  const segments = VERDICTS.map((k) => {
    const width = x((100 * v[k]) / summary.scored);
    const segment = html`<rect class="fill-${VERDICT_STATUS[k]}" x="${x(at)}" y="0" width="${width}" height="10"/>`;
    at += width;
    return segment;
  });
  return html`<section class="card">
${heading(2, 'Verdicts')}
<svg class="bar stacked" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><title>${label}</title>${segments}</svg>
<ul class="counts">
${VERDICTS.map((k) => html`<li><span class="status s-${VERDICT_STATUS[k]}">${STATUS_MARK[VERDICT_STATUS[k]]} ${VERDICT_TEXT[k]}</span> <strong>${v[k]}</strong> <span class="points">${percent(v[k], summary.scored)}</span></li>`)}
</ul>
</section>`;
}

function sharedGaps(summary: CohortSummary): Markup | '' {
  if (!summary.topGaps.length) return '';
  const rows = summary.topGaps.map((g) => {
    const share = (100 * g.candidates) / summary.scored;
    const label = `${g.candidates} of ${summary.scored} candidates`;
    return html`<tr>
<th scope="row">${g.title} <span class="id">(<code>${g.criterion}</code>)</span></th>
<td class="chart-cell"><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><title>${label}</title><rect class="track" x="0" y="0" width="100" height="10"/><rect class="fill-missing" x="0" y="0" width="${x(share)}" height="10"/></svg><span class="points">${label} (${percent(g.candidates, summary.scored)})</span></td>
</tr>`;
  });
  return html`<section class="card">
${heading(2, 'Gaps most candidates share')}
<div class="table-wrap"><table class="shared">
<caption>Criteria missing or partly met, most common first: what a training plan for this cohort would start with.</caption>
<thead><tr><th scope="col">Gap</th><th scope="col">Candidates</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</section>`;
}

function unreadableList(unreadable: readonly Unreadable[]): Markup | '' {
  if (!unreadable.length) return '';
  return html`<section class="card">
${heading(2, 'Could not be scored')}
<ul class="plain">
${unreadable.map((e) => html`<li><span class="status s-missing">${STATUS_MARK.missing} record ${e.record.index}</span> <code>${e.record.source}${e.record.line === null ? '' : `:${e.record.line}`}</code><br>${e.error}</li>`)}
</ul>
</section>`;
}

/**
 * A batch as one self-contained HTML page, from the same entries and summary as the markdown
 * shortlist: the candidates ranked (the best `top`, when given, in `sort` order), the verdict
 * counts, the score distribution, the gaps most share, and the records that could not be scored.
 */
export function formatCohortHtml(entries: readonly ShortlistEntry[], summary: CohortSummary, context: BatchContext, options: { top?: number | undefined; sort?: SortOrder | undefined } = {}): string {
  const scored = entries.filter((e): e is Scored => 'score' in e);
  const unreadable = entries.filter((e): e is Unreadable => 'error' in e);
  const rank = scoreRanks(scored);
  const shown = pickInOrder(scored, options);
  const several = context.rubrics.length > 1;
  const role = several ? `Role fit across ${context.rubrics.length} rubrics` : clean(context.rubrics[0]?.title ?? '') || 'Cohort';
  const facts = [`${summary.read} records: ${summary.scored} scored, ${summary.unreadable} could not be scored.`];
  if (summary.minScore !== null) facts.push(`Gate: --min-score ${summary.minScore} (${summary.below} below).`);
  if (shown.length < scored.length) facts.push(`The best ${shown.length} of ${scored.length} are shown.`);
  const rubrics = context.rubrics.map((r) => html`<code>${r.id}</code>`);
  const body = html`<header class="masthead">
<p class="eyebrow">Cohort report${context.asOf ? html` · as of ${context.asOf}` : ''}</p>
${heading(1, html`Shortlist: ${role}`)}
<p class="subtitle">${facts.join(' ')}</p>
</header>
<section class="card">
${heading(2, 'Candidates by score')}
${shown.length ? rankedTable(shown, rank, several, summary.minScore) : html`<p class="none">No candidate was scored.</p>`}
</section>
${verdicts(summary)}
${distribution(summary, scored.map((e) => e.score))}
${sharedGaps(summary)}
${unreadableList(unreadable)}
<footer><p>Rubrics: ${rubrics.map((r, i) => html`${i ? html`, ` : ''}${r}`)}${context.asOf ? html`, as of ${context.asOf}` : ''}. Made by tpm-assess; this page loads nothing from the network.</p></footer>`;
  return pageShell(`Shortlist: ${role}${context.asOf ? ` — as of ${context.asOf}` : ''}`, body);
}
