import type { Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import type { Criterion } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { EvidenceItem, Status } from './assessment.js';

export interface EngineContext {
  profile: CandidateProfile;
  asOf: Day;
  vocabulary: Vocabulary;
}

/** What one criterion's evaluation yields, before weights and ranking are applied. */
export interface Outcome {
  status: Status;
  score: number;
  actual: unknown;
  expected: unknown;
  evidence: EvidenceItem[];
  gap: string | null;
  /**
   * The next step when not met, with a rough effort in months. `clarify`: the résumé leaves it
   * open and saying so may be all it takes; `develop`: something to do or gain.
   */
  action: { text: string; effortMonths: number; type?: 'clarify' } | null;
}

export type Evaluator<C extends Criterion = Criterion> = (criterion: C, ctx: EngineContext) => Outcome;

export function statusFor(score: number): Status {
  return score >= 1 ? 'met' : score > 0 ? 'partial' : 'missing';
}

/** Rounds for display and output; one place, so every figure rounds the same way. */
export function round(value: number, places = 1): number {
  const f = 10 ** places;
  return Math.round(value * f + Number.EPSILON) / f;
}

export function unknown(expected: unknown, gap: string, action: string): Outcome {
  return { status: 'unknown', score: 0, actual: null, expected, evidence: [], gap, action: { text: action, effortMonths: 0.25, type: 'clarify' } };
}

export function listText(items: readonly string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
