import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, fitReportSchema } from '../../src/engine/assessment.js';
import { runCli } from '../support/runCli.js';

// The ladder as a user meets it: --rubric tpm-ladder, --rubric all, report-schema and
// rubrics validate, through the built binary (npm run build first).

const MARCO = 'fixtures/resumes/marco-internal-it.json';
const AS_OF = ['--as-of', '2026-11-01'];
const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-ladder-'));

describe('assess --rubric tpm-ladder', () => {
  it('reports the level reached, the next level and every level, with the next level\'s criteria', () => {
    const r = runCli(['assess', MARCO, '--rubric', 'tpm-ladder', '--format', 'json', ...AS_OF]);
    expect(r.code).toBe(0);
    const report = assessmentSchema.parse(JSON.parse(r.stdout));
    // Marco: 12.8 years of internal IT project management and a PMP (held, its currency unverified).
    expect(report.ladder).toMatchObject({ id: 'tpm-ladder', reached: 'senior', next: 'principal', shown: 'principal' });
    expect(report.ladder!.levels.map((l) => l.rubric)).toEqual(['tpm-entry', 'tpm-junior', 'tpm-senior', 'tpm-principal']);
    // The report body is the principal level's, as --rubric tpm-principal scores it.
    const principal = JSON.parse(runCli(['assess', MARCO, '--rubric', 'tpm-principal', '--format', 'json', ...AS_OF]).stdout);
    expect([report.score, report.verdict, report.criteria, report.actions]).toEqual([principal.score, principal.verdict, principal.criteria, principal.actions]);
  });

  it('draws the ladder in the terminal, highest rung first, with the reached one marked', () => {
    const r = runCli(['assess', MARCO, '--rubric', 'tpm-ladder', ...AS_OF]);
    const rungs = r.stdout.split('\n').filter((l) => l.includes('╟──────╢'));
    expect(rungs.map((l) => l.trim().split(/\s+/)[l.trim().startsWith('●') ? 2 : 1])).toEqual(['principal', 'senior', 'junior', 'entry']);
    expect(rungs[1]).toMatch(/^ {2}● .*READY\s+◀ reached$/);
    expect(rungs[0]).toMatch(/◀ next$/);
  });

  it('counts the ladder as one role in --rubric all, ranked by its level reached', () => {
    const r = runCli(['assess', MARCO, '--rubric', 'all', '--format', 'json', ...AS_OF]);
    const fit = fitReportSchema.parse(JSON.parse(r.stdout));
    const ids = fit.ranking.map((x) => x.rubric);
    expect(ids).toContain('tpm-ladder');
    expect(ids.filter((id) => /^tpm-(entry|junior|senior|principal)$/.test(id))).toEqual([]);
    const senior = JSON.parse(runCli(['assess', MARCO, '--rubric', 'tpm-senior', '--format', 'json', ...AS_OF]).stdout);
    expect(fit.ranking.find((x) => x.rubric === 'tpm-ladder')).toMatchObject({ level: 'senior', verdict: 'ready', score: senior.score });
  });
});

describe('report-schema', () => {
  it('documents the ladder of a ladder report, and the level a ladder ranks by', () => {
    const schema = JSON.parse(runCli(['report-schema']).stdout);
    expect(Object.keys(schema.properties.ladder.properties)).toEqual(['id', 'levels', 'reached', 'next', 'shown']);
    const fit = JSON.parse(runCli(['report-schema', '--fit']).stdout);
    expect(Object.keys(fit.properties.ranking.items.properties)).toContain('level');
  });
});

describe('rubrics validate on a ladder', () => {
  it('accepts the embedded ladder and explains one whose order is broken, with file, line and column', () => {
    expect(runCli(['rubrics', 'validate', 'rubrics/tpm-ladder.yaml'])).toMatchObject({ code: 0, stdout: 'rubrics/tpm-ladder.yaml: valid\n' });
    const file = join(dir, 'broken-ladder.yaml');
    writeFileSync(
      file,
      [
        'id: broken-ladder',
        'title: Broken',
        'version: 1',
        'description: A ladder whose years fall.',
        'levels:',
        '  - {id: senior, title: Senior, description: x}',
        '  - {id: principal, title: Principal, description: x}',
        'sources: [{id: s, title: t, ref: r}]',
        'criteria:',
        '  - {id: years, title: Years, kind: experience, weight: 1, source: s, roles: [project-management], minYears: {senior: 8, principal: 6}}',
        '',
      ].join('\n'),
    );
    const r = runCli(['rubrics', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken-ladder\.yaml:10:\d+: .*minYears falls from 8 at senior to 6 at principal/);
  });
});
