import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/cli/formatProblem.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import type { RubricSource } from '../../src/rubric/checkRubric.js';
import { readRubricFile } from '../../src/rubric/readRubricFile.js';
import { resolveRubric } from '../../src/rubric/resolveRubric.js';
import type { RubricFile } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

const vocab = vocabulary();

/** `rubrics validate` checks a file as the library's own: it may take an embedded id. */
function validate(text: string, file = 'my-tpm.yaml'): string[] {
  const { rubric, problems } = readRubricFile(text, file);
  if (!rubric) return problems.map((p) => formatProblem(p));
  const resolved = new RubricCatalog(vocab).add(rubric, { replace: true });
  return resolved.ok ? [] : resolved.problems.map((p) => formatProblem(p));
}

describe('a cycle of extends through the embedded rubrics', () => {
  // The embedded tpm-senior used to extend tpm, so "tpm extends tpm-principal" made a cycle that
  // was blamed on rubrics/tpm-senior.yaml. The levels are now one ladder, which no rubric extends:
  // the user's file is named, at its extends, with what to do instead.
  it("blames the user's file at its extends when it builds on a ladder level", () => {
    const text = ['id: tpm', 'title: My TPM', 'version: 1', 'description: the default, changed', 'extends: tpm-principal', ''].join('\n');
    const [problem, ...rest] = validate(text);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^my-tpm\.yaml:5:10: extends: extends "tpm-principal", a level of the ladder tpm-ladder, which a rubric cannot build on/);
  });

  it('still calls a rubric that extends itself by its name', () => {
    const text = ['id: tpm', 'title: My TPM', 'version: 1', 'description: d', 'extends: tpm', ''].join('\n');
    expect(validate(text)).toEqual(['my-tpm.yaml:5:10: extends: extends "tpm" makes a cycle: tpm -> tpm (a rubric cannot extend itself: give this one another id)']);
  });
});

/** A rubric source built in memory, so that the cost measured is resolving, not reading YAML. */
function sourceOf(file: Partial<RubricFile>): RubricSource {
  return {
    file: { id: 'big', title: 'Big', version: '1', description: 'many criteria', sources: [{ id: 's', title: 't', ref: 'r' }], ...file } as RubricFile,
    source: 'big.yaml',
    locate: () => ({ line: 1, column: 1 }),
  };
}

const criteria = (n: number, id = (i: number) => `c${i}`) =>
  Array.from({ length: n }, (_, i) => ({ id: id(i), title: `C ${i}`, kind: 'experience' as const, weight: 1, minYears: 1, roles: ['project-management'], source: 's' }));

// Linear cost, shown by size: 100,000 criteria resolve in well under a second when each id is
// looked up once, and would take minutes (10^10 comparisons) when each is compared with all before it.
describe('resolving costs time linear in the number of criteria', () => {
  it('resolves 100,000 criteria with unique ids', () => {
    const result = resolveRubric(sourceOf({ criteria: criteria(100_000) }), () => undefined, vocab);
    expect(result.ok && result.value.criteria.length).toBe(100_000);
  });

  it('reports 100,000 criteria that reuse one id, each once', () => {
    const result = resolveRubric(sourceOf({ criteria: criteria(100_000, () => 'same') }), () => undefined, vocab);
    expect(!result.ok && result.problems.length).toBe(99_999);
  });

  it('removes and overrides 50,000 inherited criteria by id', () => {
    const parent = sourceOf({ id: 'parent', criteria: criteria(100_000) });
    const ids = Array.from({ length: 50_000 }, (_, i) => `c${2 * i}`);
    const child = sourceOf({ id: 'child', extends: 'parent', remove: ids, override: Object.fromEntries(ids.map((_, i) => [`c${2 * i + 1}`, { weight: 2 }])) });
    const result = resolveRubric(child, (id) => (id === 'parent' ? parent : undefined), vocab);
    expect(result.ok && result.value.criteria.map((c) => c.weight)).toEqual(Array.from({ length: 50_000 }, () => 2));
  });

  it('guesses "did you mean" for the first few of 20,000 unknown names, and reports them all', () => {
    const parent = sourceOf({ id: 'parent', criteria: criteria(20_000) });
    const child = sourceOf({ id: 'child', extends: 'parent', remove: Array.from({ length: 20_000 }, (_, i) => `x${i}`) });
    const result = resolveRubric(child, (id) => (id === 'parent' ? parent : undefined), vocab);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(20_000);
    expect(result.problems.filter((p) => p.hint).length).toBeLessThanOrEqual(50);
    expect(result.problems[0]!.hint).toBe('did you mean c0?');
  });
});
