import { VERDICT_TEXT } from '../style.js';
import type { CohortSummary } from './cohortSummary.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A percentage a person reads: whole numbers, but never 0% or 100% unless it is exactly that. */
export function percent(part: number, whole: number): string {
  const p = (part / whole) * 100;
  const shown = p > 0 && p < 1 ? 1 : p > 99 && p < 100 ? 99 : Math.round(p);
  return `${shown}%`;
}

/** The summary of a batch as lines of plain text (the CLI writes them to stderr). */
export function formatCohortSummary(s: CohortSummary): string[] {
  const gate = s.minScore === null ? '' : ` (${s.below} below the gate, --min-score ${s.minScore})`;
  const lines = [`${plural(s.read, 'record')} read: ${s.scored} scored${gate}, ${s.unreadable} unreadable`];
  if (!s.scores) return lines;
  const f = (n: number) => n.toFixed(1);
  lines.push(`scores: min ${f(s.scores.min)}, quartiles ${f(s.scores.q1)} / ${f(s.scores.median)} / ${f(s.scores.q3)}, max ${f(s.scores.max)}`);
  const bar = s.pass.against === 'min-score' ? `--min-score ${s.minScore}` : "their rubric's pass score";
  lines.push(`pass rate: ${percent(s.pass.passed, s.pass.of)} (${s.pass.passed} of ${s.pass.of} reach ${bar})`);
  lines.push(`verdicts: ${s.verdicts.ready} ${VERDICT_TEXT.ready.toLowerCase()}, ${s.verdicts.nearly} ${VERDICT_TEXT.nearly.toLowerCase()}, ${s.verdicts['not-ready']} ${VERDICT_TEXT['not-ready'].toLowerCase()}`);
  if (s.topGaps.length) lines.push(`most common gaps: ${s.topGaps.map((g) => `${g.title} (${g.candidates})`).join('; ')}`);
  return lines;
}
