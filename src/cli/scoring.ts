import { assess } from '../engine/assess.js';
import type { Assessment, FitReport } from '../engine/assessment.js';
import { rankFit } from '../engine/rankFit.js';
import { todayUtc, type Day } from '../profile/day.js';
import { DEGREE_LEVELS, type CandidateProfile } from '../profile/profile.js';
import { nearest } from '../suggest.js';
import { redactProfile } from '../profile/redact.js';
import { applyAssumptions, readAssumptions, type Assumption } from '../profile/assumptions.js';
import { formatters } from '../report/formatters.js';
import type { Style } from '../report/style.js';
import type { Rubric } from '../rubric/schema.js';
import { vocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';
import { colourLevel, styleFor } from './colour.js';
import type { Io } from './io.js';
import { loadRubrics } from './loadRubrics.js';
import type { Format, ScoringOptions } from './options.js';
import { UsageError } from './UsageError.js';
import { wellFormedJson } from './wellFormedJson.js';
import { writeAtomically } from './writeAtomically.js';
import { escapeControls } from './formatProblem.js';

/** What every résumé of a run is scored with: read and checked once, before any input. */
export interface Scoring {
  vocabulary: Vocabulary;
  rubrics: Rubric[];
  asOf: Day;
  assumptions: Assumption[];
  /** --redact: contact details are taken out of the profile before anything is scored or shown. */
  redact: boolean;
}

export async function prepareScoring(options: Omit<ScoringOptions, 'format'>, io: Io): Promise<Scoring> {
  const vocab = vocabulary();
  const { assumptions, unknown } = readAssumptions(options.assume ?? [], vocab);
  if (unknown.length) {
    throw new UsageError(
      unknown.map((value) => {
        const near = nearest(value, assumableNames(vocab));
        return { code: 'assume-unknown', message: `--assume ${value}: not a known credential, term or degree${near ? ` (did you mean ${near}?)` : ''}`, hint: 'use an id such as pmi-pmp, scrum, jira or master' };
      }),
    );
  }
  const rubrics = await loadRubrics(options.rubric ?? [], vocab, io);
  const asOf = options.asOf ?? todayUtc((io.now ?? (() => new Date()))());
  return { vocabulary: vocab, rubrics, asOf, assumptions, redact: options.redact === true };
}

/** What --assume takes: credential, term and degree ids, and the credentials' short names (pmp, csm). */
function assumableNames(vocab: Vocabulary): string[] {
  const shortNames = [...vocab.credentials.values()].flatMap((c) => c.aliases.flatMap((a) => (typeof a === 'string' && !a.includes(' ') ? [a.toLowerCase()] : [])));
  return [...vocab.credentials.keys(), ...shortNames, ...vocab.terms.keys(), ...DEGREE_LEVELS];
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

export function scoreProfile(profile: CandidateProfile, s: Scoring): Scored {
  const assumed = applyAssumptions(s.redact ? redactProfile(profile) : profile, s.assumptions, s.asOf);
  const labels = s.assumptions.map((a) => a.label);
  const assessments = s.rubrics.map((rubric) => assess(assumed, rubric, { asOf: s.asOf, vocabulary: s.vocabulary, assumptions: labels }));
  if (assessments.length === 1) return { report: assessments[0]!, closest: assessments[0]! };
  const fit = rankFit(assessments);
  return { report: fit, closest: fit.assessments[0]! };
}

export function render(scored: Scored, format: Format, style: Style): string {
  const formatter = formatters[format];
  return 'ranking' in scored.report ? formatter.fit(scored.report, style) : formatter.assessment(scored.report, style);
}

/**
 * The CI gate. With several rubrics the candidate's score is their closest role's: a candidate
 * is not below the gate for scoring low in roles they do not fit.
 */
export function belowGate(scored: Scored, minScore: number | undefined): boolean {
  return minScore !== undefined && scored.closest.score < minScore;
}

/**
 * What assess and the interview do with a scored candidate: the report to --output or stdout
 * (colour only for a terminal report on a terminal), and the gate's exit code.
 */
export async function deliverReport(scored: Scored, options: ScoringOptions & { quiet?: boolean }, io: Io, setExit: (code: number) => void): Promise<void> {
  const format = options.format ?? 'terminal';
  const toFile = options.output !== undefined;
  const style = styleFor(format === 'terminal' && !toFile ? colourLevel(options.color, io.env, io.stdout.isTTY) : 0);
  const rendered = render(scored, format, style);
  const report = format === 'json' ? wellFormedJson(rendered) : rendered;
  if (toFile) await writeAtomically(options.output!, report);
  else io.stdout.write(report);
  if (belowGate(scored, options.minScore)) {
    if (!options.quiet) io.stderr.write(belowGateLine(scored, options.minScore!) + '\n');
    setExit(1);
  }
}

/**
 * Why the gate failed, on one line (ESLint and Spectral say why they exit 1):
 * `tpm-assess: Marco Ruiz scores 62.5 against tpm, 7.5 below --min-score 70`.
 */
export function belowGateLine(scored: Scored, minScore: number, where?: string): string {
  const a = scored.closest;
  const who = a.candidate?.name ? escapeControls(a.candidate.name) : 'the candidate (no name)';
  const round = (n: number) => String(Math.round(n * 100) / 100);
  const gap = round(minScore - a.score);
  return `tpm-assess: ${where ? `${where}: ` : ''}${who} scores ${round(a.score)} against ${a.rubric.id}, ${gap === '0' ? 'less than 0.01' : gap} below --min-score ${minScore}`;
}
