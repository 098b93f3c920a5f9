import type { Assessment, CriterionResult } from '../engine/assessment.js';
import { ladderTerminalLines } from './formatLadder.js';
import { bar, clean, actionEffort, describeExperience, describeExpected, describeValue, hanging, padEnd, STATUS_MARK, VERDICT_TEXT, width, wrap, type Style } from './style.js';

export const WIDTH = 80;
const MAX_EVIDENCE = 3;
/** Where the details under a criterion start: after "  ✔ partial ". */
const INDENT = ' '.repeat(12);

/**
 * A bold title with a dim aside, on one line when both fit, else the aside on its own line.
 * Every line is styled on its own, so that colour never spans a line break.
 */
export function headingLines(title: string, aside: string, style: Style): string[] {
  if (width(title) + 1 + width(aside) <= WIDTH) return [style.bold(title) + style.dim(` ${aside}`)];
  return [...wrap(title, WIDTH).map(style.bold), ...wrap(aside, WIDTH).map(style.dim)];
}

/** The gap report for a terminal: fits 80 columns, reads the same with colour off. */
export function formatTerminal(a: Assessment, style: Style): string {
  const out: string[] = [];
  const who = clean(a.candidate?.name ?? '') || 'Candidate (no name given)';
  out.push(...headingLines(`${who} — ${clean(a.rubric.title)}`, `(${a.rubric.id} v${clean(a.rubric.version)}, as of ${a.asOf})`, style));
  out.push('');
  out.push(...ladderTerminalLines(a, style));
  out.push(
    `Score ${style.bold(a.score.toFixed(1))} / 100  ${bar(a.score / 100, 20)}  pass ${a.passScore}  ` +
      style.verdict(a.verdict, VERDICT_TEXT[a.verdict]),
  );
  const unknowns = a.criteria.filter((c) => c.status === 'unknown').length;
  if (unknowns) {
    const what = `${unknowns} ${unknowns === 1 ? 'criterion' : 'criteria'} unknown: the score could be anywhere from ${a.scoreRange.min.toFixed(1)} to ${a.scoreRange.max.toFixed(1)}`;
    out.push(...wrap(what, WIDTH).map(style.dim));
  }
  if (a.assumptions.length) out.push(...hanging('What-if: assumes ', a.assumptions.join(', '), WIDTH).map(style.dim));
  const experience = describeExperience(a.experience);
  if (experience) out.push(...hanging('Experience (years): ', experience, WIDTH));
  out.push('');
  out.push(style.bold('Criteria') + style.dim(' (score, weight; req = required)'));
  const layout = criteriaLayout(a.criteria);
  for (const c of a.criteria) out.push(...criterionLines(c, layout, style));
  out.push('');
  out.push(style.bold('Roadmap') + style.dim(' (what the résumé leaves open first, then most score per month of effort)'));
  if (a.actions.length === 0) out.push(a.criteria.every((c) => c.status === 'met') ? '  Nothing to do: every criterion is met.' : '  No step to suggest.');
  // Numbers and gains right-aligned in columns, so every step's text starts in one column and
  // wrapped lines hang under it.
  const numberWidth = String(a.actions.length).length;
  const gainWidth = a.actions.reduce((w, x) => Math.max(w, `+${x.scoreGain.toFixed(1)}`.length), 0);
  a.actions.forEach((action, i) => {
    const head = ` ${String(i + 1).padStart(numberWidth)}. ${`+${action.scoreGain.toFixed(1)}`.padStart(gainWidth)}  `;
    const then = action.verdictAfter !== a.verdict ? `, then ${VERDICT_TEXT[action.verdictAfter]}` : '';
    out.push(...hanging(head, `${action.action} (${actionEffort(action)}${then})`, WIDTH));
  });
  return out.join('\n') + '\n';
}

interface Layout {
  titleWidth: number;
  weightWidth: number;
}

/**
 * One layout for all rows, so that the bars line up whatever the weights (w5, w25, w12.5) and
 * whether a criterion is required: "  " mark(9) " " title "  " bar(10) " " pct(4) "  " weight [ "  req"].
 */
function criteriaLayout(criteria: readonly CriterionResult[]): Layout {
  // reduce, not Math.max(...): a rubric of many thousand criteria would overflow the argument list.
  const weightWidth = criteria.reduce((w, c) => Math.max(w, weightLabel(c).length), 3);
  const metaWidth = 10 + 1 + 4 + 2 + weightWidth + (criteria.some((c) => c.required) ? 5 : 0);
  return { titleWidth: Math.max(20, WIDTH - INDENT.length - 2 - metaWidth), weightWidth };
}

/** The weight to one decimal: a computed weight such as 33.333… must not widen the layout. */
const weightLabel = (c: CriterionResult) => `w${Number(c.weight.toFixed(1))}`;

function criterionLines(c: CriterionResult, layout: Layout, style: Style): string[] {
  const mark = style.status(c.status, `${STATUS_MARK[c.status]} ${c.status.padEnd(7)}`);
  const pct = `${Math.round(c.score * 100)}%`.padStart(4);
  const weight = weightLabel(c);
  const meta = `${bar(c.score, 10)} ${pct}  ${c.required ? `${weight.padEnd(layout.weightWidth)}  req` : weight}`;
  const [first = '', ...rest] = wrap(c.title, layout.titleWidth);
  const lines = [`  ${mark} ${padEnd(first, layout.titleWidth)}  ${style.dim(meta)}`];
  for (const r of rest) lines.push(INDENT + r);

  const detail = (prefix: string, text: string) => hanging(INDENT + prefix, text, WIDTH);
  lines.push(...detail('', `found: ${describeValue(c.actual, c.kind)}; asked: ${describeExpected(c.expected, c.kind)}`).map(style.dim));
  if (c.gap) lines.push(...detail('gap: ', c.gap));
  const evidence = c.evidence;
  for (const e of evidence.slice(0, MAX_EVIDENCE)) lines.push(...detail('› ', `“${clean(e.text)}” ${e.path}`));
  if (evidence.length > MAX_EVIDENCE) lines.push(style.dim(`${INDENT}  … and ${evidence.length - MAX_EVIDENCE} more`));
  return lines;
}
