/**
 * tpm-assess as a library: what the CLI does, as functions that take values and return values.
 * Nothing here reads a file, the clock or the environment, prints, or exits; bad input comes
 * back as problems in a Result, never as a throw. The reports are the objects that
 * `tpm-assess assess --format json` prints, and formatReport gives the CLI's bytes.
 *
 *   import { assessResume, formatReport } from 'tpm-assess';
 *   const result = assessResume(text, { asOf: '2026-12-02', rubric: 'tpm' });
 *   if (result.ok) process.stdout.write(formatReport(result.value, 'markdown'));
 */
import { scoreCandidate } from '../engine/scoreCandidate.js';
import { readAssumptions, unknownAssumptions } from '../profile/assumptions.js';
import { parseIsoDate } from '../profile/day.js';
import type * as internal from '../profile/profile.js';
import { fail, ok, type Problem } from '../problem.js';
import { documentToProfile, readResume as readResumeText } from '../readers/jsonResume/readResume.js';
import { EXPORT_FILES, type ExportTexts } from '../readers/linkedin/exportFiles.js';
import { exportToProfile } from '../readers/linkedin/readExport.js';
import { unzipExport } from '../readers/linkedin/unzipExport.js';
import { formatReport as formatAny } from '../report/formatters.js';
import { RubricCatalog } from '../rubric/catalog.js';
import { embeddedLevelLadders } from '../rubric/library.js';
import { readRubricFile } from '../rubric/readRubricFile.js';
import type * as rubricSchema from '../rubric/schema.js';
import { vocabulary } from '../vocabulary/vocabulary.js';
import type { AssessOptions, CandidateProfile, Report, ReportFormat, Result, Rubric, RubricInfo } from './types.js';

export type * from './types.js';

// The public Rubric and CandidateProfile are opaque: they are the internal values, typed so
// that a user's code depends on nothing but the few documented fields.
const publicRubric = (r: rubricSchema.Rubric): Rubric => r as unknown as Rubric;
const internalRubric = (r: Rubric): rubricSchema.Rubric => r as unknown as rubricSchema.Rubric;
const publicProfile = (p: internal.CandidateProfile): CandidateProfile => p as unknown as CandidateProfile;
const internalProfile = (p: CandidateProfile): internal.CandidateProfile => p as unknown as internal.CandidateProfile;

/** One catalog per call: a rubric file's id never leaks into another call. */
const catalog = (): RubricCatalog => new RubricCatalog(vocabulary());

/** The embedded rubrics, ladders and ladder levels, in the order `tpm-assess rubrics list` shows them. */
export function listRubrics(): RubricInfo[] {
  const c = catalog();
  return c.embeddedIds.map((id): RubricInfo => {
    const rubric = c.byId(id);
    const title = rubric.ok ? rubric.value.title : id;
    const ladder = embeddedLevelLadders.get(id);
    if (ladder !== undefined) return { id, title, kind: 'level', ladder };
    return { id, title, kind: rubric.ok && rubric.value.ladder ? 'ladder' : 'rubric' };
  });
}

/**
 * An embedded rubric by id, or a rubric file's YAML text (which may extend an embedded rubric).
 * Problems carry the file name given as `file`, with line and column.
 */
export function loadRubric(rubric: string | { yaml: string; file?: string }): Result<Rubric> {
  const c = catalog();
  if (typeof rubric === 'string') return mapValue(c.byId(rubric), publicRubric);
  const { rubric: read, problems } = readRubricFile(rubric.yaml, rubric.file ?? '<rubric>');
  return read ? mapValue(c.add(read), publicRubric) : fail(problems);
}

/**
 * A JSON Resume document, as text (with line and column in problems; the usual deviations,
 * such as comments, trailing commas, dates in words, read with a warning) or already parsed.
 */
export function readResume(resume: string | object, options: { source?: string } = {}): Result<CandidateProfile> {
  const source = options.source ?? '<resume>';
  const read = typeof resume === 'string' ? readResumeText(resume, source, vocabulary()) : documentToProfile(resume, source, vocabulary());
  return mapValue(read, publicProfile);
}

