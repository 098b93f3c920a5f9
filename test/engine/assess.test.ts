import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import { assessmentSchema } from '../../src/engine/assessment.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const asOf = day('2026-01-01');

/** A small deterministic generator, so the property tests are the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('assess: the score is the weighted sum of the criteria', () => {
  it('equals 100 × Σ weight·score / Σ weight to rounding, lies in 0..100, and validates against the report schema (300 random cases, every kind)', () => {
    const random = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const maybe = <T>(value: T): T | null => (random() < 0.25 ? null : value);
    const kinds: (() => Omit<Criterion, 'id' | 'title' | 'weight' | 'source' | 'required'>)[] = [
      () => ({ kind: 'degree', minLevel: pick(['associate', 'bachelor', 'master'] as const), fields: ['computer-science'] }),
      () => ({ kind: 'experience', minYears: 1 + Math.floor(random() * 10), roles: ['project-management'] }),
      () => ({ kind: 'certification', anyOf: ['pmi-pmp', 'sa-csm'] }),
      () => ({ kind: 'customer-facing', minYears: Math.floor(random() * 4), roles: ['project-management'] }),
      () => ({ kind: 'tools', anyOf: ['jira', 'ms-project', 'confluence'], min: 1 + Math.floor(random() * 3) }),
      () => ({ kind: 'leadership', minTeamSize: 1 + Math.floor(random() * 20) }),
      () => ({ kind: 'budget', minAmount: 1e5 + Math.floor(random() * 1e6) }),
      () => ({ kind: 'remote' }),
    ];
    for (let n = 0; n < 300; n++) {
      const criteria = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({
        id: `c${i}`,
        title: `c ${i}`,
        weight: 0.5 + Math.floor(random() * 60) / 2,
        required: random() < 0.3,
        source: 's',
        ...pick(kinds)(),
      })) as Criterion[];
      const years = Math.floor(random() * 12);
      const profile = aProfile({
        positions: maybe(years ? [aPosition({ from: `${2026 - years}-01-01`, to: '2025-12-31', engagement: pick(['external', 'internal', 'unclear'] as const) })] : []),
        degrees: maybe(random() < 0.5 ? [aDegree({ level: pick(['associate', 'bachelor', 'master'] as const) })] : []),
        credentials: maybe(random() < 0.5 ? [{ id: 'pmi-pmp', earned: day(`${2015 + Math.floor(random() * 11)}-06-01`), evidence: { path: '/c', text: 'PMP' } }] : []),
        terms: maybe(new Map(random() < 0.5 ? [['jira', [{ path: '/s', text: 'Jira' }]]] : [])),
        teamSize: random() < 0.5 ? { size: 1 + Math.floor(random() * 30), evidence: { path: '/t', text: 'team' } } : null,
        budget: random() < 0.5 ? { amount: Math.floor(random() * 2e6), evidence: { path: '/b', text: 'budget' } } : null,
        remote: maybe(random() < 0.5 ? [{ path: '/r', text: 'remote' }] : []),
      });
      const a = assess(profile, aRubric(criteria), { asOf, vocabulary: vocab });
      const total = criteria.reduce((s, c) => s + c.weight, 0);
      const expected = (100 * a.criteria.reduce((s, c) => s + c.weight * c.score, 0)) / total;
      // The score rounds to 0.1 (±0.05) and each criterion's reported score to 0.001 (±0.05 in all).
      expect(Math.abs(a.score - expected)).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.score).toBeLessThanOrEqual(100);
      expect(a.scoreRange.min).toBe(a.score);
      expect(a.scoreRange.max).toBeGreaterThanOrEqual(a.score);
      expect(assessmentSchema.safeParse(a).error).toBeUndefined();
      for (const c of a.criteria) expect(c.status === 'met').toBe(c.score === 1);
      // Every step gains score, except confirming what is already counted (a credential's currency).
      for (const action of a.actions) {
        const met = a.criteria.find((c) => c.id === action.criterion)!.status === 'met';
        if (met) expect(action).toMatchObject({ scoreGain: 0, type: 'clarify', verdictAfter: a.verdict });
        else expect(action.scoreGain).toBeGreaterThan(0);
      }
    }
  });

  it('gives the range an unknown criterion leaves open', () => {
    const criteria: Criterion[] = [
      { id: 'xp', title: 'xp', kind: 'experience', weight: 60, source: 's', minYears: 1, roles: ['project-management'] },
      { id: 'deg', title: 'deg', kind: 'degree', weight: 40, source: 's', minLevel: 'bachelor' },
    ];
    const a = assess(aProfile({ degrees: null, positions: [aPosition({ from: '2020-01-01' })] }), aRubric(criteria), { asOf, vocabulary: vocab });
    expect(a.criteria.map((c) => c.status)).toEqual(['met', 'unknown']);
    expect(a.scoreRange).toEqual({ min: 60, max: 100 });
  });

  it('ranks the roadmap by score gained per month of effort, and says which action makes the verdict ready', () => {
    const criteria: Criterion[] = [
      { id: 'slow', title: 'slow', kind: 'experience', weight: 50, source: 's', minYears: 10, roles: ['project-management'] },
      { id: 'fast', title: 'fast', kind: 'certification', weight: 20, source: 's', anyOf: ['sa-csm'] },
      { id: 'have', title: 'have', kind: 'experience', weight: 30, source: 's', minYears: 1, roles: ['project-management'] },
    ];
    const profile = aProfile({ positions: [aPosition({ from: '2021-01-01', to: '2025-12-31' })] });
    const a = assess(profile, aRubric(criteria), { asOf, vocabulary: vocab });
    expect(a.actions.map((x) => x.criterion)).toEqual(['fast', 'slow']);
    expect(a.score).toBe(55);
    expect(a.verdict).toBe('nearly');
    expect(a.actions[0]).toMatchObject({ scoreGain: 20, effortMonths: 1, verdictAfter: 'ready' });
    expect(a.actions[1]).toMatchObject({ scoreGain: 25, verdictAfter: 'ready' });
  });


  it('quotes each piece of evidence once per criterion', () => {
    const said = { path: '/work/0', text: 'Delivery Manager, Acme' };
    const cf: Criterion = { id: 'cf', title: 'cf', kind: 'customer-facing', weight: 1, source: 's' };
    const profile = aProfile({ positions: [aPosition({ engagement: 'external', evidence: said, engagementEvidence: said })] });
    expect(assess(profile, aRubric([cf]), { asOf, vocabulary: vocab }).criteria[0]!.evidence).toEqual([said]);
  });
});

describe('the experience summary', () => {
  it('gives years per role family and per domain, concurrent jobs counted once', () => {
    const positions = [
      aPosition({ from: '2020-01-01', to: '2021-12-31', families: ['project-management'], domains: ['cloud'] }),
      aPosition({ from: '2021-01-01', to: '2022-12-31', families: ['project-management', 'engineering'], domains: ['cloud', 'networking'] }),
    ];
    const a = assess(aProfile({ positions }), aRubric([{ id: 'x', title: 'x', kind: 'remote', weight: 1, source: 's' }]), { asOf, vocabulary: vocab });
    expect(a.experience).toEqual({ total: 3, roles: { engineering: 2, 'project-management': 3 }, inferred: {}, domains: { cloud: 3, networking: 2 }, gaps: [] });
  });

  // Issue 10: the summary says all of it: the total, the gaps, and what only duties showed.
  it('gives the total, breaks of more than six months between jobs, and the years inferred from duties alone', () => {
    const duty = { family: 'project-management', evidence: { path: '/work/2/highlights/0', text: 'ran the PMO' } };
    const positions = [
      aPosition({ from: '2010-01-01', to: '2012-12-31' }),
      aPosition({ from: '2013-04-01', to: '2014-12-31', families: ['engineering'] }), // a 3-month break: not a gap
      aPosition({ from: '2016-01-01', to: '2017-12-31', families: ['it-management'], inferred: [duty] }), // a 12-month gap before it
    ];
    const a = assess(aProfile({ positions }), aRubric([{ id: 'x', title: 'x', kind: 'remote', weight: 1, source: 's' }]), { asOf, vocabulary: vocab });
    expect(a.experience).toMatchObject({ total: 6.8, inferred: { 'project-management': 2 }, gaps: [{ from: '2015-01-01', to: '2015-12-31', months: 12 }] });
    expect(a.experience!.roles['project-management']).toBe(3);
  });

  it('is null without a work history', () => {
    expect(assess(aProfile({ positions: null }), aRubric([{ id: 'x', title: 'x', kind: 'remote', weight: 1, source: 's' }]), { asOf, vocabulary: vocab }).experience).toBeNull();
  });
});
