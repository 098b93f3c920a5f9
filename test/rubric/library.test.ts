import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { embeddedRubricIds } from '../../src/rubric/library.js';
import { parseRubricTests, runRubricTests, type RubricTestCase } from '../../src/rubricTests/rubricTester.js';
import type { Rubric } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

// The embedded library, rubric by rubric: each resolves cleanly, rests on listed sources, and
// scores the cases in rubrics/tests/<id>.test.yaml as they say (one `it` per case).

const rubricsDir = fileURLToPath(new URL('../../rubrics/', import.meta.url));
const testsDir = `${rubricsDir}tests/`;
const vocab = vocabulary();
const catalog = new RubricCatalog(vocab);

function resolved(id: string): Rubric {
  const result = catalog.byId(id);
  if (!result.ok) throw new Error(`rubric ${id} does not resolve: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function loadCases(id: string): { cases: RubricTestCase[]; error: string | null } {
  const file = `${testsDir}${id}.test.yaml`;
  if (!existsSync(file)) return { cases: [], error: `rubrics/tests/${id}.test.yaml is missing` };
  const parsed = parseRubricTests(readFileSync(file, 'utf8'), `rubrics/tests/${id}.test.yaml`);
  if (!parsed.ok) return { cases: [], error: parsed.problems.map((p) => `${p.source}:${p.line}:${p.column} ${p.path ?? ''} ${p.message}`).join('\n') };
  return { cases: parsed.value, error: null };
}

describe('the embedded rubric library', () => {
  it('has the rubrics of the public interface, the ladder followed by its levels', () => {
    expect([...embeddedRubricIds].sort()).toEqual(
      ['agile-pm', 'devops-pm', 'infra-tpm', 'remote-pm', 'scrum-master', 'tpm', 'tpm-ladder', 'tpm-entry', 'tpm-junior', 'tpm-principal', 'tpm-senior'].sort(),
    );
    expect(embeddedRubricIds.slice(embeddedRubricIds.indexOf('tpm-ladder'), embeddedRubricIds.indexOf('tpm-ladder') + 5)).toEqual(['tpm-ladder', 'tpm-entry', 'tpm-junior', 'tpm-senior', 'tpm-principal']);
  });

  it('has a test file for every embedded rubric, and none for a rubric that does not exist', () => {
    const files = readdirSync(testsDir).filter((f) => f.endsWith('.test.yaml'));
    const ids = files.map((f) => f.slice(0, -'.test.yaml'.length));
    expect(ids.sort()).toEqual([...embeddedRubricIds].sort());
  });

  it('has an embedded rubric for every rubrics/*.yaml file, under the id of its file name, and one per level of a ladder', () => {
    const files = readdirSync(rubricsDir).filter((f) => f.endsWith('.yaml'));
    const levels = resolved('tpm-ladder').ladder!.levels.map((l) => l.rubric.id);
    expect([...files.map((f) => f.slice(0, -'.yaml'.length)), ...levels].sort()).toEqual([...embeddedRubricIds].sort());
    for (const id of embeddedRubricIds) expect(resolved(id).id).toBe(id);
  });

  it('climbs the seniority ladder of research §5c: entry asks no years, then 1, 4 (no mid rung) and 8', () => {
    const years = (id: string) => {
      const r = resolved(id);
      const c = r.criteria.find((k) => k.id === 'pm-experience');
      return r.waived?.includes('pm-experience') ? null : c?.kind === 'experience' ? c.minYears : undefined;
    };
    expect(years('tpm-entry')).toBeNull();
    expect([years('tpm-junior'), years('tpm-senior'), years('tpm-principal')]).toEqual([1, 4, 8]);
    // Entry level must be reachable by a new graduate: no experience criterion is a knock-out.
    const entry = resolved('tpm-entry');
    expect(entry.criteria.filter((c) => c.kind === 'experience' && c.required && !entry.waived?.includes(c.id))).toEqual([]);
  });
});

describe.each([...embeddedRubricIds])('rubric %s', (id) => {
  const { cases, error } = loadCases(id);

  it('resolves through the catalog with no problems', () => {
    const result = catalog.byId(id);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('has a one-line description, sources with refs, and a listed source and positive weight on every criterion', () => {
    const rubric = resolved(id);
    expect(rubric.description).not.toMatch(/\n|placeholder/i);
    expect(rubric.sources.length).toBeGreaterThan(0);
    for (const s of rubric.sources) {
      expect(s.ref, `source ${s.id}`).toMatch(/^shared\/(seeds\/\d{3}_[0-9a-f]{16}\.txt|research\/[a-z]+\.md §\d)/);
    }
    const sourceIds = new Set(rubric.sources.map((s) => s.id));
    expect(rubric.criteria.length).toBeGreaterThan(0);
    for (const c of rubric.criteria) {
      expect(sourceIds.has(c.source), `criterion ${c.id} names source ${c.source}`).toBe(true);
      expect(c.weight, `criterion ${c.id} weight`).toBeGreaterThan(0);
    }
    expect(rubric.criteria.some((c) => c.required), 'at least one knock-out criterion').toBe(true);
  });

  it('has a readable test file with a ready, a nearly and a not-ready case', () => {
    expect(error).toBeNull();
    const verdicts = new Set(cases.map((c) => c.expect.verdict));
    expect([...verdicts].sort()).toEqual(expect.arrayContaining(['nearly', 'not-ready', 'ready']));
  });

  it('says why in every not-ready case: a knock-out criterion, or a score too far below the pass score', () => {
    const rubric = resolved(id);
    const required = new Set(rubric.criteria.filter((c) => c.required).map((c) => c.id));
    for (const c of cases.filter((k) => k.expect.verdict === 'not-ready')) {
      const knockOut = Object.entries(c.expect.criteria ?? {}).some(([k, s]) => required.has(k) && (s === 'missing' || s === 'partial'));
      const lowScore = c.expect.scoreBelow !== undefined && c.expect.scoreBelow <= rubric.passScore - rubric.nearlyMargin;
      expect(knockOut || lowScore, `case "${c.name}" should expect a required criterion to be missing or partial`).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))(`${id}: %s`, (_name, c) => {
    const [result] = runRubricTests(resolved(id), vocab, [c]);
    expect(result!.failures).toEqual([]);
  });
});
