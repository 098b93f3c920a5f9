import * as z from 'zod';
import { assess } from '../engine/assess.js';
import { criterionResultSchema, verdictSchema, type Assessment } from '../engine/assessment.js';
import { type Problem, type Result, fail, ok } from '../problem.js';
import { parseIsoDate } from '../profile/day.js';
import { documentToProfile } from '../readers/jsonResume/readResume.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { zodProblems } from '../zodProblems.js';
import { parseYaml } from '../rubric/parseYaml.js';
import type { Rubric } from '../rubric/schema.js';

/**
 * Rubric tests, in the manner of ESLint's RuleTester: each case is a short résumé, the date it
 * is scored on, and what the rubric must make of it. The cases live beside the rubrics as
 * rubrics/tests/<id>.test.yaml, so a change of weight or threshold that changes a verdict
 * shows up as a failing case that names the rubric, the case, and expected against actual.
 */

const statusSchema = criterionResultSchema.shape.status;

export const rubricTestCaseSchema = z.strictObject({
  name: z.string().min(1).describe('What the case shows, e.g. "new graduate with a CAPM is ready".'),
  resume: z.record(z.string(), z.unknown()).describe('A JSON Resume document, inline.'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-06-01').describe('The date taken as today.'),
  expect: z.strictObject({
    verdict: verdictSchema.optional(),
    scoreAtLeast: z.number().min(0).max(100).optional(),
    scoreBelow: z.number().min(0).max(100).optional(),
    criteria: z
      .record(z.string(), statusSchema)
      .optional()
      .describe('Criterion id -> expected status (met, partial, missing or unknown).'),
    reached: z.string().nullable().optional().describe('For a ladder: the level reached (null: none).'),
    levels: z.record(z.string(), verdictSchema).optional().describe('For a ladder: level id -> expected verdict.'),
  }),
});

export const rubricTestFileSchema = z.strictObject({
  cases: z.array(rubricTestCaseSchema).min(1),
});

export type RubricTestCase = z.output<typeof rubricTestCaseSchema>;

export interface RubricCaseResult {
  name: string;
  /** Empty when the case passed; otherwise one sentence per broken expectation. */
  failures: string[];
  /** The assessment the case produced, for a closer look when it failed; null when it could not run. */
  assessment: Assessment | null;
}

/** Reads a rubric test file (YAML text); problems carry file, line and column. */
export function parseRubricTests(text: string, source: string): Result<RubricTestCase[]> {
  const parsed = parseYaml(text, source);
  if (parsed.problems.length) return fail(parsed.problems);
  const result = rubricTestFileSchema.safeParse(parsed.value);
  if (!result.success) {
    const knownKeys = (path: readonly PropertyKey[]) =>
      path.length === 0 ? ['cases'] : path.length === 2 ? Object.keys(rubricTestCaseSchema.shape) : path[2] === 'expect' ? Object.keys(rubricTestCaseSchema.shape.expect.shape) : undefined;
    return fail(zodProblems(result.error.issues, { source, locate: parsed.locate, knownKeys }));
  }
  return ok(result.data.cases);
}

/**
 * Runs each case through the same path a résumé takes in the CLI (JSON Resume schema ->
 * profile -> engine) and compares the assessment with the case's expectations. Pure: no I/O,
 * no clock. A case that expects nothing, names an unknown criterion, or repeats another
 * case's name fails too, since it would otherwise pass without testing anything.
 */
export function runRubricTests(rubric: Rubric, vocabulary: Vocabulary, cases: readonly RubricTestCase[]): RubricCaseResult[] {
  const seen = new Set<string>();
  return cases.map((c) => {
    const failures: string[] = [];
    if (seen.has(c.name)) failures.push(`the case name "${c.name}" is used twice; give each case its own name`);
    seen.add(c.name);
    const outcome = runCase(rubric, vocabulary, c);
    if (!outcome.ok) return { name: c.name, failures: [...failures, ...outcome.problems.map(describeProblem)], assessment: null };
    failures.push(...check(rubric, c, outcome.value));
    return { name: c.name, failures, assessment: outcome.value };
  });
}

function runCase(rubric: Rubric, vocabulary: Vocabulary, c: RubricTestCase): Result<Assessment> {
  const asOf = parseIsoDate(c.asOf);
  if (asOf === null) return fail([{ code: 'rubric-test-as-of', message: `asOf "${c.asOf}" is not a calendar date`, path: 'asOf' }]);
  const profile = documentToProfile(c.resume, c.name, vocabulary);
  if (!profile.ok) return fail(profile.problems.map((p) => ({ ...p, path: `resume${p.path ? '.' + p.path : ''}` })));
  return ok(assess(profile.value, rubric, { asOf, vocabulary }));
}

function check(rubric: Rubric, c: RubricTestCase, a: Assessment): string[] {
  const failures: string[] = [];
  const { verdict, scoreAtLeast, scoreBelow, criteria, reached, levels } = c.expect;
  const summary = `score ${a.score}, verdict ${a.verdict}`;
  if (a.ladder) failures.push(...checkLadder(a.ladder, reached, levels));
  else if (reached !== undefined || levels !== undefined) failures.push(`expects ladder levels, but ${rubric.id} is not a ladder`);
  if (verdict === undefined && scoreAtLeast === undefined && scoreBelow === undefined && Object.keys(criteria ?? {}).length === 0 && reached === undefined && levels === undefined) {
    failures.push('expect names nothing to check; give a verdict, a score bound or criterion statuses');
  }
  if (verdict !== undefined && a.verdict !== verdict) {
    const knockOuts = a.criteria.filter((r) => r.required && r.status !== 'met').map((r) => `${r.id} ${r.status}`);
    failures.push(`expected verdict ${verdict}, got ${a.verdict} (${summary}${knockOuts.length ? `; required not met: ${knockOuts.join(', ')}` : ''})`);
  }
  if (scoreAtLeast !== undefined && !(a.score >= scoreAtLeast)) failures.push(`expected a score of at least ${scoreAtLeast}, got ${a.score}`);
  if (scoreBelow !== undefined && !(a.score < scoreBelow)) failures.push(`expected a score below ${scoreBelow}, got ${a.score}`);
  for (const [id, status] of Object.entries(criteria ?? {})) {
    const result = a.criteria.find((r) => r.id === id);
    if (!result) {
      failures.push(`expects criterion "${id}", which rubric ${rubric.id} does not have (it has ${rubric.criteria.map((k) => k.id).join(', ')})`);
      continue;
    }
    if (result.status !== status) {
      failures.push(`expected criterion ${id} to be ${status}, got ${result.status}${result.gap ? ` (${result.gap})` : ''}`);
    }
  }
  return failures;
}

const VERDICT_RANK = { ready: 0, nearly: 1, 'not-ready': 2 } as const;

/**
 * Every case run on a ladder also checks what the ladder checker promises: up the levels the
 * score never rises and the verdict never improves.
 */
function checkLadder(ladder: NonNullable<Assessment['ladder']>, reached: string | null | undefined, levels: Record<string, string> | undefined): string[] {
  const failures: string[] = [];
  const rows = ladder.levels;
  for (let i = 1; i < rows.length; i++) {
    const [below, here] = [rows[i - 1]!, rows[i]!];
    if (here.score > below.score) failures.push(`the score rises from ${below.score} at ${below.id} to ${here.score} at ${here.id}`);
    if (VERDICT_RANK[here.verdict] < VERDICT_RANK[below.verdict]) failures.push(`the verdict improves from ${below.verdict} at ${below.id} to ${here.verdict} at ${here.id}`);
  }
  if (reached !== undefined && ladder.reached !== reached) failures.push(`expected level reached ${reached ?? 'none'}, got ${ladder.reached ?? 'none'} (${rows.map((r) => `${r.id} ${r.score} ${r.verdict}`).join(', ')})`);
  for (const [id, verdict] of Object.entries(levels ?? {})) {
    const row = rows.find((r) => r.id === id);
    if (!row) failures.push(`expects level "${id}", which the ladder does not have (it has ${rows.map((r) => r.id).join(', ')})`);
    else if (row.verdict !== verdict) failures.push(`expected ${verdict} at ${id}, got ${row.verdict} (score ${row.score})`);
  }
  return failures;
}

function describeProblem(p: Problem): string {
  return `${p.path ? `${p.path}: ` : ''}${p.message}`;
}
