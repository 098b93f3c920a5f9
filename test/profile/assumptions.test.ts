import { describe, expect, it } from 'vitest';
import { applyAssumptions, readAssumptions, unknownAssumptions } from '../../src/profile/assumptions.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aProfile, day } from '../support/builders.js';

const vocab = vocabulary();
const asOf = day('2026-01-01');

describe('--assume: what-if assumptions', () => {
  it('reads credentials by id or by the name people use, degree levels and terms', () => {
    const { assumptions, unknown } = readAssumptions(['pmi-pmp', 'csm', 'master', 'scrum'], vocab);
    expect(unknown).toEqual([]);
    expect(assumptions.map((a) => a.label)).toEqual(['pmi-pmp', 'sa-csm', 'master degree', 'scrum']);
  });

  it('reports what it cannot read', () => {
    expect(readAssumptions(['wizardry'], vocab)).toEqual({ assumptions: [], unknown: ['wizardry'] });
  });

  it('says of each unknown value what it is not, with the nearest known one when one is close', () => {
    const problems = unknownAssumptions(['pmpp', 'scrm', 'wizardry-of-the-highest-order'], vocab);
    expect(problems.map((p) => p.code)).toEqual(['assume-unknown', 'assume-unknown', 'assume-unknown']);
    expect(problems[0]!.message).toBe('--assume pmpp: not a known credential, term or degree (did you mean pmp?)');
    expect(problems[1]!.message).toMatch(/did you mean scrum\?/);
    expect(problems[2]!.message).not.toMatch(/did you mean/);
    expect(problems[2]!.hint).toMatch(/pmi-pmp/);
  });

  it('adds what was assumed, dated at the as-of date, to a copy of the profile', () => {
    const original = aProfile({ credentials: null });
    const { assumptions } = readAssumptions(['pmp', 'master', 'scrum'], vocab);
    const next = applyAssumptions(original, assumptions, asOf);
    expect(next.credentials).toEqual([{ id: 'pmi-pmp', earned: asOf, evidence: { path: '--assume', text: 'assumed: pmp' } }]);
    expect(next.degrees![0]).toMatchObject({ level: 'master', completed: asOf });
    expect(next.terms!.get('scrum')![0]).toEqual({ path: '--assume', text: 'assumed: scrum' });
    expect(original.credentials).toBeNull();
  });

  it('returns the profile itself when nothing is assumed', () => {
    const p = aProfile();
    expect(applyAssumptions(p, [], asOf)).toBe(p);
  });
});

describe('--assume leaves what it does not name alone', () => {
  it('keeps unknown sections unknown', () => {
    const { assumptions } = readAssumptions(['pmp'], vocab);
    const next = applyAssumptions(aProfile({ degrees: null, terms: null, credentials: null }), assumptions, asOf);
    expect(next.degrees).toBeNull();
    expect(next.terms).toBeNull();
    expect(next.credentials!.map((c) => c.id)).toEqual(['pmi-pmp']);
  });
});
