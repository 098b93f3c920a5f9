import type { Assessment } from '../../engine/assessment.js';
import { actionEffort, STATUS_MARK, VERDICT_TEXT } from '../style.js';
import { heading, html, type Markup } from './markup.js';
import { VERDICT_STATUS } from './palette.js';

/** The verdict as coloured text with its symbol, for use inside a sentence. */
export function verdictText(verdict: Assessment['verdict']): Markup {
  const status = VERDICT_STATUS[verdict];
  return html`<span class="status s-${status}">${STATUS_MARK[status]} ${VERDICT_TEXT[verdict]}</span>`;
}

/** The roadmap, ranked as the engine ranked it: what each step gains, what it costs, and the verdict it leads to. */
export function roadmap(a: Assessment, level: number): Markup {
  const titles = new Map(a.criteria.map((c) => [c.id, c.title]));
  const steps = a.actions.map((x, i) => {
    const after = Math.min(100, a.score + x.scoreGain);
    const verdict = x.verdictAfter === a.verdict ? html`still ${verdictText(x.verdictAfter)}` : html`leads to ${verdictText(x.verdictAfter)}`;
    return html`<li>
<span class="rank" aria-hidden="true">${i + 1}</span>
<span class="gain">+${x.scoreGain.toFixed(1)}</span>
<div class="body">${x.action}<span class="step-meta">${titles.get(x.criterion) ?? x.criterion} · ${actionEffort(x)} · score ${a.score.toFixed(1)} → ${after.toFixed(1)}, ${verdict}</span></div>
</li>`;
  });
  const empty = a.criteria.every((c) => c.status === 'met') ? 'Nothing to do: every criterion is met.' : 'No step to suggest.';
  return html`<section class="card">
${heading(level, 'Roadmap')}
${steps.length ? html`<p class="lede">Most valuable first: what the résumé leaves open, then score gained per month of effort. Each gain is the step done alone.</p>
<ol class="steps">
${steps}
</ol>` : html`<p class="none">${empty}</p>`}
</section>`;
}
