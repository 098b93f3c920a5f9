import { readFileSync } from 'node:fs';
import { assess } from '../../../src/engine/assess.js';
import { rankFit } from '../../../src/engine/rankFit.js';
import { parseIsoDate } from '../../../src/profile/day.js';
import { documentToProfile } from '../../../src/readers/jsonResume/readResume.js';
import { RubricCatalog } from '../../../src/rubric/catalog.js';
import type { Rubric } from '../../../src/rubric/schema.js';
import type { BatchContext, BatchResult } from '../../../src/report/batch/batchResult.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

/** Names a résumé may carry that try to break a CSV, a spreadsheet, XML, markdown or a terminal. */
export const HOSTILE_NAMES = [
  "=cmd|' /C calc'!A0",
  '<script>alert("x")</script> & co',
  'Tab\tCR\rLF\nBell\u0007Esc\u001b[31mred NUL\u0000 DEL\u007f',
  'Lone \uD800 high and \uDC00 low, a pair 𝔸',
  '+1 "quoted", comma, pipe | star *',
  '@SUM(A1:A2)',
  '-2+3',
  '%0A::error::injected,line=1',
];

/** Node's own String.prototype.toWellFormed (ES2024, beyond the project's lib): an oracle independent of the code under test. */
export const toWellFormed = (s: string) => (s as unknown as { toWellFormed(): string }).toWellFormed();

/** A résumé with another name, for hostile-name tests. */
export const named = (name: string, base = 'ana-beltran') => ({ ...fixture(base), basics: { ...fixture(base).basics, name } });

const vocab = vocabulary();
const catalog = new RubricCatalog(vocab);
export const AS_OF = '2026-11-01';

export function rubric(id: string): Rubric {
  const r = catalog.byId(id);
  if (!r.ok) throw new Error(`no rubric ${id}`);
  return r.value;
}

export const fixture = (name: string) => JSON.parse(readFileSync(`fixtures/resumes/${name}.json`, 'utf8')) as { basics: Record<string, unknown> } & Record<string, unknown>;

/**
 * A batch as batch.ts would hand it to the formatters: each document scored against the
 * rubrics in process, a broken document as an error at its place.
 */
export function aBatch(documents: readonly (Record<string, unknown> | { error: string; path?: string })[], rubricIds: readonly string[] = ['tpm'], source = 'candidates.ndjson'): BatchResult[] {
  const rubrics = rubricIds.map(rubric);
  const asOf = parseIsoDate(AS_OF)!;
  return documents.map((document, index) => {
    const record = { index, line: index + 1, source };
    if (typeof document.error === 'string') return { record, error: { message: document.error, path: (document.path as string | undefined) ?? null, code: 'test-error' } };
    const profile = documentToProfile(document, source, vocab);
    if (!profile.ok) throw new Error(profile.problems[0]!.message);
    const assessments = rubrics.map((r) => assess(profile.value, r, { asOf, vocabulary: vocab }));
    if (assessments.length === 1) return { record, scored: { report: assessments[0]!, closest: assessments[0]! } };
    const fit = rankFit(assessments);
    return { record, scored: { report: fit, closest: fit.assessments[0]! } };
  });
}

/** The context of a run with these rubrics, gated at --min-score 70 unless told otherwise (undefined: no gate). */
export function aContext(rubricIds: readonly string[] = ['tpm'], options: { minScore: number | undefined } = { minScore: 70 }): BatchContext {
  return { rubrics: rubricIds.map(rubric), minScore: options.minScore, asOf: AS_OF };
}

/** The golden batch: the three fixtures, a record that could not be read, and hostile names. */
export function goldenDocuments() {
  const [ana, lin, marco] = ['ana-beltran', 'lin-new-grad', 'marco-internal-it'].map(fixture);
  return [
    ana!,
    { error: 'work[0].startDate: expected a date like 2019-04, got "2019-19"', path: 'work[0].startDate' },
    lin!,
    { ...marco!, basics: { ...marco!.basics, name: HOSTILE_NAMES[0] } },
    { ...lin!, basics: { ...lin!.basics, name: HOSTILE_NAMES[1] } },
    { ...ana!, basics: { ...ana!.basics, name: HOSTILE_NAMES[2] } },
    { ...marco!, basics: { ...marco!.basics, name: HOSTILE_NAMES[3] } },
    marco!,
    { ...lin!, basics: { ...lin!.basics, name: HOSTILE_NAMES[7] } },
  ];
}
