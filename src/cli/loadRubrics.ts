import { type Problem, type Result, fail } from '../problem.js';
import { RubricCatalog } from '../rubric/catalog.js';
import type { Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { Io } from './io.js';
import { readInput } from './readInput.js';
import { UsageError } from './UsageError.js';

export const looksLikePath = (ref: string) => /[/\\]|\.ya?ml$/i.test(ref);

/** Reads a rubric file into the catalog. The YAML reader is loaded on first use only. */
export async function addRubricFile(catalog: RubricCatalog, path: string, io: Io, options: { replace?: boolean } = {}): Promise<Result<Rubric>> {
  const { text, source } = await readInput(path, io, 'rubric', { strictUtf8: true });
  const { readRubricFile } = await import('../rubric/readRubricFile.js');
  const { rubric, problems } = readRubricFile(text, source);
  return rubric ? catalog.add(rubric, options) : fail(problems);
}

/** An embedded id or a file, as --rubric and `rubrics show` take them. */
export async function rubricByRef(catalog: RubricCatalog, ref: string, io: Io): Promise<Result<Rubric>> {
  return looksLikePath(ref) ? addRubricFile(catalog, ref, io) : catalog.byId(ref);
}

/** Resolves --rubric values (ids, paths, or "all") once per run; an unusable one is a usage error. */
export async function loadRubrics(refs: readonly string[], vocabulary: Vocabulary, io: Io): Promise<Rubric[]> {
  const catalog = new RubricCatalog(vocabulary);
  const wanted = refs.length ? refs : ['tpm'];
  const rubrics: Rubric[] = [];
  for (const ref of wanted.flatMap((r) => (r === 'all' ? catalog.embeddedIds : [r]))) {
    const result = await rubricByRef(catalog, ref, io);
    if (!result.ok) throw new UsageError(result.problems);
    if (!rubrics.some((r) => r.id === result.value.id)) rubrics.push(result.value);
  }
  return rubrics;
}

/**
 * --job: the rubric `rubrics from-job` would write for the ad, resolved as a rubric file is. The
 * report names it by the ad's title and file, so that it is never taken for an embedded rubric.
 */
export async function jobRubric(path: string, vocabulary: Vocabulary, io: Io): Promise<{ rubric: Rubric; warnings: Problem[] }> {
  const { text, source, warnings } = await readInput(path, io, 'job ad');
  // The extractor and the YAML reader are loaded only when --job is given, off the start-up path.
  const [{ jobAdToRubric }, { readRubricFile }] = await Promise.all([import('../jobAd/jobAdToRubric.js'), import('../rubric/readRubricFile.js')]);
  const yaml = jobAdToRubric(text, source, vocabulary);
  if (!yaml.ok) throw new UsageError(yaml.problems.map((p) => ({ ...p, message: `--job: ${p.message}` })));
  const { rubric, problems } = readRubricFile(yaml.value, source);
  const resolved: Result<Rubric> = rubric ? new RubricCatalog(vocabulary).add(rubric) : fail(problems);
  if (!resolved.ok) throw new UsageError(resolved.problems);
  const r = resolved.value;
  const title = r.title.includes(source) ? r.title : `${r.title} (job ad ${source})`;
  return { rubric: { ...r, title }, warnings: [...warnings, ...yaml.warnings] };
}
