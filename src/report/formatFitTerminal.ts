import type { FitReport } from '../engine/rankFit.js';
import { formatTerminal } from './formatTerminal.js';
import { bar, VERDICT_TEXT, type Style } from './style.js';

/** Roles ranked by fit, the gaps they share, then the full report for the closest role. */
export function formatFitTerminal(f: FitReport, style: Style): string {
  const out: string[] = [];
  const [closest, next] = f.ranking;
  out.push(style.bold(`${f.candidate?.name ?? 'Candidate (no name given)'} — role fit`) + style.dim(` (as of ${f.asOf})`));
  if (closest) out.push(`Closest role: ${closest.rubric}, ${closest.score.toFixed(1)}${next ? `; next: ${next.rubric}, ${next.score.toFixed(1)}` : ''}`);
  out.push('');
  const idWidth = Math.max(...f.ranking.map((r) => r.rubric.length), 4);
  for (const [i, r] of f.ranking.entries()) {
    out.push(`${String(i + 1).padStart(3)}. ${r.rubric.padEnd(idWidth)}  ${r.score.toFixed(1).padStart(5)}  ${bar(r.score / 100, 20)}  ${style.verdict(r.verdict, VERDICT_TEXT[r.verdict])}`);
  }
  if (f.sharedGaps.length) {
    out.push('');
    out.push(style.bold('Gaps shared by several roles') + style.dim(' (closing one helps in every role listed)'));
    for (const g of f.sharedGaps.slice(0, 8)) {
      const unlock = g.unlocks.length ? `; makes ready: ${g.unlocks.join(', ')}` : '';
      out.push(`  - ${g.title} (${g.criterion}): ${g.roles.length} roles${unlock}`);
    }
  }
  const best = f.assessments[0];
  if (best) {
    out.push('');
    out.push(style.dim('─'.repeat(80)));
    out.push(formatTerminal(best, style).trimEnd());
  }
  return out.join('\n') + '\n';
}
