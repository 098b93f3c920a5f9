import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Position } from '../../src/profile/profile.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aPosition, aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const led: Criterion = { id: 'cf', title: 'Led external customer-facing projects', kind: 'customer-facing', weight: 1, source: 's', roles: ['project-management'] };
const run = (positions: Position[] | null, c: Criterion = led) => assess(aProfile({ positions }), aRubric([c]), { asOf: day('2026-01-01'), vocabulary: vocab }).criteria[0]!;

describe('customer-facing delivery (seed 000: external, not internal operational projects)', () => {
  it('is met by one project-management job that led external delivery, with the deciding text as evidence', () => {
    const evidence = { path: '/work/0/highlights/1', text: 'Delivered 3 SOWs for clients' };
    const r = run([aPosition({ engagement: 'external', engagementEvidence: evidence })]);
    expect(r).toMatchObject({ status: 'met', actual: { externalJobs: 1, internalJobs: 0 } });
    expect(r.evidence).toContainEqual(evidence);
  });

  it('is missing when every relevant job was internal, and says so', () => {
    const r = run([aPosition({ engagement: 'internal' })]);
    expect(r).toMatchObject({ status: 'missing', gap: 'no project management job led external customer-facing projects; the job shown says it was internal work' });
  });

  // Issue 10: "internal" only where internal cues were found.
  it('does not credit external work outside the named roles, and does not call it internal', () => {
    const r = run([aPosition({ engagement: 'external', families: ['engineering'] })]);
    expect(r).toMatchObject({ status: 'missing', gap: 'no project management job in the work history, so none shows external customer-facing delivery' });
    expect(r.gap).not.toMatch(/internal/);
  });

  it('reads engagement in a job whose duties show the role (a founder who led client delivery)', () => {
    const founder = aPosition({ engagement: 'external', families: [], title: 'Founder & Managing Director', inferred: [{ family: 'project-management', evidence: { path: '/work/0/highlights/0', text: 'Led delivery of 60+ client engagements' } }] });
    expect(run([founder]).status).toBe('met');
  });

  it('is unknown when the relevant jobs do not say who they delivered for', () => {
    expect(run([aPosition({ engagement: 'unclear' }), aPosition({ engagement: 'internal' })]).status).toBe('unknown');
  });

  it('gives partial credit towards a number of years', () => {
    const c = { ...led, minYears: 4 } as Criterion;
    expect(run([aPosition({ engagement: 'external', from: '2024-01-01', to: '2025-12-31' })], c)).toMatchObject({ status: 'partial', score: 0.5 });
  });
});
