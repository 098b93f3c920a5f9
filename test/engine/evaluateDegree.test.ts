import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Degree } from '../../src/profile/profile.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const bachelorCs: Criterion = { id: 'degree', title: 'BSc', kind: 'degree', weight: 1, source: 's', minLevel: 'bachelor', fields: ['computer-science', 'engineering'] };
const run = (degrees: Degree[] | null, c: Criterion = bachelorCs, positions = [] as ReturnType<typeof aPosition>[]) =>
  assess(aProfile({ degrees, positions }), aRubric([c]), { asOf: day('2026-01-01'), vocabulary: vocab });

describe('degree criteria', () => {
  it.each([
    ['a bachelor in the field', aDegree(), 'met', 1],
    ['a master in the field (higher counts)', aDegree({ level: 'master' }), 'met', 1],
    ['a bachelor in another field', aDegree({ fields: ['business'] }), 'partial', 0.5],
    ['an associate degree in the field (one level below)', aDegree({ level: 'associate' }), 'partial', 0.25],
    ['a secondary diploma', aDegree({ level: 'secondary', fields: [] }), 'missing', 0],
    ['a bachelor still in progress', aDegree({ started: day('2023-09-01'), completed: null }), 'partial', 0.5],
    ['a bachelor finishing after the as-of date', aDegree({ completed: day('2026-06-30') }), 'partial', 0.5],
  ] as const)('%s: %s', (_name, degree, status, score) => {
    expect(run([degree]).criteria[0]).toMatchObject({ status, score });
  });

  it('takes a degree with a start long ago and no end date as held', () => {
    expect(run([aDegree({ started: day('2005-09-01'), completed: null })]).criteria[0]!.status).toBe('met');
  });

  it('accepts equivalent experience where the rubric allows it', () => {
    const c = { ...bachelorCs, equivalentExperience: { years: 4, roles: ['engineering'] } } as Criterion;
    const r = run([], c, [aPosition({ from: '2020-01-01', to: '2025-12-31', families: ['engineering'] })]);
    expect(r.criteria[0]).toMatchObject({ status: 'met', actual: { equivalentExperienceYears: 6 } });
  });

  it('is unknown without an education section, missing with an empty one', () => {
    expect(run(null).criteria[0]!.status).toBe('unknown');
    expect(run([]).criteria[0]).toMatchObject({ status: 'missing', gap: "no bachelor's degree in computer science or engineering found" });
  });
});

describe('a degree whose level the résumé does not give', () => {
  it('leaves the criterion unknown, quoting the entry and asking which degree it is', () => {
    const vague = aDegree({ level: null, fields: ['computer-science'], evidence: { path: '/education/0', text: 'Computer Science, MIT' } });
    const a = run([vague]);
    expect(a.criteria[0]).toMatchObject({ status: 'unknown', gap: 'education[0] does not say which degree it is', evidence: [vague.evidence] });
    expect(a.actions[0]).toMatchObject({ type: 'clarify', action: expect.stringMatching(/^Say which degree education\[0\] is/) });
  });

  it('does not stand in the way of another degree that meets the criterion', () => {
    expect(run([aDegree({ level: null }), aDegree()]).criteria[0]!.status).toBe('met');
  });
});
