import type { Action, Assessment, CriterionResult } from '../../src/engine/assessment.js';

/** A criterion result for reporter tests: met, required, weight 10, unless overridden. */
export function aCriterion(overrides: Partial<CriterionResult> = {}): CriterionResult {
  return {
    id: 'crit',
    title: 'A criterion',
    kind: 'experience',
    weight: 10,
    required: false,
    status: 'met',
    score: 1,
    actual: 6,
    expected: 5,
    evidence: [],
    gap: null,
    source: 'test',
    ...overrides,
  };
}

export function anAction(overrides: Partial<Action> = {}): Action {
  return { criterion: 'crit', action: 'Do the thing', scoreGain: 10, effortMonths: 2, type: 'develop', verdictAfter: 'nearly', ...overrides };
}

export function anAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    schemaVersion: 1,
    rubric: { id: 'test', title: 'Test Role', version: '1' },
    candidate: { name: 'Test Person' },
    asOf: '2026-11-01',
    score: 50,
    scoreRange: { min: 50, max: 50 },
    passScore: 70,
    verdict: 'nearly',
    criteria: [aCriterion()],
    actions: [],
    assumptions: [],
    experience: null,
    ...overrides,
  };
}
