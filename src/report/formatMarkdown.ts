import type { Assessment } from '../engine/assessment.js';
import type { FitReport } from '../engine/rankFit.js';
import { describeValue, STATUS_MARK, VERDICT_TEXT } from './style.js';

/** Text safe inside a GitHub table cell or a line of prose. */
function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`<>[\]])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/** A gap report for sharing: renders on GitHub; every criterion of the JSON report appears. */
export function formatMarkdown(a: Assessment, headingLevel = 1): string {
  const h = (n: number) => '#'.repeat(headingLevel + n - 1);
  const out: string[] = [];
  out.push(`${h(1)} Gap report: ${md(a.candidate?.name ?? 'candidate (no name given)')} — ${md(a.rubric.title)}`);
  out.push('');
  out.push(`**Score ${a.score.toFixed(1)} / 100** · pass ${a.passScore} · verdict **${VERDICT_TEXT[a.verdict]}**  `);
  out.push(`Rubric \`${a.rubric.id}\` v${md(a.rubric.version)} · as of ${a.asOf}`);
  const unknowns = a.criteria.filter((c) => c.status === 'unknown').length;
  if (unknowns) out.push('', `${unknowns} criteria unknown: the score could be anywhere from ${a.scoreRange.min.toFixed(1)} to ${a.scoreRange.max.toFixed(1)}.`);
  if (a.assumptions.length) out.push('', `> What-if: assumes ${a.assumptions.map(md).join(', ')}.`);
  out.push('', `${h(2)} Criteria`, '');
  out.push('| | Criterion | Weight | Score | Found | Asked |');
  out.push('|---|---|---:|---:|---|---|');
  for (const c of a.criteria) {
    out.push(
      `| ${STATUS_MARK[c.status]} ${c.status} | ${md(c.title)}${c.required ? ' (required)' : ''} | ${c.weight} | ${Math.round(c.score * 100)}% | ${md(describeValue(c.actual))} | ${md(describeValue(c.expected))} |`,
    );
  }
  out.push('', `${h(2)} Evidence and gaps`);
  for (const c of a.criteria) {
    out.push('', `${h(3)} ${STATUS_MARK[c.status]} ${md(c.title)} (\`${c.id}\`)`, '');
    if (c.gap) out.push(`**Gap:** ${md(c.gap)}`, '');
    if (c.evidence.length) for (const e of c.evidence) out.push(`- “${md(e.text)}” — \`${e.path}\``);
    else out.push('_No evidence found._');
  }
  out.push('', `${h(2)} Roadmap`, '');
  if (a.actions.length === 0) out.push('Nothing to do: every criterion is met.');
  a.actions.forEach((x, i) => {
    const after = x.verdictAfter !== a.verdict ? `, then ${VERDICT_TEXT[x.verdictAfter]}` : '';
    out.push(`${i + 1}. **+${x.scoreGain.toFixed(1)}** ${md(x.action)} _(about ${x.effortMonths} months${after})_`);
  });
  return out.join('\n') + '\n';
}

export function formatFitMarkdown(f: FitReport): string {
  const out: string[] = [];
  out.push(`# Role fit: ${md(f.candidate?.name ?? 'candidate (no name given)')}`, '', `As of ${f.asOf}.`, '');
  out.push('| Rank | Role | Score | Verdict |', '|---:|---|---:|---|');
  f.ranking.forEach((r, i) => out.push(`| ${i + 1} | ${md(r.title)} (\`${r.rubric}\`) | ${r.score.toFixed(1)} | ${VERDICT_TEXT[r.verdict]} |`));
  if (f.sharedGaps.length) {
    out.push('', '## Gaps shared by several roles', '');
    for (const g of f.sharedGaps) {
      out.push(`- ${md(g.title)} (\`${g.criterion}\`): ${g.roles.length} roles${g.unlocks.length ? `; closing it makes ready: ${g.unlocks.join(', ')}` : ''}`);
    }
  }
  for (const a of f.assessments) out.push('', formatMarkdown(a, 2).trimEnd());
  return out.join('\n') + '\n';
}
