import type { Assessment } from '../../engine/assessment.js';
import { describeExperience, STATUS_MARK, VERDICT_TEXT } from '../style.js';
import { heading, html, type Markup } from './markup.js';
import { VERDICT_STATUS } from './palette.js';
import { scoreGauge } from './scoreGauge.js';

/** The verdict as a badge: its symbol and its word, coloured, so that colour is never the only sign. */
export function verdictBadge(verdict: Assessment['verdict']): Markup {
  const status = VERDICT_STATUS[verdict];
  return html`<span class="badge s-${status}">${STATUS_MARK[status]} ${VERDICT_TEXT[verdict]}</span>`;
}

/** Why the verdict is what it is, from the facts the report holds: the required criteria and the distance to the pass score. */
export function verdictReason(a: Assessment): string {
  const required = a.criteria.filter((c) => c.required);
  const failed = required.filter((c) => c.status === 'missing' || c.status === 'partial');
  const open = required.filter((c) => c.status === 'unknown');
  const distance = a.score - a.passScore;
  const versus = distance >= 0 ? `${distance.toFixed(1)} above the pass score of ${a.passScore}` : `${(-distance).toFixed(1)} below the pass score of ${a.passScore}`;
  const titles = (list: typeof required) => list.map((c) => c.title).join('; ');
  if (failed.length) return `The score is ${versus}, and a required criterion is not met: ${titles(failed)}.`;
  if (open.length) return `The score is ${versus}; the résumé does not show whether a required criterion is met: ${titles(open)}.`;
  if (a.verdict === 'ready') return `The score is ${versus}, and every required criterion is met.`;
  return `The score is ${versus}.`;
}

/** Score, pass score and verdict at a glance, with the numbers behind the gauge written out. */
export function glance(a: Assessment, level: number): Markup {
  const met = a.criteria.filter((c) => c.status === 'met').length;
  const unknown = a.criteria.filter((c) => c.status === 'unknown').length;
  const experience = describeExperience(a.experience);
  const fact = (term: string, value: string | Markup, long = false) => html`<dt>${term}</dt><dd${long ? html` class="long"` : ''}>${value}</dd>`;
  return html`<section class="card">
${heading(level, 'At a glance')}
<div class="glance">
${scoreGauge(a)}
<div>
<p class="verdict-line">${verdictBadge(a.verdict)}</p>
<p>${verdictReason(a)}</p>
<dl class="facts">
${fact('Score', `${a.score.toFixed(1)} / 100`)}
${fact('Pass score', String(a.passScore))}
${fact('Verdict', VERDICT_TEXT[a.verdict])}
${unknown ? fact('Score range', `${a.scoreRange.min.toFixed(1)} to ${a.scoreRange.max.toFixed(1)} (${unknown} unknown)`) : ''}
${fact('Criteria met', `${met} of ${a.criteria.length}`)}
${fact('Roadmap', a.actions.length === 1 ? '1 step' : `${a.actions.length} steps`)}
${experience ? fact('Experience (years)', experience, true) : ''}
</dl>
</div>
</div>
</section>`;
}
