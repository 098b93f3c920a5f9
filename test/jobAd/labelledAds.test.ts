import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobAdToRubric } from '../../src/jobAd/jobAdToRubric.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { ROOT } from '../support/runCli.js';

// Real job ads (fixtures/job-ads/SOURCES.md), labelled by hand by helpers who never saw the
// extractor: 13 before it was written, 8 more committed before it was first run on them. Only the
// ads whose text may be kept are read here. In the kept set no ad asks for a degree or names PMP,
// so the degree and PMP figures measure only that nothing is invented.
interface Label {
  file: string;
  textKept: boolean;
  degree: { level: string | null; required: boolean };
  years: { min: number | null };
  pmp: 'required' | 'preferred' | 'absent';
  customerFacingRequired: boolean;
}
const labels = (JSON.parse(readFileSync(join(ROOT, 'fixtures/job-ads/labels.json'), 'utf8')) as Label[]).filter((l) => l.textKept);

function read(label: Label) {
  const result = jobAdToRubric(readFileSync(join(ROOT, 'fixtures/job-ads', label.file), 'utf8'), label.file, vocabulary());
  const criteria = result.ok ? (parse(result.value) as { criteria: Criterion[] }).criteria : [];
  const degree = criteria.find((c) => c.kind === 'degree') as { minLevel: string; required?: boolean } | undefined;
  const years = criteria.filter((c) => c.kind === 'experience').map((c) => (c as { minYears: number }).minYears);
  const pmp = criteria.find((c) => c.kind === 'certification' && (c as { anyOf?: string[] }).anyOf?.includes('pmi-pmp'));
  return {
    degree: { level: degree?.minLevel ?? null, required: degree?.required === true },
    years: years.length ? Math.min(...years) : null,
    pmp: pmp ? (pmp.required ? 'required' : 'preferred') : 'absent',
    customerFacingRequired: criteria.some((c) => c.kind === 'customer-facing' && c.required === true),
    customerFacing: criteria.some((c) => c.kind === 'customer-facing'),
  };
}

describe('rubrics from-job on real, hand-labelled job ads', () => {
  const rows = labels.map((label) => ({ label, got: read(label) }));
  const agreement = (same: (r: (typeof rows)[number]) => boolean) => rows.filter(same).length / rows.length;
  const figures = {
    degree: agreement(({ label, got }) => label.degree.level === got.degree.level && (label.degree.level === null || label.degree.required === got.degree.required)),
    years: agreement(({ label, got }) => label.years.min === got.years),
    pmp: agreement(({ label, got }) => label.pmp === got.pmp),
    customerFacing: agreement(({ label, got }) => label.customerFacingRequired === got.customerFacingRequired),
  };

  it('reads every kept ad', () => expect(labels.length).toBeGreaterThanOrEqual(21));
  // Floors just under the figures measured on 21 ads (degree 21/21, years 21/21, PMP 21/21,
  // customer-facing 19/21; see the commit); they may only rise.
  it.each(Object.entries({ degree: 0.95, years: 0.95, pmp: 0.95, customerFacing: 0.85 }))('agrees with the labels on %s at least %s', (field, floor) => {
    expect(figures[field as keyof typeof figures], JSON.stringify(rows.map((r) => ({ file: r.label.file, got: r.got })))).toBeGreaterThanOrEqual(floor);
  });
});

// A third blind labelling of customer-facing delivery at any strength, with its definition in
// SOURCES.md; it counts work for partner agencies, which labels.json does not, so it is a
// second opinion, not the one the cues follow. Floors just under what was measured on
// 2026-12-04 (required 14/21, any customer-facing criterion 9/21); they may only rise.
describe('rubrics from-job against the third customer-facing labelling', () => {
  const third = JSON.parse(readFileSync(join(ROOT, 'fixtures/job-ads/customer-facing-labels.json'), 'utf8')) as { file: string; label: 'required' | 'asked' | 'no'; evidence: string }[];
  const byFile = new Map(labels.map((l) => [l.file, l]));
  const rows = third.map((t) => ({ t, got: read(byFile.get(t.file)!) }));

  it('labels every kept ad once, each call but "no" with a quote from its ad', () => {
    expect(third.map((t) => t.file).sort()).toEqual(labels.map((l) => l.file).sort());
    for (const t of third) if (t.label !== 'no') expect(readFileSync(join(ROOT, 'fixtures/job-ads', t.file), 'utf8').replace(/\s+/g, ' ')).toContain(t.evidence.replace(/\s+/g, ' '));
  });

  it.each([
    ['required', (r: (typeof rows)[number]) => (r.t.label === 'required') === r.got.customerFacingRequired, 14 / 21],
    ['any customer-facing criterion', (r: (typeof rows)[number]) => (r.t.label !== 'no') === r.got.customerFacing, 9 / 21],
  ] as const)('agrees on %s at least as often as measured', (_what, same, floor) => {
    expect(rows.filter(same).length / rows.length).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
