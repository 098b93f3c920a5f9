import type { Assessment, FitReport } from '../../engine/assessment.js';

/** Where a record of a batch came from: its place in the run, and its file and line. */
export interface RecordRef {
  index: number;
  /** 1-based line in its NDJSON file; null when the record has none (a whole file that failed). */
  line: number | null;
  source: string;
}

/** Why a record could not be scored, as batch's JSON lines give it. */
export interface RecordError {
  message: string;
  path: string | null;
  code: string;
}

/** One scored candidate: the report, and the assessment the gate reads (the closest role's). */
export interface ScoredReport {
  report: Assessment | FitReport;
  closest: Assessment;
}

/** One record of a batch, as the cohort formatters take it: scored, or why not. */
export type BatchResult = { record: RecordRef; scored: ScoredReport } | { record: RecordRef; error: RecordError };

/** What the formatters know of the run before the first record: its rubrics and its gate. */
export interface BatchContext {
  rubrics: readonly { id: string; title: string; criteria: readonly { id: string; title: string }[] }[];
  /** --min-score, when given: below it a candidate fails the gate. */
  minScore: number | undefined;
  /** The run's --as-of date, for the heading of a cohort page. */
  asOf?: string;
}
