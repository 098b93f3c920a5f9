import type { Criterion } from '../rubric/schema.js';
import type { EngineContext, Outcome } from './context.js';
import { evaluateCertification } from './evaluateCertification.js';
import { evaluateCoverage } from './evaluateCoverage.js';
import { evaluateCustomerFacing } from './evaluateCustomerFacing.js';
import { evaluateDegree } from './evaluateDegree.js';
import { evaluateExperience } from './evaluateExperience.js';
import { evaluateBudget, evaluateLeadership, evaluateRemote } from './evaluateScope.js';

/** One evaluator per criterion kind; the switch is exhaustive, so a new kind cannot be forgotten. */
export function evaluate(criterion: Criterion, ctx: EngineContext): Outcome {
  switch (criterion.kind) {
    case 'degree':
      return evaluateDegree(criterion, ctx);
    case 'experience':
      return evaluateExperience(criterion, ctx);
    case 'certification':
      return evaluateCertification(criterion, ctx);
    case 'customer-facing':
      return evaluateCustomerFacing(criterion, ctx);
    case 'domains':
    case 'methodologies':
    case 'tools':
    case 'skills':
      return evaluateCoverage(criterion, ctx);
    case 'leadership':
      return evaluateLeadership(criterion, ctx);
    case 'budget':
      return evaluateBudget(criterion, ctx);
    case 'remote':
      return evaluateRemote(criterion, ctx);
  }
}
