import type { Assessment, CriterionResult } from '../../engine/assessment.js';
import { describeExpected, describeValue, STATUS_MARK } from '../style.js';
import { heading, html, type Markup } from './markup.js';
import { criterionPoints, formatPoints } from './points.js';

export function foundAndAsked(c: CriterionResult): Markup {
  return html`<dl><dt>Found</dt><dd>${describeValue(c.actual, c.kind)}</dd><dt>Asked</dt><dd>${describeExpected(c.expected, c.kind)}</dd></dl>`;
}

function gapItem(c: CriterionResult, a: Assessment): Markup {
  const { earned, max } = criterionPoints(c, a);
  return html`<li class="criterion">
<p><span class="status s-${c.status}">${STATUS_MARK[c.status]} ${c.status}</span> <strong>${c.title}</strong>${c.required ? html`<span class="tag">required</span>` : ''} <span class="points">${formatPoints(earned)} of ${formatPoints(max)} points</span></p>
${c.gap ? html`<p class="gap border-${c.status}">${c.gap}</p>` : ''}
${foundAndAsked(c)}
</li>`;
}

/** What the résumé shows but falls short of: missing or partly met criteria, each with what is missing. */
export function gaps(a: Assessment, level: number): Markup {
  const short = a.criteria.filter((c) => c.status === 'missing' || c.status === 'partial');
  return html`<section class="card">
${heading(level, 'Gaps')}
${short.length ? html`<ul class="plain">
${short.map((c) => gapItem(c, a))}
</ul>` : html`<p class="none">No gaps: every criterion the résumé speaks to is met.</p>`}
</section>`;
}

/**
 * The score range the unknowns leave open, drawn on the 0–100 scale with the score and the
 * pass score marked, and said in words.
 */
function rangeBar(a: Assessment): Markup {
  const { min, max } = a.scoreRange;
  const label = `The score could be anywhere from ${min.toFixed(1)} to ${max.toFixed(1)}; it is ${a.score.toFixed(1)}, and the pass score is ${a.passScore}.`;
  const x = (v: number) => Math.round(Math.min(100, Math.max(0, v)) * 100) / 100;
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${label}"><title>${label}</title><rect class="track" x="0" y="0" width="100" height="10"/><rect class="fill-unknown" x="${x(min)}" y="2" width="${x(max) - x(min)}" height="6"/><rect class="tick" x="${Math.max(0, x(a.passScore) - 0.4)}" y="0" width="0.8" height="10"/></svg>`;
}

/** What the résumé does not say, and how far that leaves the score open. */
export function unknowns(a: Assessment, level: number): Markup | '' {
  const open = a.criteria.filter((c) => c.status === 'unknown');
  if (!open.length) return '';
  const { min, max } = a.scoreRange;
  const decides = a.passScore > min && a.passScore <= max;
  const count = open.length === 1 ? '1 criterion is' : `${open.length} criteria are`;
  return html`<section class="card">
${heading(level, 'Unknowns')}
<p>${count} unknown: the résumé does not say. The score could be anywhere from <strong>${min.toFixed(1)}</strong> to <strong>${max.toFixed(1)}</strong>${decides ? html`, and the pass score of ${a.passScore} lies in that range: saying what is true could change the verdict` : ''}.</p>
${rangeBar(a)}
<p class="points">Range ${min.toFixed(1)} to ${max.toFixed(1)} on a scale of 0 to 100; the mark is the pass score, ${a.passScore}.</p>
<ul class="plain">
${open.map((c) => html`<li><span class="status s-unknown">${STATUS_MARK.unknown} unknown</span> <strong>${c.title}</strong>${c.required ? html`<span class="tag">required</span>` : ''} <span class="points">up to ${formatPoints(criterionPoints(c, a).max)} points</span>${c.gap ? html`<br>${c.gap}` : ''}</li>`)}
</ul>
</section>`;
}

/** A what-if is never to be mistaken for the real thing: what --assume added, first on the page. */
export function assumptions(a: Assessment, level: number): Markup | '' {
  if (!a.assumptions.length) return '';
  return html`<section class="card callout">
${heading(level, 'What was assumed')}
<p>This is a what-if. The résumé is scored as if it also showed:</p>
<ul>
${a.assumptions.map((x) => html`<li>${x}</li>`)}
</ul>
</section>`;
}
