import type { FitReport } from '../../engine/rankFit.js';
import { STATUS_MARK, VERDICT_TEXT } from '../style.js';
import { html, type Markup } from './markup.js';
import { VERDICT_STATUS } from './palette.js';

const x = (v: number) => Math.round(Math.min(100, Math.max(0, v)) * 100) / 100;

/** A role's score on the 0–100 scale, in its verdict's colour, with that role's own pass score marked. */
function scoreBar(score: number, pass: number, verdict: keyof typeof VERDICT_STATUS): Markup {
  const label = `Score ${score.toFixed(1)} of 100; pass score ${pass}`;
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><title>${label}</title><rect class="track" x="0" y="0" width="100" height="10"/><rect class="fill-${VERDICT_STATUS[verdict]}" x="0" y="0" width="${x(score)}" height="10"/><rect class="tick" x="${Math.max(0, x(pass) - 0.5)}" y="0" width="1" height="10"/></svg>`;
}

/** The roles, closest first, as a table with a bar chart in it; each row links to that role's report below. */
export function rolesChart(f: FitReport, anchor: (index: number) => string): Markup {
  const rows = f.ranking.map((r, i) => {
    const pass = f.assessments[i]?.passScore ?? 0;
    const status = VERDICT_STATUS[r.verdict];
    return html`<tr>
<td class="num">${i + 1}</td>
<th scope="row"><a href="#${anchor(i)}">${r.title}</a> <span class="id">(<code>${r.rubric}</code>)</span></th>
<td class="chart-cell">${scoreBar(r.score, pass, r.verdict)}<span class="points">${r.score.toFixed(1)} · pass ${pass}</span></td>
<td class="status s-${status}">${STATUS_MARK[status]} ${VERDICT_TEXT[r.verdict]}</td>
</tr>`;
  });
  return html`<div class="table-wrap"><table class="roles">
<caption>Closest role first: by verdict, then score. Each bar is the score out of 100; the mark across it is that role's pass score.</caption>
<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Role</th><th scope="col">Score</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}
