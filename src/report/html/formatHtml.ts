import type { Assessment } from '../../engine/assessment.js';
import type { FitReport } from '../../engine/rankFit.js';
import { clean } from '../style.js';
import { criteriaChart } from './criteriaChart.js';
import { evidence } from './evidence.js';
import { assumptions, gaps, unknowns } from './gaps.js';
import { glance, verdictBadge } from './glance.js';
import { ladderChart } from './ladderChart.js';
import { heading, html, type Markup, type Part } from './markup.js';
import { pageShell } from './pageShell.js';
import { roadmap } from './roadmap.js';
import { rolesChart } from './rolesChart.js';

const nameOf = (candidate: Assessment['candidate']) => clean(candidate?.name ?? '') || 'Candidate (no name given)';

/** One rubric's report, its headings starting at `level`: the whole page for assess, a section of the role-fit page. */
function assessmentBody(a: Assessment, level: number): Markup {
  const parts: Part[] = [assumptions(a, level), glance(a, level), ladderChart(a, level)];
  parts.push(
    html`<section class="card">
${heading(level, 'Criteria')}
${criteriaChart(a)}
</section>`,
    roadmap(a, level),
    gaps(a, level),
    unknowns(a, level),
    evidence(a, level),
  );
  return html`${parts.filter(Boolean).map((part) => html`${part}\n`)}`;
}

function footer(text: string): Markup {
  return html`<footer><p>${text} Made by tpm-assess; this page loads nothing from the network.</p></footer>`;
}

/** The gap report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. */
export function formatHtml(a: Assessment): string {
  const who = nameOf(a.candidate);
  const body = html`<header class="masthead">
<p class="eyebrow">Gap report · as of ${a.asOf}</p>
${heading(1, who)}
<p class="subtitle">${a.rubric.title} <span class="id">(<code>${a.rubric.id}</code> v${a.rubric.version})</span></p>
</header>
${assessmentBody(a, 2)}
${footer(`Rubric ${a.rubric.id} v${a.rubric.version}, as of ${a.asOf}.`)}`;
  return pageShell(`Gap report: ${who} — ${clean(a.rubric.title)}`, body);
}

const roleAnchor = (index: number) => `role-${index + 1}`;

function sharedGaps(f: FitReport): Markup | '' {
  if (!f.sharedGaps.length) return '';
  const titles = new Map(f.ranking.map((r) => [r.rubric, r.title]));
  const roles = (ids: string[]) => ids.map((id) => titles.get(id) ?? id).join(', ');
  return html`<section class="card">
${heading(2, 'Gaps shared by several roles')}
<p class="lede">Closing one of these helps in every role listed; those that alone make a role ready come first.</p>
<ul class="plain">
${f.sharedGaps.map((g) => html`<li><strong>${g.title}</strong> <span class="id">(<code>${g.criterion}</code>)</span><br>${g.roles.length} roles: ${roles(g.roles)}${g.unlocks.length ? html`<br><span class="s-met">✔ Closing it alone makes ready: ${roles(g.unlocks)}</span>` : ''}</li>`)}
</ul>
</section>`;
}

/** Several rubrics for one candidate: the roles ranked and charted, the gaps they share, then each role's report. */
export function formatFitHtml(f: FitReport): string {
  const who = nameOf(f.candidate);
  const closest = f.ranking[0];
  const roles = f.assessments.map(
    (a, i) => html`<section class="role" id="${roleAnchor(i)}">
<header class="masthead">
<p class="eyebrow">Role ${i + 1} of ${f.assessments.length} · <code>${a.rubric.id}</code> v${a.rubric.version}</p>
${heading(2, a.rubric.title)}
</header>
${assessmentBody(a, 3)}
</section>`,
  );
  const body = html`<header class="masthead">
<p class="eyebrow">Role fit · as of ${f.asOf}</p>
${heading(1, who)}
<p class="subtitle">${f.ranking.length} roles scored${closest ? html`; closest: ${closest.title} ${verdictBadge(closest.verdict)}` : ''}</p>
</header>
<section class="card">
${heading(2, 'Roles by fit')}
${rolesChart(f, roleAnchor)}
</section>
${sharedGaps(f)}
<nav class="card" aria-label="Reports by role">
${heading(2, 'Report for each role')}
<ol>
${f.assessments.map((a, i) => html`<li><a href="#${roleAnchor(i)}">${a.rubric.title}</a></li>`)}
</ol>
</nav>
${roles}
${footer(`As of ${f.asOf}.`)}`;
  return pageShell(`Role fit: ${who}`, body);
}
