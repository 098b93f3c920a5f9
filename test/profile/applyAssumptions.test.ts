import { describe, expect, it } from 'vitest';
import { applyAssumptions } from '../../src/profile/applyAssumptions.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aProfile, day } from '../support/builders.js';

const vocab = vocabulary();
const asOf = day('2026-01-01');

describe('applyAssumptions (--assume)', () => {
  it('adds credentials by id or by the name people use, dated at the as-of date', () => {
    const r = applyAssumptions(aProfile(), ['pmi-pmp', 'csm'], asOf, vocab);
    expect(r.applied).toEqual(['pmi-pmp', 'sa-csm']);
    expect(r.profile.credentials!.map((c) => [c.id, c.earned])).toEqual([
      ['pmi-pmp', asOf],
      ['sa-csm', asOf],
    ]);
  });

  it('adds a degree level and terms', () => {
    const r = applyAssumptions(aProfile(), ['master', 'scrum'], asOf, vocab);
    expect(r.applied).toEqual(['master degree', 'scrum']);
    expect(r.profile.degrees![0]).toMatchObject({ level: 'master', completed: asOf });
    expect(r.profile.terms!.get('scrum')![0]).toEqual({ path: '--assume', text: 'assumed: scrum' });
  });

  it('reports what it cannot read and leaves the original profile unchanged', () => {
    const original = aProfile({ credentials: null });
    const r = applyAssumptions(original, ['wizardry'], asOf, vocab);
    expect(r.unknown).toEqual(['wizardry']);
    expect(original.credentials).toBeNull();
  });
});
