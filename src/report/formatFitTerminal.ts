import type { FitReport } from '../engine/rankFit.js';
import { formatTerminal, headingLines, WIDTH } from './formatTerminal.js';
import { bar, clean, hanging, padEnd, truncate, VERDICT_TEXT, wrap, type Style } from './style.js';

const MAX_SHARED_GAPS = 8;

/** Roles ranked by fit, the gaps they share, then the full report for the closest role. */
export function formatFitTerminal(f: FitReport, style: Style): string {
  const out: string[] = [];
  const [closest, next] = f.ranking;
  const who = clean(f.candidate?.name ?? '') || 'Candidate (no name given)';
  out.push(...headingLines(`${who} — role fit`, `(as of ${f.asOf})`, style));
  if (closest) out.push(...wrap(`Closest role: ${closest.rubric}, ${closest.score.toFixed(1)}${next ? `; next: ${next.rubric}, ${next.score.toFixed(1)}` : ''}`, WIDTH, '  '));
  out.push('');
  // "  1. " id "  " score(5) "  " bar(20) "  " verdict(9): a long custom rubric id is cut to fit.
  const rankWidth = String(f.ranking.length).length + 3;
  // A ladder ranks by its level reached: "tpm-ladder junior".
  const label = (r: FitReport['ranking'][number]) => (r.level ? `${r.rubric} ${r.level}` : r.rubric);
  const idWidth = Math.min(Math.max(4, ...f.ranking.map((r) => label(r).length)), WIDTH - rankWidth - 2 - 5 - 2 - 20 - 2 - 9);
  for (const [i, r] of f.ranking.entries()) {
    const rank = `${String(i + 1).padStart(rankWidth - 2)}. `;
    out.push(`${rank}${padEnd(truncate(label(r), idWidth), idWidth)}  ${r.score.toFixed(1).padStart(5)}  ${bar(r.score / 100, 20)}  ${style.verdict(r.verdict, VERDICT_TEXT[r.verdict])}`);
  }
  if (f.sharedGaps.length) {
    out.push('');
    out.push(...headingLines('Gaps shared by several roles', '(closing one helps in every role listed)', style));
    for (const g of f.sharedGaps.slice(0, MAX_SHARED_GAPS)) {
      const unlock = g.unlocks.length ? `; makes ready: ${g.unlocks.join(', ')}` : '';
      out.push(...hanging('  - ', `${g.title} (${g.criterion}): ${g.roles.length} roles${unlock}`, WIDTH));
    }
    if (f.sharedGaps.length > MAX_SHARED_GAPS) out.push(style.dim(`    … and ${f.sharedGaps.length - MAX_SHARED_GAPS} more (see --format markdown or json)`));
  }
  const best = f.assessments[0];
  if (best) {
    out.push('');
    out.push(style.dim('─'.repeat(WIDTH)));
    out.push(formatTerminal(best, style).trimEnd());
  }
  return out.join('\n') + '\n';
}
