import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment, FitReport } from '../../src/engine/assessment.js';
import { ROOT, runCli } from '../support/runCli.js';
import { scratchFile } from '../support/scratch.js';

/** assess --job: the ad's rubric in one step, as `rubrics from-job` then `assess --rubric` would score it. */

const AD = 'fixtures/seeds/002_3e7db64e685fddf1.txt';
const UNTITLED = 'fixtures/seeds/000_cd3beb940cc46cbc.txt';
const RESUME = 'fixtures/resumes/marco-internal-it.json';
const AS_OF = ['--as-of', '2026-11-01'];
const AD_TITLE = 'What Is a Technical Project Manager and How to Become One';

describe('tpm-assess assess --job (the built binary)', () => {
  it('scores against the ad as the two-step route does, and names the ad: its title and its file', () => {
    const file = scratchFile('assess-job.yaml');
    expect(runCli(['rubrics', 'from-job', AD, '--output', file]).code).toBe(0);
    const twoSteps = JSON.parse(runCli(['assess', RESUME, '--rubric', file, '--format', 'json', ...AS_OF]).stdout) as Assessment;
    const r = runCli(['assess', RESUME, '--job', AD, '--format', 'json', ...AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const oneStep = JSON.parse(r.stdout) as Assessment;
    expect(twoSteps.rubric.title).toBe(AD_TITLE);
    expect(oneStep.rubric.title).toBe(`${AD_TITLE} (job ad ${AD})`);
    expect(oneStep.rubric.id).toBe(twoSteps.rubric.id);
    expect({ ...oneStep, rubric: null }).toEqual({ ...twoSteps, rubric: null });
    expect(oneStep.criteria.map((c) => c.source)).toEqual(twoSteps.criteria.map((c) => c.source));
  });

  it.each(['terminal', 'markdown', 'html'])('names the ad in the %s report', (format) => {
    const r = runCli(['assess', RESUME, '--job', AD, '--format', format, ...AS_OF]);
    expect(r.code).toBe(0);
    // Markdown escapes the underscores of the file name.
    const flat = r.stdout.replace(/\s+/g, ' ').replace(/\\_/g, '_');
    expect(flat).toContain(`${AD_TITLE} (job ad ${AD})`);
  });

  it('names an ad without a title by its file alone', () => {
    const r = JSON.parse(runCli(['assess', RESUME, '--job', UNTITLED, '--format', 'json', ...AS_OF]).stdout) as Assessment;
    expect(r.rubric.title).toBe(`Job ad ${UNTITLED}`);
  });

  it('reads the ad from stdin, and with --rubric ranks it as one more role', () => {
    const ad = readFileSync(join(ROOT, AD), 'utf8');
    const piped = JSON.parse(runCli(['assess', RESUME, '--job', '-', '--format', 'json', ...AS_OF], { input: ad }).stdout) as Assessment;
    expect(piped.rubric.title).toBe(`${AD_TITLE} (job ad <stdin>)`);
    const fit = JSON.parse(runCli(['assess', RESUME, '--job', AD, '--rubric', 'tpm', '--format', 'json', ...AS_OF]).stdout) as FitReport;
    expect(fit.ranking.map((x) => x.rubric).sort()).toEqual(['tpm', piped.rubric.id].sort());
  });

  it.each([
    ['an ad with nothing to read', ['--job', '-'], 'Hello world.\n', /--job: nothing in <stdin> reads as a requirement/],
    ['a missing ad', ['--job', 'no-such-ad.txt'], undefined, /no-such-ad\.txt/],
  ])('exits 2 for %s, with a sentence and no report', (_what, args, input, message) => {
    const r = runCli(['assess', RESUME, ...args, ...AS_OF], input === undefined ? {} : { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses to read both the ad and the résumé from stdin', () => {
    const r = runCli(['assess', '-', '--job', '-'], { input: '{}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot both be read from stdin');
  });
});
