import { describe, expectTypeOf, it } from 'vitest';
import type * as engine from '../../src/engine/assessment.js';
import type * as problem from '../../src/problem.js';
import type * as api from '../../src/api/types.js';

// The library's types are written out (src/api/types.ts) so that they need no zod; these hold
// them equal to the engine's, which the report schema comes from. `npm run typecheck` (CI) fails
// when the two drift apart.
describe('the public types are the engine\'s', () => {
  it('reports', () => {
    expectTypeOf<api.Assessment>().toEqualTypeOf<engine.Assessment>();
    expectTypeOf<api.FitReport>().toEqualTypeOf<engine.FitReport>();
    expectTypeOf<api.CriterionResult>().toEqualTypeOf<engine.CriterionResult>();
    expectTypeOf<api.Action>().toEqualTypeOf<engine.Action>();
    expectTypeOf<api.LadderSummary>().toEqualTypeOf<engine.LadderSummary>();
    expectTypeOf<api.EvidenceItem>().toEqualTypeOf<engine.EvidenceItem>();
    expectTypeOf<api.Verdict>().toEqualTypeOf<engine.Verdict>();
    expectTypeOf<api.Status>().toEqualTypeOf<engine.Status>();
  });

  it('problems and results', () => {
    expectTypeOf<api.Problem>().toEqualTypeOf<problem.Problem>();
    expectTypeOf<api.Result<number>>().toEqualTypeOf<problem.Result<number>>();
  });
});
