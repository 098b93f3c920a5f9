import { assess } from '../engine/assess.js';
import type { Assessment } from '../engine/assessment.js';
import { rankFit } from '../engine/rankFit.js';
import { todayUtc, type Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import { applyAssumptions, readAssumptions, type Assumption } from '../profile/assumptions.js';
import { formatters } from '../report/formatters.js';
import type { Style } from '../report/style.js';
import type { Rubric } from '../rubric/schema.js';
import { vocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';
import type { Io } from './io.js';
import { loadRubrics } from './loadRubrics.js';
import type { Format, ScoringOptions } from './options.js';
import { UsageError } from './UsageError.js';

/** What every résumé of a run is scored with: read and checked once, before any input. */
export interface Scoring {
  vocabulary: Vocabulary;
  rubrics: Rubric[];
  asOf: Day;
  assumptions: Assumption[];
}

export async function prepareScoring(options: ScoringOptions, io: Io): Promise<Scoring> {
  const vocab = vocabulary();
  const { assumptions, unknown } = readAssumptions(options.assume ?? [], vocab);
  if (unknown.length) {
    throw new UsageError(
      unknown.map((value) => ({ code: 'assume-unknown', message: `--assume ${value}: not a known credential, term or degree`, hint: 'use an id such as pmi-pmp, scrum, jira or master' })),
    );
  }
  const rubrics = await loadRubrics(options.rubric ?? [], vocab, io);
  const asOf = options.asOf ?? todayUtc((io.now ?? (() => new Date()))());
  return { vocabulary: vocab, rubrics, asOf, assumptions };
}

/** One profile against every rubric of the run. */
export function scoreProfile(profile: CandidateProfile, s: Scoring): Assessment[] {
  const assumed = applyAssumptions(profile, s.assumptions, s.asOf);
  const labels = s.assumptions.map((a) => a.label);
  return s.rubrics.map((rubric) => assess(assumed, rubric, { asOf: s.asOf, vocabulary: s.vocabulary, assumptions: labels }));
}

/** One assessment as its report; several as the role-fit report. */
export function render(assessments: readonly Assessment[], format: Format, style: Style): string {
  const formatter = formatters[format];
  return assessments.length === 1 ? formatter.assessment(assessments[0]!, style) : formatter.fit(rankFit(assessments), style);
}

/** The JSON value of a report, for batch lines: one assessment, or the role-fit report. */
export function reportValue(assessments: readonly Assessment[]): object {
  return assessments.length === 1 ? assessments[0]! : rankFit(assessments);
}

/**
 * The CI gate. With several rubrics the candidate's score is their closest role's (the role-fit
 * ranking's first): a candidate is not below the gate for scoring low in roles they do not fit.
 */
export function belowGate(assessments: readonly Assessment[], minScore: number | undefined): boolean {
  if (minScore === undefined || assessments.length === 0) return false;
  const closest = assessments.length === 1 ? assessments[0]! : rankFit(assessments).assessments[0]!;
  return closest.score < minScore;
}
