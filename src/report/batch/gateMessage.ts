import type { Assessment } from '../../engine/assessment.js';
import { clean, VERDICT_TEXT } from '../style.js';
import { gapsOf } from './gapsOf.js';
import { wellFormed } from './wellFormed.js';

/** One line on a candidate below the gate: by how much, the verdict, and the gaps that cost most. */
export function gateMessage(a: Assessment, minScore: number): string {
  const gaps = gapsOf(a);
  const shown = gaps.slice(0, 3).map((c) => clean(c.title));
  const more = gaps.length > 3 ? `; ${gaps.length - 3} more` : '';
  const why = shown.length ? `; gaps: ${shown.join('; ')}${more}` : '';
  return wellFormed(`score ${a.score.toFixed(1)} is ${(minScore - a.score).toFixed(1)} below --min-score ${minScore} (${VERDICT_TEXT[a.verdict]} for ${a.rubric.id})${why}`);
}
