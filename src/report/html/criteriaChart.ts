import type { Assessment } from '../../engine/assessment.js';
import { STATUS_MARK } from '../style.js';
import { html, type Markup } from './markup.js';
import { criterionPoints, formatPoints, percent } from './points.js';

/**
 * One bar per criterion, all on one scale: the bar is as long as the criterion weighs, and
 * filled as far as the résumé earns it, so the filled parts add up to the score.
 */
function pointsBar(earned: number, max: number, longest: number, status: string): Markup {
  const track = longest > 0 ? (100 * max) / longest : 0;
  const fill = max > 0 ? (track * earned) / max : 0;
  const label = `${formatPoints(earned)} of ${formatPoints(max)} points`;
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><title>${label}</title><rect class="track" x="0" y="0" width="${round(track)}" height="10"/><rect class="fill-${status}" x="0" y="0" width="${round(fill)}" height="10"/></svg>`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The criteria as a table with a bar chart in it: every number is also text, every status a symbol and a word. */
export function criteriaChart(a: Assessment): Markup {
  const points = a.criteria.map((c) => criterionPoints(c, a));
  const longest = Math.max(0, ...points.map((p) => p.max));
  const rows = a.criteria.map((c, i) => {
    const p = points[i]!;
    return html`<tr>
<td class="status s-${c.status}">${STATUS_MARK[c.status]} ${c.status}</td>
<th scope="row">${c.title}${c.required ? html`<span class="tag">required</span>` : ''}</th>
<td class="num hide-narrow">${c.weight}</td>
<td class="num hide-narrow">${percent(c.score)}</td>
<td class="chart-cell">${pointsBar(p.earned, p.max, longest, c.status)}<span class="points">${formatPoints(p.earned)} of ${formatPoints(p.max)} points</span></td>
</tr>`;
  });
  const met = a.criteria.filter((c) => c.status === 'met').length;
  return html`<div class="table-wrap"><table class="criteria">
<caption>${met} of ${a.criteria.length} criteria met. Each bar is as long as the criterion weighs; the filled part is what the résumé earns, and the filled parts add up to the score.</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Criterion</th><th scope="col" class="num hide-narrow">Weight</th><th scope="col" class="num hide-narrow">Score</th><th scope="col">Points</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}
