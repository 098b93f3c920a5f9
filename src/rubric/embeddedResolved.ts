import { vocabulary } from '../vocabulary/vocabulary.js';
import { RubricCatalog } from './catalog.js';
import { embeddedRubricIds } from './library.js';
import type { Rubric } from './schema.js';

/**
 * Every embedded rubric (and ladder level) by id, resolved, in the library's order. The build
 * (bin/build.mjs) runs this once and bundles its result as data in place of this module, so
 * that the lean assess path neither checks the embedded rubrics with zod nor resolves them at
 * start-up; run from source (tests), it resolves them here.
 */
export function resolvedEmbeddedRubrics(): Readonly<Record<string, Rubric>> {
  const catalog = new RubricCatalog(vocabulary());
  return Object.fromEntries(
    embeddedRubricIds.map((id) => {
      const resolved = catalog.byId(id);
      if (!resolved.ok) throw new Error(`embedded rubric ${id} does not resolve: ${JSON.stringify(resolved.problems)}`);
      return [id, resolved.value];
    }),
  );
}
