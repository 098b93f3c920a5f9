import type { Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import { redactProfile } from '../profile/redact.js';
import { applyAssumptions, type Assumption } from '../profile/assumptions.js';
import type { Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { assess } from './assess.js';
import type { Assessment, FitReport } from './assessment.js';
import { rankFit } from './rankFit.js';

export interface ScoreOptions {
  rubrics: readonly Rubric[];
  asOf: Day;
  vocabulary: Vocabulary;
  assumptions?: readonly Assumption[];
  /** Contact details are taken out of the profile before anything is scored or shown. */
  redact?: boolean;
}

/**
 * One profile scored against every rubric of the run: the report (one assessment, or the
 * role-fit ranking when there are several) and the closest role, each computed once.
 */
export interface Scored {
  report: Assessment | FitReport;
  /** The assessment the CI gate reads: the only one, or the closest role's. */
  closest: Assessment;
}

/** What the CLI and the library both do with a profile: assumptions, redaction, every rubric, the ranking. */
export function scoreCandidate(profile: CandidateProfile, options: ScoreOptions): Scored {
  const assumptions = options.assumptions ?? [];
  const assumed = applyAssumptions(options.redact ? redactProfile(profile) : profile, assumptions, options.asOf);
  const labels = assumptions.map((a) => a.label);
  const assessments = options.rubrics.map((rubric) => assess(assumed, rubric, { asOf: options.asOf, vocabulary: options.vocabulary, assumptions: labels }));
  if (assessments.length === 1) return { report: assessments[0]!, closest: assessments[0]! };
  const fit = rankFit(assessments);
  return { report: fit, closest: fit.assessments[0]! };
}
