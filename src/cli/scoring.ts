import { scoreCandidate, type Scored } from '../engine/scoreCandidate.js';
import { todayUtc, type Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import { readAssumptions, unknownAssumptions, type Assumption } from '../profile/assumptions.js';
import { formatReport } from '../report/formatters.js';
import type { Style } from '../report/style.js';
import type { Rubric } from '../rubric/schema.js';
import { vocabulary, type Vocabulary } from '../vocabulary/vocabulary.js';
import { colourLevel, styleFor } from './colour.js';
import type { Io } from './io.js';
import { loadRubrics } from './loadRubrics.js';
import type { Format, ScoringOptions } from './options.js';
import { UsageError } from './UsageError.js';
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
  if (unknown.length) throw new UsageError(unknownAssumptions(unknown, vocab));
  const rubrics = await loadRubrics(options.rubric ?? [], vocab, io);
  const asOf = options.asOf ?? todayUtc((io.now ?? (() => new Date()))());
  return { vocabulary: vocab, rubrics, asOf, assumptions, redact: options.redact === true };
}

export type { Scored };

export function scoreProfile(profile: CandidateProfile, s: Scoring): Scored {
  return scoreCandidate(profile, { rubrics: s.rubrics, asOf: s.asOf, vocabulary: s.vocabulary, assumptions: s.assumptions, redact: s.redact });
}

export function render(scored: Scored, format: Format, style: Style): string {
  return formatReport(scored.report, format, style);
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
  const report = render(scored, format, style);
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
