import { type Result, fail } from '../problem.js';
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