/**
 * A LinkedIn data export ("Get a copy of your data"): the ZIP's bytes, or its files' texts by
 * name (`{ 'Positions.csv': '…' }`). Only the files about the career are read; messages,
 * connections and contact files are never opened.
 */
export function readLinkedInExport(linkedInExport: Uint8Array | Readonly<Record<string, string>>, options: { source?: string } = {}): Result<CandidateProfile> {
  const source = options.source ?? '<linkedin export>';
  let texts: ExportTexts;
  if (linkedInExport instanceof Uint8Array) {
    const unzipped = unzipExport(linkedInExport, source);
    if (unzipped.problems.length) return fail(unzipped.problems);
    texts = unzipped.texts;
  } else {
    texts = {};
    for (const name of EXPORT_FILES) if (typeof linkedInExport[name] === 'string') texts[name] = linkedInExport[name];
  }
  return mapValue(exportToProfile(texts, source, vocabulary()), publicProfile);
}

/** A profile scored against one rubric (an assessment) or several (a ranking of roles). */
export function assessProfile(profile: CandidateProfile, options: AssessOptions): Result<Report> {
  const asOf = typeof options.asOf === 'string' ? parseIsoDate(options.asOf) : null;
  if (asOf === null) {
    return fail([{ code: 'as-of-invalid', message: `asOf must be a date as YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`, path: 'asOf', hint: "give the day to score on, e.g. asOf: '2026-12-02'" }]);
  }
  const vocab = vocabulary();
  const { assumptions, unknown } = readAssumptions(options.assume ?? [], vocab);
  if (unknown.length) return fail(unknownAssumptions(unknown, vocab).map((p) => ({ ...p, path: 'assume' })));
  const rubrics = resolveRubrics(options.rubric);
  if (!rubrics.ok) return rubrics;
  const scored = scoreCandidate(internalProfile(profile), { rubrics: rubrics.value, asOf, vocabulary: vocab, assumptions, redact: options.redact === true });
  return ok(scored.report);
}

/** readResume, then assessProfile: a JSON résumé's gap report, with the reader's warnings. */
export function assessResume(resume: string | object, options: AssessOptions & { source?: string }): Result<Report> {
  const read = readResume(resume, options);
  if (!read.ok) return read;
  const assessed = assessProfile(read.value, options);
  return { ...assessed, warnings: [...read.warnings, ...assessed.warnings] };
}

/** A report as the CLI writes it with --format (terminal text without colour). */
export function formatReport(report: Report, format: ReportFormat): string {
  return formatAny(report, format);
}

function resolveRubrics(wanted: AssessOptions['rubric']): Result<rubricSchema.Rubric[]> {
  const refs = wanted === undefined ? ['tpm'] : typeof wanted === 'string' || !Array.isArray(wanted) ? [wanted as string | Rubric] : (wanted as readonly (string | Rubric)[]);
  const c = catalog();
  const rubrics: rubricSchema.Rubric[] = [];
  const problems: Problem[] = [];
  for (const ref of refs.flatMap((r): (string | Rubric)[] => (r === 'all' ? [...c.embeddedIds] : [r]))) {
    const resolved = typeof ref === 'string' ? c.byId(ref) : ok(internalRubric(ref));
    if (!resolved.ok) problems.push(...resolved.problems.map((p) => ({ ...p, path: 'rubric' })));
    else if (!rubrics.some((r) => r.id === resolved.value.id)) rubrics.push(resolved.value);
  }
  if (problems.length) return fail(problems);
  if (!rubrics.length) return fail([{ code: 'rubric-none', message: 'no rubric given', path: 'rubric', hint: "give an embedded id such as 'tpm', or a rubric from loadRubric" }]);
  return ok(rubrics);
}

function mapValue<A, B>(result: { ok: true; value: A; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] }, f: (a: A) => B): Result<B> {
  return result.ok ? ok(f(result.value), result.warnings) : fail(result.problems, result.warnings);
}
