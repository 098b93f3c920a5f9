import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobAdToRubric } from '../../src/jobAd/jobAdToRubric.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { readRubricFile } from '../../src/rubric/readRubricFile.js';
import type { Criterion, Rubric } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { ROOT, runCli } from '../support/runCli.js';
import { scratchFile } from '../support/scratch.js';

const vocab = vocabulary();
const fixture = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const baseOf = (id: string) => {
  const r = new RubricCatalog(vocab).byId(id);
  if (!r.ok) throw new Error(id);
  return r.value;
};
function written(text: string, base?: Rubric): string {
  const r = jobAdToRubric(text, 'ad.txt', vocab, base);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
/** The rubric file resolved as `rubrics validate` and `assess --rubric` resolve it. */
function resolved(yaml: string): Rubric {
  const { rubric, problems } = readRubricFile(yaml, 'ad.yaml');
  expect(problems).toEqual([]);
  const r = new RubricCatalog(vocab).add(rubric!);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
/** What the schema takes a missing optional key to mean: an override writes these to clear an inherited value. */
const DEFAULTS: Record<string, unknown> = { required: false, min: 1, current: true };
/** What a criterion scores by: its id, the base's notes and effort estimates set aside, defaults as if left out. */
const scoring = (c: Criterion) => {
  const { id: _id, note: _note, effortMonths: _effort, ...rest } = c as Criterion & Record<string, unknown>;
  for (const [k, v] of Object.entries(DEFAULTS)) if (rest[k] === v) delete rest[k];
  return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))));
};

const CASES = [
  { ad: 'fixtures/seeds/002_3e7db64e685fddf1.txt', base: 'tpm' },
  { ad: 'fixtures/seeds/000_cd3beb940cc46cbc.txt', base: 'infra-tpm' },
  { ad: 'fixtures/seeds/000_cd3beb940cc46cbc.txt', base: 'tpm' },
  { ad: 'fixtures/jsonresume/schema/sample.job.json', base: 'tpm' },
  { ad: 'fixtures/seeds/002_3e7db64e685fddf1.txt', base: 'agile-pm' },
];

describe('rubrics from-job --extends', () => {
  it.each(CASES)('$ad over $base resolves to the criteria of the full extraction, in the base’s order where they match', ({ ad, base }) => {
    const full = (parse(written(fixture(ad))) as { criteria: Criterion[] }).criteria;
    const text = written(fixture(ad), baseOf(base));
    const file = parse(text) as { extends: string; override?: Record<string, unknown>; remove?: string[]; criteria?: Criterion[] };
    expect(file.extends).toBe(base);
    const r = resolved(text);
    expect(r.criteria.map(scoring).sort()).toEqual(full.map(scoring).sort());
    expect(r.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    // Overridden criteria keep the base's ids and relative order.
    const baseIds = baseOf(base).criteria.map((c) => c.id);
    const overridden = Object.keys(file.override ?? {});
    expect(overridden.every((id) => baseIds.includes(id))).toBe(true);
    expect(overridden).toEqual(baseIds.filter((id) => overridden.includes(id)));
    expect(r.criteria.slice(0, overridden.length).map((c) => c.id)).toEqual(overridden);
  });

  it('writes only what differs: an inherited threshold the ad repeats is not written again', () => {
    const text = written(fixture('fixtures/seeds/002_3e7db64e685fddf1.txt'), baseOf('tpm'));
    const file = parse(text) as { override: Record<string, Record<string, unknown>>; remove: string[]; criteria?: unknown[] };
    // Seed 002 is what tpm was written from: the same 5 years, bachelor and fields, PMP.
    expect(file.override['pm-experience']).toEqual({ weight: 33, source: 'ad-line-38' });
    expect(Object.keys(file.override.degree!)).not.toContain('minLevel');
    expect(Object.keys(file.override.pmp!)).not.toContain('anyOf');
    expect(file.remove).toEqual(['technical-domains']);
    expect(file.criteria).toBeUndefined();
    expect(text).toContain('# ad.txt:38: 5+ years of project management experience\n  pm-experience:');
  });

  it('adds what the base lacks, removes what the ad does not ask, and clears an inherited knock-out', () => {
    const ad = 'Project Manager\nRequirements\n- 3+ years of project management\n- Scrum Master certification (CSM) required\n- Experience with Jira';
    const text = written(ad, baseOf('tpm'));
    const file = parse(text) as { override: Record<string, Record<string, unknown>>; remove: string[]; criteria: Criterion[] };
    expect(file.override['pm-experience']).toMatchObject({ minYears: 3 });
    expect(resolved(text).criteria.find((c) => c.id === 'pm-experience')).toMatchObject({ minYears: 3, required: true });
    expect(file.remove).toEqual(expect.arrayContaining(['degree', 'technical-domains']));
    expect(file.criteria.map((c) => c.kind)).toContain('certification');
    const full = (parse(written(ad)) as { criteria: Criterion[] }).criteria;
    expect(resolved(text).criteria.map(scoring).sort()).toEqual(full.map(scoring).sort());
    const preferred = written('Project Manager\nPreferred\n- A bachelor’s degree in computer science', baseOf('tpm'));
    expect((parse(preferred) as { override: Record<string, Record<string, unknown>> }).override.degree).toMatchObject({ required: false });
  });
});

describe('tpm-assess rubrics from-job --extends (the built binary)', () => {
  it('writes a file that rubrics validate accepts and assess scores', () => {
    const out = scratchFile('from-job-extends.yaml');
    const r = runCli(['rubrics', 'from-job', 'fixtures/seeds/000_cd3beb940cc46cbc.txt', '--extends', 'infra-tpm', '--output', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const v = runCli(['rubrics', 'validate', out]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const scored = runCli(['assess', 'fixtures/resumes/marco-internal-it.json', '--rubric', out, '--format', 'json', '--as-of', '2026-11-01']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).criteria.map((c: { id: string }) => c.id)).toContain('infra-pm-experience');
  });
  it.each([
    ['an unknown rubric', 'tmp', /--extends: unknown rubric "tmp".*did you mean tpm/],
    ['a ladder', 'tpm-ladder', /--extends tpm-ladder: a ladder or one of its levels cannot be extended/],
    ['a ladder level', 'tpm-senior', /--extends tpm-senior: a ladder or one of its levels/],
  ])('refuses %s with exit 2', (_what, id, message) => {
    const r = runCli(['rubrics', 'from-job', 'fixtures/seeds/002_3e7db64e685fddf1.txt', '--extends', id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
