import { code, md } from '../formatMarkdown.js';
import { VERDICT_TEXT } from '../style.js';
import type { BatchContext } from './batchResult.js';
import type { CohortSummary } from './cohortSummary.js';
import { percent } from './formatCohortSummary.js';
import { pickInOrder } from './pickInOrder.js';
import type { SortOrder } from './recordOrder.js';
import { scoreRanks } from './scoreRanks.js';
import type { ShortlistEntry } from './shortlistEntry.js';

type Scored = Extract<ShortlistEntry, { score: number }>;
type Unreadable = Extract<ShortlistEntry, { error: string }>;

/**
 * A batch as one markdown page for a recruiter or a pull-request summary: the candidates
 * ranked by score (the best `top`, when given, shown in `sort` order), then the spread of the
 * scores, the gaps most candidates share, and the records that could not be scored.
 */
export function formatShortlist(entries: readonly ShortlistEntry[], summary: CohortSummary, context: BatchContext, options: { top?: number | undefined; sort?: SortOrder | undefined } = {}): string {
  const scored = entries.filter((e): e is Scored => 'score' in e);
  const unreadable = entries.filter((e): e is Unreadable => 'error' in e);
  const rank = scoreRanks(scored);
  const shown = pickInOrder(scored, options);
  const several = context.rubrics.length > 1;

  const out: string[] = [];
  const role = several ? `role fit across ${context.rubrics.length} rubrics` : md(context.rubrics[0]?.title ?? '');
  out.push(`# Shortlist: ${role}`, '');
  const facts = [`${summary.read} records: ${summary.scored} scored, ${summary.unreadable} could not be scored.`];
  if (context.asOf) facts.push(`As of ${context.asOf}.`);
  if (summary.minScore !== null) facts.push(`Gate: --min-score ${summary.minScore} (${summary.below} below).`);
  if (shown.length < scored.length) facts.push(`The best ${shown.length} of ${scored.length} are shown.`);
  out.push(facts.join(' '), '');

  if (shown.length) {
    out.push(several ? '| Rank | Name | Score | Verdict | Closest role | Top gap |' : '| Rank | Name | Score | Verdict | Top gap |');
    out.push(several ? '|---:|---|---:|---|---|---|' : '|---:|---|---:|---|---|');
    for (const e of shown) {
      const cells = [String(rank.get(e)), md(e.name), e.score.toFixed(1), VERDICT_TEXT[e.verdict]];
      if (several) cells.push(`${md(e.role.title)} (${code(e.role.id, true)})`);
      cells.push(e.topGap ? md(e.topGap.title) : '—');
      out.push(`| ${cells.join(' | ')} |`);
    }
  } else out.push('_No candidate was scored._');

  if (summary.scores) {
    const s = summary.scores;
    const bar = summary.pass.against === 'min-score' ? `--min-score ${summary.minScore}` : "their rubric's pass score";
    out.push('', '## Score distribution', '');
    out.push('| Min | Lower quartile | Median | Upper quartile | Max |', '|---:|---:|---:|---:|---:|');
    out.push(`| ${[s.min, s.q1, s.median, s.q3, s.max].map((n) => n.toFixed(1)).join(' | ')} |`, '');
    out.push(`Pass rate ${percent(summary.pass.passed, summary.pass.of)}: ${summary.pass.passed} of ${summary.pass.of} reach ${bar}.`);
    const v = summary.verdicts;
    out.push(`Verdicts: ${v.ready} ${VERDICT_TEXT.ready}, ${v.nearly} ${VERDICT_TEXT.nearly}, ${v['not-ready']} ${VERDICT_TEXT['not-ready']}.`);
  }
  if (summary.topGaps.length) {
    out.push('', '## Gaps most candidates share', '');
    out.push('| Gap | Candidates |', '|---|---:|');
    for (const g of summary.topGaps) out.push(`| ${md(g.title)} (${code(g.criterion, true)}) | ${g.candidates} of ${summary.scored} (${percent(g.candidates, summary.scored)}) |`);
  }
  if (unreadable.length) {
    out.push('', '## Could not be scored', '');
    for (const e of unreadable) out.push(`- Record ${e.record.index}, ${code(`${e.record.source}${e.record.line === null ? '' : `:${e.record.line}`}`)}: ${md(e.error)}`);
  }
  return out.join('\n') + '\n';
}
