import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import { pmpEligibility } from '../../src/engine/pmpEligibility.js';
import type { Credential } from '../../src/profile/profile.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const pmp: Criterion = { id: 'pmp', title: 'PMP', kind: 'certification', weight: 1, source: 's', anyOf: ['pmi-pmp'] };
const cred = (id: string, earned: string | null): Credential => ({ id, earned: earned ? day(earned) : null, evidence: { path: '/certificates/0/name', text: id } });
const run = (credentials: Credential[] | null, c: Criterion = pmp, asOf = '2026-01-01') =>
  assess(aProfile({ credentials }), aRubric([c]), { asOf: day(asOf), vocabulary: vocab });

describe('certification criteria', () => {
  it('meets a current credential and quotes where it was found', () => {
    const a = run([cred('pmi-pmp', '2024-05-01')]);
    expect(a.criteria[0]).toMatchObject({ status: 'met', actual: [{ id: 'pmi-pmp', earned: '2024-05-01', expires: null, renewalDue: '2027-05-01', current: true, currency: 'current' }], evidence: [{ path: '/certificates/0/name' }] });
    expect(a.actions).toEqual([]);
  });

  // Issue 10: holders write the pass date and renew by PDUs; an old date is not a lapse.
  it('holds a credential past its first renewal cycle when no expiry is stated, and asks to confirm it is current', () => {
    const a = run([cred('pmi-pmp', '2009-11-14')]);
    expect(a.criteria[0]).toMatchObject({ status: 'met', score: 1, gap: null, actual: [{ id: 'pmi-pmp', current: true, currency: 'unverified', expires: null }] });
    expect(a.actions).toEqual([expect.objectContaining({ criterion: 'pmp', type: 'clarify', scoreGain: 0, action: expect.stringMatching(/^Confirm the Project Management Professional \(PMP\) is current \(in the PMI certification registry\)/) })]);
    expect(run([cred('pmi-pmp', null)]).actions[0]!.type).toBe('clarify');
  });

  it('gives half credit to a credential whose stated expiry has passed, and says when and where', () => {
    const r = run([{ ...cred('pmi-pmp', '2017-02-10'), expires: day('2020-12-31') }]);
    expect(r.criteria[0]).toMatchObject({ status: 'partial', score: 0.5, actual: [{ currency: 'lapsed', current: false, expires: '2020-12-31' }], gap: 'Project Management Professional (PMP) expired on 2020-12-31 ("pmi-pmp" at /certificates/0/name)' });
    expect(r.actions[0]).toMatchObject({ action: 'Renew the Project Management Professional (PMP), or correct the résumé if it is current', type: 'develop' });
  });

  it('gives half credit to a credential stated as lapsed with no date', () => {
    expect(run([{ ...cred('sa-csm', '2013-01-01'), lapsed: true }], { ...pmp, anyOf: ['sa-csm'] } as Criterion).criteria[0]).toMatchObject({ status: 'partial', gap: expect.stringMatching(/is stated as lapsed/) });
  });

  it('is current when a stated expiry is still ahead, and needs no confirming', () => {
    const a = run([{ ...cred('pmi-pmp', '2012-01-01'), expires: day('2027-03-31') }]);
    expect(a.criteria[0]).toMatchObject({ status: 'met', actual: [{ currency: 'current', expires: '2027-03-31' }] });
    expect(a.actions).toEqual([]);
  });

  it('ignores currency when the criterion does not ask for it (current: false)', () => {
    const a = run([{ ...cred('pmi-pmp', '2009-01-01'), lapsed: true }], { ...pmp, current: false } as Criterion);
    expect(a.criteria[0]).toMatchObject({ status: 'met', score: 1 });
    expect(a.actions).toEqual([]);
  });

  it('does not expire a credential with no expiry, nor one whose date is unknown', () => {
    const psm: Criterion = { ...pmp, anyOf: ['so-psm'] } as Criterion;
    expect(run([cred('so-psm', '2010-01-01')], psm).criteria[0]!.status).toBe('met');
    expect(run([cred('pmi-pmp', null)]).criteria[0]!.status).toBe('met');
  });

  it('does not count a credential dated after the as-of date', () => {
    expect(run([cred('pmi-pmp', '2027-01-01')]).criteria[0]!.status).toBe('missing');
  });

  it('gives proportional credit for allOf', () => {
    const both: Criterion = { id: 'both', title: 'both', kind: 'certification', weight: 1, source: 's', allOf: ['pmi-pmp', 'sa-csm'] };
    expect(run([cred('sa-csm', '2025-06-01')], both).criteria[0]).toMatchObject({ status: 'partial', score: 0.5, gap: 'missing Project Management Professional (PMP)' });
  });

  it('is unknown when the résumé has no certificates section, and says how to resolve it', () => {
    const a = run(null);
    expect(a.criteria[0]).toMatchObject({ status: 'unknown', gap: 'no certificates given' });
    expect(a.actions[0]!.action).toMatch(/^If you hold Project Management Professional \(PMP\), list it under certificates/);
  });
});

