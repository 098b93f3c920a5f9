import type { Assessment, CriterionResult } from '../engine/assessment.js';
import { bar, describeValue, STATUS_MARK, VERDICT_TEXT, wrap, type Style } from './style.js';

const WIDTH = 80;
const MAX_EVIDENCE = 3;

/** The gap report for a terminal: fits 80 columns, reads the same with colour off. */
export function formatTerminal(a: Assessment, style: Style): string {
  const out: string[] = [];
  const who = a.candidate?.name ?? 'Candidate (no name given)';
  out.push(style.bold(`${who} — ${a.rubric.title}`) + style.dim(` (${a.rubric.id} v${a.rubric.version}, as of ${a.asOf})`));
  out.push('');
  out.push(
    `Score ${style.bold(a.score.toFixed(1))} / 100  ${bar(a.score / 100, 20)}  pass ${a.passScore}  ` +
      style.verdict(a.verdict, VERDICT_TEXT[a.verdict]),
  );
  const unknowns = a.criteria.filter((c) => c.status === 'unknown').length;
  if (unknowns) {
    out.push(style.dim(`Score range ${a.scoreRange.min.toFixed(1)}–${a.scoreRange.max.toFixed(1)}: ${unknowns} criterion${unknowns > 1 ? 'a' : ''} unknown`));
  }
  if (a.assumptions.length) out.push(style.dim(`What-if: assumes ${a.assumptions.join(', ')}`));
  out.push('');
  out.push(style.bold('Criteria'));
  for (const c of a.criteria) out.push(...criterionLines(c, style));
  out.push('');
  out.push(style.bold('Roadmap') + style.dim(' (most score gained per month of effort first)'));
  if (a.actions.length === 0) out.push('  Nothing to do: every criterion is met.');
  a.actions.forEach((action, i) => {
    const head = `${String(i + 1).padStart(2)}. +${action.scoreGain.toFixed(1)} `;
    const tail = `(~${action.effortMonths} mo${action.verdictAfter !== a.verdict ? `, then ${VERDICT_TEXT[action.verdictAfter]}` : ''})`;
    const lines = wrap(`${action.action} ${tail}`, WIDTH - head.length - 1, ' '.repeat(head.length + 1));
    out.push(`${head}${lines.join('\n')}`);
  });
  return out.join('\n') + '\n';
}

function criterionLines(c: CriterionResult, style: Style): string[] {
  const mark = style.status(c.status, `${STATUS_MARK[c.status]} ${c.status.padEnd(7)}`);
  const pct = `${Math.round(c.score * 100)}%`.padStart(4);
  const meta = `${bar(c.score, 10)} ${pct}  ${`w${c.weight}`.padEnd(4)}${c.required ? ' req' : '    '}`;
  const titleWidth = WIDTH - 2 - 10 - meta.length - 2;
  const [first = '', ...rest] = wrap(c.title, titleWidth, '');
  const lines = [`  ${mark} ${first.padEnd(titleWidth)}  ${style.dim(meta)}`];
  for (const r of rest) lines.push(`            ${r}`);
  const indent = '            ';
  lines.push(...wrap(`found: ${describeValue(c.actual)}; asked: ${describeValue(c.expected)}`, WIDTH - indent.length, indent).map((l, i) => (i === 0 ? indent + l : l)).map(style.dim));
  if (c.gap) lines.push(...wrap(`gap: ${c.gap}`, WIDTH - indent.length, indent).map((l, i) => (i === 0 ? indent + l : l)));
  for (const e of c.evidence.slice(0, MAX_EVIDENCE)) {
    lines.push(...wrap(`“${e.text}” ${e.path}`, WIDTH - indent.length - 2, indent + '  ').map((l, i) => (i === 0 ? `${indent}› ${l}` : l)));
  }
  if (c.evidence.length > MAX_EVIDENCE) lines.push(style.dim(`${indent}  … and ${c.evidence.length - MAX_EVIDENCE} more`));
  return lines;
}
