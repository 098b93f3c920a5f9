import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aPosition, aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const experience: Criterion = { id: 'xp', title: '5+ years', kind: 'experience', weight: 1, source: 's', minYears: 5, roles: ['project-management'] };
const run = (positions: ReturnType<typeof aPosition>[] | null, asOf = '2026-01-01', c: Criterion = experience) =>
  assess(aProfile({ positions }), aRubric([c]), { asOf: day(asOf), vocabulary: vocab }).criteria[0]!;

describe('experience: years in the named roles, overlapping jobs counted once', () => {
  it('meets 5 years with 5 whole years', () => {
    expect(run([aPosition({ from: '2021-01-01', to: '2025-12-31' })])).toMatchObject({ status: 'met', score: 1, actual: 5, gap: null });
  });

  it('counts two concurrent jobs once', () => {
    const r = run([aPosition({ from: '2020-01-01', to: '2022-12-31' }), aPosition({ from: '2021-01-01', to: '2023-12-31' })]);
    expect(r).toMatchObject({ status: 'partial', actual: 4, score: 0.8 });
    expect(r.gap).toBe('1 more years of project management experience needed (has 4 of 5)');
  });

  it('runs an open-ended job to the as-of date, and ignores time after it', () => {
    expect(run([aPosition({ from: '2024-01-01', to: null })], '2026-01-01').actual).toBe(2);
    expect(run([aPosition({ from: '2024-01-01', to: '2030-01-01' })], '2026-01-01').actual).toBe(2);
    expect(run([aPosition({ from: '2027-01-01', to: null })], '2026-01-01')).toMatchObject({ status: 'missing', actual: 0, evidence: [] });
  });

  it('counts only jobs in the named role families, and only in the named domains when asked', () => {
    const jobs = [aPosition({ from: '2016-01-01', to: '2020-12-31', families: ['engineering'] }), aPosition({ from: '2021-01-01', to: '2025-12-31', domains: ['cloud'] })];
    expect(run(jobs).actual).toBe(5);
    expect(run(jobs, '2026-01-01', { ...experience, domains: ['networking'] } as Criterion).actual).toBe(0);
  });

  // Issue 10: project management shown in duties counts, partly by default, and says so.
  describe('jobs whose duties show the role though the title does not', () => {
    const director = aPosition({
      from: '2016-01-01',
      to: '2025-12-31',
      title: 'Director, Information Technology',
      families: ['it-management'],
      inferred: [{ family: 'project-management', evidence: { path: '/work/0/highlights/0', text: 'Managed a $2M data-centre migration' } }],
    });

    it('count at half by default, marked as inferred from duties, with the duty quoted', () => {
      const r = run([director]);
      expect(r).toMatchObject({ status: 'met', actual: 5 });
      expect(r.evidence).toEqual([
        { path: '/work/0', text: expect.stringMatching(/\(project management inferred from duties, counted at 50%\)$/) },
        { path: '/work/0/highlights/0', text: 'Managed a $2M data-centre migration' },
      ]);
    });

    it('count fully, partly or not at all as the criterion says', () => {
      expect(run([director], '2026-01-01', { ...experience, inferredWeight: 1 } as Criterion).actual).toBe(10);
      expect(run([director], '2026-01-01', { ...experience, inferredWeight: 0.25 } as Criterion).actual).toBe(2.5);
      expect(run([director], '2026-01-01', { ...experience, inferredWeight: 0 } as Criterion)).toMatchObject({ actual: 0, evidence: [] });
    });

    it('add only the time no titled job covers: a titled job and an inferred one at once count once', () => {
      const titled = aPosition({ from: '2020-01-01', to: '2025-12-31' });
      expect(run([titled, director]).actual).toBe(6 + 0.5 * 4);
    });

    it('do not count for a family their duties do not show', () => {
      expect(run([director], '2026-01-01', { ...experience, roles: ['scrum-master'] } as Criterion).actual).toBe(0);
    });
  });

  it('says when staying in the current job closes the gap', () => {
    const assessment = assess(aProfile({ positions: [aPosition({ from: '2023-01-01', to: null })] }), aRubric([experience]), { asOf: day('2026-01-01'), vocabulary: vocab });
    expect(assessment.actions[0]!.action).toBe('Stay in your current project management role: you reach 5 years around 2028-01');
  });

  it('is unknown, not missing, when the résumé has no work history', () => {
    expect(run(null)).toMatchObject({ status: 'unknown', score: 0 });
  });
});
