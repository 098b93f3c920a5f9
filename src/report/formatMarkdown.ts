import type { Assessment } from '../engine/assessment.js';
import type { FitReport } from '../engine/rankFit.js';
import { ladderMarkdownLines } from './formatLadder.js';
import { clean, actionEffort, describeExperience, describeExpected, describeValue, STATUS_MARK, VERDICT_TEXT } from './style.js';

/**
 * Text safe inside a GitHub table cell or a line of prose: one line, every character that
 * markdown or GitHub's HTML would act on backslash-escaped, so résumé text shows as written.
 */
export function md(text: string): string {
  return clean(text).replace(/[\\`*_[\]<>|~#!&]/g, '\\$&');
}

/**
 * An inline code span that holds any text: the fence is longer than any backtick run inside.
 * In a table cell a pipe must still be escaped (GFM splits the row first, then drops the
 * backslash); anywhere else the backslash would show.
 */
export function code(text: string, inTable = false): string {
  const t = inTable ? clean(text).replace(/\|/g, '\\|') : clean(text);
  // A loop, not Math.max(...runs): a text of many backtick runs would overflow the argument list.
  let longest = 0;
  for (const run of t.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A gap report for sharing: renders on GitHub; every criterion of the JSON report appears. */
export function formatMarkdown(a: Assessment, headingLevel = 1): string {
  const h = (n: number) => '#'.repeat(headingLevel + n - 1);
  const out: string[] = [];
  const who = clean(a.candidate?.name ?? '') || 'candidate (no name given)';
  out.push(`${h(1)} Gap report: ${md(who)} — ${md(a.rubric.title)}`);
  out.push('');
  out.push(...ladderMarkdownLines(a, md));
  out.push(`**Score ${a.score.toFixed(1)} / 100** · pass ${a.passScore} · verdict **${VERDICT_TEXT[a.verdict]}**\\`);
  out.push(`Rubric ${code(a.rubric.id)} v${md(a.rubric.version)} · as of ${a.asOf}`);
  const unknowns = a.criteria.filter((c) => c.status === 'unknown').length;
  if (unknowns) {
    out.push('', `${unknowns} ${unknowns === 1 ? 'criterion' : 'criteria'} unknown: the score could be anywhere from ${a.scoreRange.min.toFixed(1)} to ${a.scoreRange.max.toFixed(1)}.`);
  }
  if (a.assumptions.length) out.push('', `> What-if: assumes ${a.assumptions.map(md).join(', ')}.`);
  const experience = describeExperience(a.experience);
  if (experience) out.push('', `Experience (years): ${md(experience)}.`);
  out.push('', `${h(2)} Criteria`, '');
  out.push('| Status | Criterion | Weight | Score | Found | Asked |');
  out.push('|---|---|---:|---:|---|---|');
  for (const c of a.criteria) {
    const cells = [
      `${STATUS_MARK[c.status]} ${c.status}`,
      `${md(c.title)}${c.required ? ' **(required)**' : ''}`,
      String(c.weight),
      `${Math.round(c.score * 100)}%`,
      md(describeValue(c.actual, c.kind)),
      md(describeExpected(c.expected, c.kind)),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('', `${h(2)} Evidence and gaps`);
  for (const c of a.criteria) {
    out.push('', `${h(3)} ${STATUS_MARK[c.status]} ${md(c.title)} (${code(c.id)})`, '');
    if (c.gap) out.push(`**Gap:** ${md(c.gap)}`, '');
    const evidence = c.evidence;
    if (evidence.length) for (const e of evidence) out.push(`- “${md(e.text)}” — ${code(e.path)}`);
    else out.push('_No evidence found._');
  }
  out.push('', `${h(2)} Roadmap`, '');
  if (a.actions.length === 0) out.push(a.criteria.every((c) => c.status === 'met') ? 'Nothing to do: every criterion is met.' : 'No step to suggest.');
  a.actions.forEach((x, i) => {
    const after = x.verdictAfter !== a.verdict ? `, then ${VERDICT_TEXT[x.verdictAfter]}` : '';
    out.push(`${i + 1}. **+${x.scoreGain.toFixed(1)}** ${md(x.action)} _(${actionEffort(x)}${after})_`);
  });
  return out.join('\n') + '\n';
}

export function formatFitMarkdown(f: FitReport): string {
  const out: string[] = [];
  const who = clean(f.candidate?.name ?? '') || 'candidate (no name given)';
  out.push(`# Role fit: ${md(who)}`, '', `As of ${f.asOf}.`, '');
  out.push('| Rank | Role | Score | Verdict |', '|---:|---|---:|---|');
  f.ranking.forEach((r, i) => out.push(`| ${i + 1} | ${md(r.title)} (${code(r.rubric, true)}) | ${r.score.toFixed(1)} | ${VERDICT_TEXT[r.verdict]} |`));
  if (f.sharedGaps.length) {
    out.push('', '## Gaps shared by several roles', '');
    for (const g of f.sharedGaps) {
      const unlocks = g.unlocks.length ? `; closing it makes ready: ${g.unlocks.map((id) => code(id)).join(', ')}` : '';
      out.push(`- ${md(g.title)} (${code(g.criterion)}): ${g.roles.length} roles (${g.roles.map((id) => code(id)).join(', ')})${unlocks}`);
    }
  }
  for (const a of f.assessments) out.push('', formatMarkdown(a, 2).trimEnd());
  return out.join('\n') + '\n';
}
