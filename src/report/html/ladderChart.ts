import type { Assessment, LadderSummary } from '../../engine/assessment.js';
import { ladderStanding } from '../formatLadder.js';
import { STATUS_MARK, VERDICT_TEXT } from '../style.js';
import { heading, html, type Markup } from './markup.js';
import { VERDICT_STATUS } from './palette.js';

const x = (v: number) => Math.round(Math.min(100, Math.max(0, v)) * 100) / 100;

type Level = LadderSummary['levels'][number];

/** Where a level stands, as a symbol and words: colour is never the only sign. */
function place(l: LadderSummary, level: Level): string {
  if (level.id === l.reached) return '● reached';
  if (level.id === l.next) return '▲ next';
  return '';
}

/**
 * The levels as a ladder, highest rung at the top: one bar per level on the 0–100 scale in its
 * verdict's colour, the pass score (the same at every level) marked across all of them, and the
 * level reached and the next one marked beside their rung. Its label says the same in words.
 */
function ladderPicture(l: LadderSummary, pass: number): Markup {
  const rungs = [...l.levels].reverse();
  const ROW = 30;
  const LEFT = 96;
  const WIDTH = 280;
  const TOP = 18;
  const height = TOP + rungs.length * ROW + 4;
  const scale = (v: number) => LEFT + (x(v) * WIDTH) / 100;
  const label = `The ladder, highest level first: ${rungs.map((r) => `${r.id} ${r.score.toFixed(1)}, ${VERDICT_TEXT[r.verdict]}${place(l, r) ? ` (${place(l, r).slice(2)})` : ''}`).join('; ')}. Pass score ${pass} at every level.`;
  const rows = rungs.map((r, i) => {
    const y = TOP + i * ROW;
    const status = VERDICT_STATUS[r.verdict];
    return html`<text class="small" x="${LEFT - 10}" y="${y + 17}" text-anchor="end">${r.id}</text>
<rect class="track" x="${LEFT}" y="${y + 5}" width="${WIDTH}" height="16" rx="3"/>
<rect class="fill-${status}" x="${LEFT}" y="${y + 5}" width="${Math.round((scale(r.score) - LEFT) * 100) / 100}" height="16" rx="3"/>
<text class="small" x="${LEFT + WIDTH + 8}" y="${y + 17}">${`${STATUS_MARK[status]} ${r.score.toFixed(1)} ${place(l, r)}`}</text>`;
  });
  return html`<svg class="ladder" viewBox="0 0 520 ${height}" role="img" aria-label="${label}">
<title>${label}</title>
<line class="rail" x1="${LEFT - 4}" y1="${TOP}" x2="${LEFT - 4}" y2="${height}" stroke-width="3"/>
${rows}
<rect class="tick" x="${scale(pass) - 1}" y="${TOP - 4}" width="2" height="${height - TOP + 4}"/>
<text x="${scale(pass)}" y="${TOP - 7}" text-anchor="middle">${`pass ${pass}`}</text>
</svg>`;
}

/** The ladder's levels: a picture of the rungs, then the same numbers as a table, and where the person stands. */
export function ladderChart(a: Assessment, level: number): Markup | '' {
  const l = a.ladder;
  if (!l) return '';
  const rows = [...l.levels].reverse().map((r) => {
    const status = VERDICT_STATUS[r.verdict];
    return html`<tr>
<th scope="row">${r.title} <span class="id">(<code>${r.rubric}</code>)</span></th>
<td class="num">${r.score.toFixed(1)}</td>
<td class="status s-${status}">${STATUS_MARK[status]} ${VERDICT_TEXT[r.verdict]}</td>
<td>${place(l, r)}${r.id === l.shown ? html`<span class="tag">shown below</span>` : ''}</td>
</tr>`;
  });
  return html`<section class="card">
${heading(level, 'Levels')}
<p>${ladderStanding(l)}</p>
${ladderPicture(l, a.passScore)}
<div class="table-wrap"><table class="levels">
<caption>Highest level first. The same pass score, ${a.passScore}, holds at every level; a level is reached when its verdict is ${VERDICT_TEXT.ready}.</caption>
<thead><tr><th scope="col">Level</th><th scope="col" class="num">Score</th><th scope="col">Verdict</th><th scope="col">Where you stand</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</section>`;
}
