import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import { coveredDays, unionOf, type Interval } from '../../src/profile/intervals.js';
import type { CandidateProfile, Position } from '../../src/profile/profile.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aPosition, aProfile, day } from '../support/builders.js';

// Seeded and bounded, so CI is fast and a failure can be replayed.
const RUNS = { seed: 20261202, numRuns: 150 };
const vocab = vocabulary();
const catalog = new RubricCatalog(vocab);
const rubrics = ['tpm', 'infra-tpm', 'tpm-entry', 'tpm-senior', 'agile-pm', 'scrum-master', 'devops-pm', 'remote-pm'].map((id) => {
  const r = catalog.byId(id);
  if (!r.ok) throw new Error(id);
  return r.value;
});
const AS_OF = day('2026-11-01');
const FAMILIES = ['project-management', 'program-management', 'delivery-management', 'scrum-master', 'engineering', 'devops'];
const DOMAINS = ['networking', 'cloud', 'storage', 'security', 'software-development', 'infrastructure'];
const CREDENTIALS = ['pmi-pmp', 'pmi-acp', 'csm', 'psm-i', 'prince2-foundation', 'pmi-capm'].filter((id) => vocab.credentials.has(id));

const position = fc.record({ start: fc.integer({ min: 0, max: 14_000 }), length: fc.integer({ min: 0, max: 4_000 }), families: fc.subarray(FAMILIES, { minLength: 1 }), domains: fc.subarray(DOMAINS), engagement: fc.constantFrom('external', 'internal', 'unclear') as fc.Arbitrary<Position['engagement']> }).map((p) =>
  aPosition({ start: day('1985-01-01') + p.start, end: Math.min(day('1985-01-01') + p.start + p.length, AS_OF), families: p.families, domains: p.domains, engagement: p.engagement }),
);
const profile: fc.Arbitrary<CandidateProfile> = fc
  .record({ positions: fc.array(position, { maxLength: 8 }), credentials: fc.subarray(CREDENTIALS) })
  .map(({ positions, credentials }) => aProfile({ positions, credentials: credentials.map((id) => ({ id, earned: null, evidence: { path: '/certificates/0', text: id } })) }));
const rubric = fc.constantFrom(...rubrics);

describe('the engine, for any profile and embedded rubric', () => {
  it('scores in 0..100, as the weighted sum of the criteria, the same on every run', () => {
    fc.assert(
      fc.property(profile, rubric, (p, r) => {
        const a = assess(p, r, { asOf: AS_OF, vocabulary: vocab });
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
        const total = a.criteria.reduce((s, c) => s + c.weight, 0);
        const sum = (a.criteria.reduce((s, c) => s + c.weight * c.score, 0) / total) * 100;
        expect(Math.abs(a.score - sum)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(JSON.stringify(assess(p, r, { asOf: AS_OF, vocabulary: vocab }))).toBe(JSON.stringify(a));
      }),
      RUNS,
    );
  });

  it('never scores lower when a credential is added', () => {
    fc.assert(
      fc.property(profile, rubric, fc.constantFrom(...CREDENTIALS), (p, r, id) => {
        const more = { ...p, credentials: [...(p.credentials ?? []).filter((c) => c.id !== id), { id, earned: null, evidence: { path: '/certificates/9', text: id } }] };
        expect(assess(more, r, { asOf: AS_OF, vocabulary: vocab }).score).toBeGreaterThanOrEqual(assess(p, r, { asOf: AS_OF, vocabulary: vocab }).score);
      }),
      RUNS,
    );
  });

  it('never scores lower when a year of relevant experience is added', () => {
    fc.assert(
      fc.property(profile, rubric, fc.subarray(DOMAINS), (p, r, domains) => {
        const year = aPosition({ start: AS_OF - 365, end: AS_OF, families: ['project-management', 'program-management', 'delivery-management'], domains, engagement: 'unclear' });
        const more = { ...p, positions: [...(p.positions ?? []), year] };
        expect(assess(more, r, { asOf: AS_OF, vocabulary: vocab }).score).toBeGreaterThanOrEqual(assess(p, r, { asOf: AS_OF, vocabulary: vocab }).score);
      }),
      RUNS,
    );
  });
});

describe('the union of intervals', () => {
  const interval = fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 3_000 })).map(([start, length]): Interval => ({ start, end: start + length }));
  it('never covers more than the span, nor more than the sum, and is sorted and disjoint', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 40 }), (list) => {
        const days = coveredDays(list);
        const sum = list.reduce((s, i) => s + i.end - i.start + 1, 0);
        expect(days).toBeLessThanOrEqual(sum);
        if (list.length) expect(days).toBeLessThanOrEqual(Math.max(...list.map((i) => i.end)) - Math.min(...list.map((i) => i.start)) + 1);
        const union = unionOf(list);
        for (let i = 1; i < union.length; i++) expect(union[i]!.start).toBeGreaterThan(union[i - 1]!.end + 1);
      }),
      { ...RUNS, numRuns: 300 },
    );
  });
});
