import { describe, expect, it } from 'vitest';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { resolvedEmbeddedRubrics } from '../../src/rubric/embeddedResolved.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

describe('resolvedEmbeddedRubrics: the embedded rubrics the build bundles as data', () => {
  const resolved = resolvedEmbeddedRubrics();
  const catalog = new RubricCatalog(vocabulary());

  it('has every embedded id, ladder levels included, in the catalog order', () => {
    expect(Object.keys(resolved)).toEqual(catalog.embeddedIds);
    expect(Object.keys(resolved)).toContain('tpm-senior');
  });

  it('survives JSON, as the build stores it: each rubric as the catalog resolves it', () => {
    const asData = JSON.parse(JSON.stringify(resolved)) as typeof resolved;
    for (const id of catalog.embeddedIds) {
      const fromCatalog = catalog.byId(id);
      expect(fromCatalog.ok).toBe(true);
      // toStrictEqual: a key whose value is undefined, which JSON would drop, counts as a difference.
      expect(asData[id]).toStrictEqual(fromCatalog.ok ? fromCatalog.value : null);
    }
  });
});