describe('PMP eligibility (36 months with a degree, 60 without, in the last 8 years, plus 35 hours or CAPM)', () => {
  const asOf = day('2026-01-01');
  it('is met with a degree, 36 months leading projects and the CAPM', () => {
    const e = pmpEligibility(aProfile({ degrees: [aDegree()], positions: [aPosition({ from: '2023-01-01', to: '2025-12-31' })], credentials: [cred('pmi-capm', '2022-01-01')] }), asOf);
    expect(e.eligible).toBe(true);
    expect(e.rules[1]).toBe('36 months shown (met)');
  });

  it('needs 60 months without a four-year degree', () => {
    const e = pmpEligibility(aProfile({ degrees: [aDegree({ level: 'associate' })], positions: [aPosition({ from: '2021-01-01', to: null })], trainingHours: { hours: 35, evidence: { path: '/x', text: '35 hours' } } }), asOf);
    expect(e.eligible).toBe(true);
    expect(e.rules[0]).toMatch(/^a secondary or associate tier education: 60 months/);
  });

  it('counts only the last 8 years, overlapping projects once, and says when staying closes the gap', () => {
    const e = pmpEligibility(
      aProfile({ degrees: [aDegree()], positions: [aPosition({ from: '2010-01-01', to: '2018-12-31' }), aPosition({ from: '2025-01-01', to: null }), aPosition({ from: '2025-06-01', to: null })] }),
      asOf,
    );
    expect(e.eligible).toBe(false);
    // 2018 (12 months) and 2025 (12) are in the window. A year on, 2018 has slid out as 2026
    // comes in: still 24. Two years on, 2025-2027 make 36.
    expect(e.rules[1]).toBe('24 months shown, 12 to go (met around 2028-01 if you stay in your current role)');
    expect(e.rules[2]).toMatch(/35 contact hours of project-management education, or the CAPM: not shown/);
  });

  it('tells a ready candidate to take the exam', () => {
    const profile = aProfile({ degrees: [aDegree()], positions: [aPosition({ from: '2020-01-01', to: null })], credentials: [cred('pmi-capm', '2021-01-01')] });
    const a = assess(profile, aRubric([pmp]), { asOf, vocabulary: vocab });
    expect(a.actions[0]!.action).toMatch(/^Take the PMP exam: you meet its eligibility rules today/);
  });

  it('states both thresholds when a degree\'s level is not given', () => {
    const e = pmpEligibility(aProfile({ degrees: [aDegree({ level: null })], positions: [aPosition({ from: '2022-01-01', to: null })], trainingHours: { hours: 40, evidence: { path: '/x', text: '40 hours' } } }), asOf);
    expect(e.rules[0]).toBe('a degree of unknown level (60 months if it is not a four-year degree): 36 months leading projects in the last 8 years needed');
    expect(e.eligible).toBe(true);
  });
});
