import type { Assessment, CriterionResult } from '../../engine/assessment.js';
import { describeValue, STATUS_MARK } from '../style.js';
import { heading, html, type Markup } from './markup.js';

function quotes(c: CriterionResult): Markup {
  if (!c.evidence.length) return html`<p class="none">No evidence found.</p>`;
  return html`<ul class="quotes">
${c.evidence.map((e) => html`<li><blockquote>${e.text}</blockquote><span class="where">from <code>${e.path}</code></span></li>`)}
</ul>`;
}

/** Every criterion with the résumé's own words behind it, each quote with the JSON pointer it came from. */
export function evidence(a: Assessment, level: number): Markup {
  const items = a.criteria.map(
    (c) => html`<article class="criterion">
${heading(level + 1, html`${c.title} <span class="id">(<code>${c.id}</code>)</span>`)}
<p class="meta"><span class="status s-${c.status}">${STATUS_MARK[c.status]} ${c.status}</span> · found: ${describeValue(c.actual, c.kind)} · rubric source: ${c.source}</p>
${quotes(c)}
</article>`,
  );
  return html`<section class="card">
${heading(level, 'Evidence')}
${items}
</section>`;
}
