import { RubricCatalog } from '../rubric/catalog.js';
import type { Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { Io } from './io.js';
import { readInput } from './readInput.js';
import { UsageError } from './UsageError.js';

const looksLikePath = (ref: string) => /[/\\]|\.ya?ml$/i.test(ref);

/** Resolves --rubric values (ids, paths, or "all") once per run; an unusable one is a usage error. */
export async function loadRubrics(refs: readonly string[], vocabulary: Vocabulary, io: Io): Promise<{ rubrics: Rubric[]; catalog: RubricCatalog }> {
  const catalog = new RubricCatalog(vocabulary);
  const wanted = refs.length ? refs : ['tpm'];
  const rubrics: Rubric[] = [];
  for (const ref of wanted.flatMap((r) => (r === 'all' ? catalog.embeddedIds : [r]))) {
    const result = looksLikePath(ref) ? catalog.addFile(await readInput(ref, io, 'rubric')) : catalog.byId(ref);
    if (!result.ok) throw new UsageError(result.problems);
    if (!rubrics.some((r) => r.id === result.value.id)) rubrics.push(result.value);
  }
  return { rubrics, catalog };
}
