import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/runCli.js';

/**
 * The README's scale-out recipe, run for real: GNU parallel cuts NDJSON into chunks of N lines,
 * one batch per chunk, output kept in input order and tagged with the chunk number; the tag
 * joins each result back to its line in the whole input. It must give what one batch gives.
 */
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
const LINES_PER_CHUNK = 7;

const documents = readdirSync('fixtures/resumes')
  .sort()
  .map((f) => JSON.stringify(JSON.parse(readFileSync(`fixtures/resumes/${f}`, 'utf8'))));
// 30 résumés, with a blank line and a broken one in the middle, across chunk boundaries.
const input = [...Array.from({ length: 10 }, () => documents).flat().slice(0, 12), '', '{not json', ...Array.from({ length: 6 }, () => documents).flat()].join('\n') + '\n';

interface Line {
  record: { index: number; line: number; source: string };
  score?: number;
  candidate?: { name: string };
  error?: { message: string };
}
/** What a line says about its record, without the record's place in its chunk. */
const outcome = (l: Line) => ({ line: l.record.line, score: l.score ?? null, name: l.candidate?.name ?? null, error: l.error ? l.error.message.replace(/\(line \d+,/, '(line ?,') : null });

// GNU parallel is a test prerequisite (.ci/run installs it): without it this fails, never skips.
describe('scale-out with GNU parallel (README recipe)', () => {
  it('has GNU parallel to run the recipe with', () => {
    expect(hasParallel, 'GNU parallel is not installed: apt-get install parallel').toBe(true);
  });

  it('gives the same records and scores as one batch, joined back by record line', () => {
    const one = runCli(['batch', '-', '--as-of', '2026-11-01'], { input });
    expect(one.code).toBe(2);
    const expected = one.stdout.trim().split('\n').map((l) => outcome(JSON.parse(l) as Line));

    const run = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '--keep-order', '-N', String(LINES_PER_CHUNK), '--tagstring', '{#}', process.execPath, BIN, 'batch', '-', '--as-of', '2026-11-01'],
      { input, cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    // parallel exits with the number of chunks that failed: here the one with the broken line.
    expect(run.status).toBe(1);
    const joined = run.stdout
      .trim()
      .split('\n')
      .map((tagged) => {
        const tab = tagged.indexOf('\t');
        const chunk = Number(tagged.slice(0, tab));
        const line = JSON.parse(tagged.slice(tab + 1)) as Line;
        // The recipe's join: a record's line in the whole input from its chunk and its line in the chunk.
        return outcome({ ...line, record: { ...line.record, line: (chunk - 1) * LINES_PER_CHUNK + line.record.line } });
      });
    expect(joined).toEqual(expected);
    expect(joined.filter((o) => o.error)).toHaveLength(1);
    expect(joined).toHaveLength(30 + 1);
  });
});
