import { formatDay, type Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import type { Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { Action, Assessment, CriterionResult, EvidenceItem } from './assessment.js';
import { round, type Outcome } from './context.js';
import { evaluate } from './evaluate.js';
import { experienceSummary } from './experienceSummary.js';
import { ladderAssessment } from './ladder.js';
import { verdictRule } from './verdict.js';

export interface AssessOptions {
  asOf: Day;
  vocabulary: Vocabulary;
  /** What --assume added, echoed in the report so a what-if is never mistaken for the real thing. */
  assumptions?: string[];
}

/**
 * The pure engine: (profile, rubric, as-of) -> assessment. No I/O, no clock, no randomness.
 * A ladder is scored level by level, and reported as the level reached and the next one.
 */
export function assess(profile: CandidateProfile, rubric: Rubric, options: AssessOptions): Assessment {
  if (rubric.ladder) return ladderAssessment(rubric, rubric.ladder.levels.map((level) => assessRubric(profile, level.rubric, options)));
  return assessRubric(profile, rubric, options);
}

/** What a level of a ladder asks nothing of counts as met there, with its weight. */
const WAIVED: Outcome = { status: 'met', score: 1, actual: null, expected: 'nothing at this level', evidence: [], gap: null, action: null };

function assessRubric(profile: CandidateProfile, rubric: Rubric, options: AssessOptions): Assessment {
  const ctx = { profile, asOf: options.asOf, vocabulary: options.vocabulary };
  const waived = new Set(rubric.waived ?? []);
  const outcomes = rubric.criteria.map((c) => ({ criterion: c, outcome: waived.has(c.id) ? WAIVED : evaluate(c, ctx) }));
  const totalWeight = rubric.criteria.reduce((s, c) => s + c.weight, 0);
  const scoreWith = (scores: readonly number[]) =>
    round((100 * outcomes.reduce((s, o, i) => s + o.criterion.weight * scores[i]!, 0)) / totalWeight);

  const scores = outcomes.map((o) => o.outcome.score);
  const score = scoreWith(scores);
  const statuses = outcomes.map((o) => o.outcome.status);
  // Which criteria are required is read once; each action's verdict then only swaps one status.
  const verdictWith = verdictRule(outcomes.map((o) => Boolean(o.criterion.required)), rubric);

  const criteria: CriterionResult[] = outcomes.map(({ criterion: c, outcome: o }) => ({
    id: c.id,
    title: c.title,
    kind: c.kind,
    weight: c.weight,
    required: c.required ?? false,
    status: o.status,
    score: round(o.score, 3),
    actual: o.actual,
    expected: o.expected,
    evidence: distinct(o.evidence),
    gap: o.gap,
    source: c.source,
  }));

  const actions: (Action & { value: number })[] = [];
  outcomes.forEach(({ criterion: c, outcome: o }, i) => {
    if (!o.action) return;
    const after = scores.map((s, j) => (j === i ? 1 : s));
    const scoreAfter = scoreWith(after);
    const effortMonths = round(o.action.effortMonths);
    actions.push({
      criterion: c.id,
      action: o.action.text,
      scoreGain: round(scoreAfter - score),
      effortMonths,
      type: o.action.type ?? 'develop',
      verdictAfter: verdictWith(scoreAfter, statuses, i),
      value: (scoreAfter - score) / Math.max(effortMonths, 0.25),
    });
  });
  // What the résumé leaves open first (saying what is true costs nothing, and the rest of the
  // roadmap depends on it), by gain; then the rest by score gained per month of effort. Ties go
  // by id, so the order never depends on chance or locale.
  const clarifyFirst = (a: Action) => (a.type === 'clarify' ? 0 : 1);
  actions.sort(
    (a, b) =>
      clarifyFirst(a) - clarifyFirst(b) ||
      (a.type === 'clarify' ? b.scoreGain - a.scoreGain : b.value - a.value) ||
      b.scoreGain - a.scoreGain ||
      (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0),
  );

  return {
    schemaVersion: 1,
    rubric: { id: rubric.id, title: rubric.title, version: rubric.version },
    candidate: profile.name === null ? null : { name: profile.name },
    asOf: formatDay(options.asOf),
    score,
    scoreRange: { min: score, max: scoreWith(outcomes.map((o) => (o.outcome.status === 'unknown' ? 1 : o.outcome.score))) },
    passScore: rubric.passScore,
    verdict: verdictWith(score, statuses),
    criteria,
    actions: actions.map(({ value: _value, ...a }) => a),
    assumptions: options.assumptions ?? [],
    experience: experienceSummary(profile, options.asOf),
  };
}

/** Each quote once: two facts read from the same text point at the same place. */
function distinct(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.path}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
