import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

// Issue 8: for any NDJSON with bad lines mixed in, batch prints exactly one line per record, in
// order. Spawning the binary is slow, so the runs are few, seeded, and each has many lines. Bad
// lines here do not start with "[" or "{", which begin a multi-line JSON value by design.
const good = fc.record({ name: fc.string({ maxLength: 12 }), years: fc.integer({ min: 0, max: 20 }) }).map(({ name, years }) =>
  JSON.stringify({ basics: { name }, work: [{ name: 'Acme', position: 'Project Manager', startDate: `${2025 - years}-01` }] }),
);
const bad = fc.string({ minLength: 1, maxLength: 20 }).map((s) => `x${s.replace(/[\r\n\u2028\u2029]/g, ' ')}`);

describe('batch, for any NDJSON with bad lines mixed in', () => {
  it('prints exactly one line per record, in input order, and exits 2 only when a record is bad', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(good, bad), { minLength: 1, maxLength: 25 }), (lines) => {
        const r = runCli(['batch', '-', '--as-of', '2026-11-01'], { input: lines.join('\n') + '\n' });
        const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
        expect(out).toHaveLength(lines.length);
        out.forEach((record, i) => {
          expect(record.record).toMatchObject({ index: i, line: i + 1 });
          expect('error' in record).toBe(lines[i]!.startsWith('x'));
        });
        expect(r.code).toBe(lines.some((l) => l.startsWith('x')) ? 2 : 0);
      }),
      { seed: 20261202, numRuns: 12 },
    );
  }, 60_000);
});
