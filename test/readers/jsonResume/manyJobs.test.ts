import { describe, expect, it } from 'vitest';
import { documentToProfile } from '../../../src/readers/jsonResume/readResume.js';
import { assess } from '../../../src/engine/assess.js';
import { RubricCatalog } from '../../../src/rubric/catalog.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';
import { day } from '../../support/builders.js';

// Issue 8: reading and scoring were quadratic in the number of jobs (16,000 took 19 s, 100,000
// never finished). 100,000 jobs must now read and score well inside the test timeout.
describe('a résumé with 100,000 jobs', () => {
  it('is read and scored, every job counted, with its domains', () => {
    const vocab = vocabulary();
    const work = Array.from({ length: 100_000 }, (_, i) => ({
      name: `Firm ${i}`,
      position: i % 2 ? 'Project Manager' : 'Network Engineer',
      startDate: `${1900 + (i % 100)}-01`,
      endDate: `${1900 + (i % 100)}-06`,
      summary: i % 3 ? 'Cloud migration' : 'Storage backups',
    }));
    const read = documentToProfile({ basics: { name: 'Many' }, work }, 'many.json', vocab);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.positions).toHaveLength(100_000);
    expect(read.value.positions![0]!.domains).toEqual(['networking', 'storage']);
    expect(read.value.positions![1]!.domains).toEqual(['cloud']);
    const tpm = new RubricCatalog(vocab).byId('tpm');
    if (!tpm.ok) throw new Error('tpm');
    const report = assess(read.value, tpm.value, { asOf: day('2026-11-01'), vocabulary: vocab });
    expect(report.score).toBeGreaterThan(0);
  }, 60_000);
});
