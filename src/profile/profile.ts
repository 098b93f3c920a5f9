import type { Day } from './day.js';

/** Where a fact came from: a JSON pointer into the résumé (or the interview answer) and its text. */
export interface Evidence {
  path: string;
  text: string;
}

/** Degree levels, lowest first (ISCED 3-8; research/credentials.md §6a). The order is the ranking. */
export const DEGREE_LEVELS = ['secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/** Whether a job led delivery for external clients, or was internal or operational work. */
export type Engagement = 'external' | 'internal' | 'unclear';

export interface Position {
  title: string;
  employer: string | null;
  start: Day;
  /** null: still in the job; it runs to the assessment's as-of date. */
  end: Day | null;
  /** Role families from the title (vocabulary/roles.yaml), e.g. `project-management`. */
  families: string[];
  /**
   * Families the job's own duties show though its title does not name them ("Director, IT"
   * whose highlights say "managed a $2M data-centre migration"), with the text that shows it.
   * Rubrics count these years partly (experience criteria's inferredWeight).
   */
  inferred?: { family: string; evidence: Evidence }[];
  /** Technical domains named in the job (vocabulary/terms.yaml), e.g. `networking`. */
  domains: string[];
  /** Readonly: a résumé's profile reads it on first use (profile/lazy.ts). */
  readonly engagement: Engagement;
  /** The text that decided `engagement`, when something did. */
  readonly engagementEvidence: Evidence | null;
  evidence: Evidence;
}

export interface Degree {
  /** null: the entry does not say which degree it is, so the level is unknown. */
  level: DegreeLevel | null;
  /** Field ids (vocabulary/degrees.yaml); empty when the field is not stated or not recognised. */
  fields: string[];
  /** When it was started and completed, where the résumé says; the engine decides, against
   *  the as-of date, whether the degree is held or still in progress. */
  started: Day | null;
  completed: Day | null;
  /** The text says it is not finished ("pursuing my B.Tech", "MSc, ongoing"): in progress whatever the dates. */
  inProgress?: Evidence;
  evidence: Evidence;
}

export interface Credential {
  /** Credential id from vocabulary/credentials.yaml, e.g. `pmi-pmp`. */
  id: string;
  /** When it was earned, when the résumé says. */
  earned: Day | null;
  /** When the source says it expires or expired ("exp. 2021", an expiry date); absent when it does not say. */
  expires?: Day;
  /** The source says it is no longer held ("expired", "lapsed", "not maintained"), with no date. */
  lapsed?: boolean;
  evidence: Evidence;
}

/**
 * What is known about a candidate, whatever the source (a JSON Resume, interview answers).
 * `null` means unknown: the résumé has no such section, or the question was skipped. The
 * engine reports unknown criteria as unknown, never silently as missing.
 */
export interface CandidateProfile {
  name: string | null;
  positions: Position[] | null;
  degrees: Degree[] | null;
  credentials: Credential[] | null;
  /** Vocabulary term ids (domains, methodologies, tools, skills) with where each was found. */
  terms: Map<string, Evidence[]> | null;
  /**
   * What the source could have told, when it is not everything. A résumé could name any role
   * or term (undefined: all known); an interview asks about some role families and term
   * categories only, and a criterion about any other is unknown, not missing.
   */
  knownFamilies?: ReadonlySet<string>;
  knownTermCategories?: ReadonlySet<string>;
  /** Largest team the person says they led. Readonly, like `budget`: a résumé's profile reads them on first use. */
  readonly teamSize: { size: number; evidence: Evidence } | null;
  /** Largest budget the person says they managed, in the currency's units. */
  readonly budget: { amount: number; evidence: Evidence } | null;
  /** Evidence of working remotely or leading distributed teams; null when unknown. */
  remote: Evidence[] | null;
  /** Hours of project-management training, when stated (PMP eligibility needs 35). */
  trainingHours: { hours: number; evidence: Evidence } | null;
}
