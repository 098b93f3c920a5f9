// The library's public types, written out so that a user's TypeScript needs nothing but this
// package: the report types are the same objects `--format json` prints (see the report schema,
// `tpm-assess report-schema`), and test/api/types.test.ts holds them equal to the engine's own.

/** A fact's origin: a JSON pointer into the résumé (or a LinkedIn file and row), and the text there. */
export interface EvidenceItem {
  path: string;
  text: string;
}

export type Status = 'met' | 'partial' | 'missing' | 'unknown';
export type Verdict = 'ready' | 'nearly' | 'not-ready';

/** One criterion of the rubric, as scored. */
export interface CriterionResult {
  id: string;
  title: string;
  kind: string;
  weight: number;
  required: boolean;
  status: Status;
  /** 0 to 1. */
  score: number;
  /** What was measured: years, the best degree, the credentials found… */
  actual: unknown;
  /** The threshold or set the rubric asks for. */
  expected: unknown;
  evidence: EvidenceItem[];
  /** When not met: what is missing and by how much. */
  gap: string | null;
  /** The rubric source this criterion rests on. */
  source: string;
}

/** One step of the roadmap, ranked by value (score gained for the effort). */
export interface Action {
  criterion: string;
  action: string;
  scoreGain: number;
  effortMonths: number;
  /** clarify: the résumé leaves the criterion open; develop: something to do or gain. */
  type: 'clarify' | 'develop';
  verdictAfter: Verdict;
}

export interface LadderSummary {
  id: string;
  /** Lowest level first. */
  levels: { id: string; rubric: string; title: string; score: number; verdict: Verdict }[];
  reached: string | null;
  next: string | null;
  shown: string;
}

/** The gap report for one rubric (schemaVersion 1). */
export interface Assessment {
  schemaVersion: 1;
  rubric: { id: string; title: string; version: string };
  candidate: { name: string } | null;
  asOf: string;
  score: number;
  scoreRange: { min: number; max: number };
  passScore: number;
  verdict: Verdict;
  criteria: CriterionResult[];
  actions: Action[];
  assumptions: string[];
  experience: {
    total: number;
    roles: Record<string, number>;
    inferred: Record<string, number>;
    domains: Record<string, number>;
    gaps: { from: string; to: string; months: number }[];
  } | null;
  ladder?: LadderSummary;
}

/** Several rubrics scored for one candidate, ranked: which role to aim for (schemaVersion 1). */
export interface FitReport {
  schemaVersion: 1;
  candidate: { name: string } | null;
  asOf: string;
  ranking: { rubric: string; title: string; score: number; verdict: Verdict; level?: string }[];
  sharedGaps: { criterion: string; title: string; roles: string[]; unlocks: string[] }[];
  assessments: Assessment[];
}

/** What assessResume and assessProfile return: one assessment, or a ranking when several rubrics are given. */
export type Report = Assessment | FitReport;

/** A problem with the input, as a value: a stable code, where, and how to fix it. */
export interface Problem {
  code: string;
  message: string;
  /** JSON path into the input (`work[1].startDate`). */
  path?: string;
  /** The source name given (a file name, `<stdin>`). */
  source?: string;
  line?: number;
  column?: number;
  hint?: string;
}

/** Every call returns a value, never throws for bad input: the value and warnings, or the problems. */
export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

declare const profileBrand: unique symbol;
declare const rubricBrand: unique symbol;

/** A candidate profile, as readResume or readLinkedInExport read it: pass it to assessProfile. */
export interface CandidateProfile {
  readonly [profileBrand]: true;
}

/** A checked rubric with its inheritance resolved, as loadRubric returns it. */
export interface Rubric {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly passScore: number;
  readonly [rubricBrand]: true;
}

/** An embedded rubric, as `tpm-assess rubrics list` shows it. */
export interface RubricInfo {
  id: string;
  title: string;
  /** A ladder's levels are rubrics too: `ladder` names the ladder a level belongs to. */
  kind: 'rubric' | 'ladder' | 'level';
  ladder?: string;
}

export type ReportFormat = 'json' | 'markdown' | 'html' | 'terminal';

export interface AssessOptions {
  /** The day the résumé is read on (YYYY-MM-DD): durations, "Present" and expiry dates count up to it. Required, so that a score never depends on the clock. */
  asOf: string;
  /** Embedded rubric ids ('all' for every one) or rubrics from loadRubric; default 'tpm'. Several give a ranking. */
  rubric?: string | Rubric | readonly (string | Rubric)[];
  /** What-if: credentials, degrees or terms to score as if the résumé showed them (as --assume). */
  assume?: readonly string[];
  /** Take contact details out of the profile before anything is scored or shown (as --redact). */
  redact?: boolean;
}
