import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/runCli.js';

// Real résumés with odd values, through the built binary (npm run build first).
const AS_OF = ['--as-of', '2026-11-01'];
const odd = {
  basics: { name: 'Camille Dupont', phone: null },
  work: [
    { name: 'Sopra Steria', position: 'Chef de projet', startDate: 'Juin 2018', endDate: "aujourd'hui", summary: ['Pilotage de projets pour des clients bancaires.', 'Équipe de 8.'] },
    { name: 'Atos', position: 'Développeur', startDate: 'NA', endDate: '2018-05' },
  ],
};

describe('a résumé with odd values, end to end', () => {
  it('assess scores it, exit 0, and says on stderr what it read and what it skipped, with paths', () => {
    const r = runCli(['assess', '-', '--format', 'json', ...AS_OF], { input: JSON.stringify(odd) });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.candidate.name).toBe('Camille Dupont');
    expect(report.criteria.find((c: { kind: string }) => c.kind === 'experience').actual).toBeGreaterThan(8);
    const warnings = r.stderr.trim().split('\n');
    expect(warnings).toEqual([
      'warning: <stdin>: basics.phone: is null; read as not given (leave the key out when there is no value)',
      'warning: <stdin>: work[0].summary: expected a text, got a list of 2 texts; read as one text, a line each (join the lines into one text)',
      'warning: <stdin>: work[0].startDate: "Juin 2018" is not an ISO 8601 date; read as 2018-06 (write dates like 2019-04 or 2019-04-15)',
      `warning: <stdin>: work[0].endDate: endDate "aujourd'hui" is not a JSON Resume date; read as a current job (leave endDate out for a current job)`,
      `warning: <stdin>: work[1].startDate: "NA" is not a date this tool can read; this job's time is not counted (write dates like 2019-04 or 2019-04-15)`,
    ]);
  });

  it('batch keeps the warnings in the record', () => {
    const r = runCli(['batch', ...AS_OF], { input: JSON.stringify(odd) + '\n' });
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.warnings.map((w: { path: string }) => w.path)).toEqual(['basics.phone', 'work[0].summary', 'work[0].startDate', 'work[0].endDate', 'work[1].startDate']);
  });

  it('refuses an object that is no résumé, exit 2, saying which sections it looked for', () => {
    const r = runCli(['assess', '-', ...AS_OF], { input: '{"nom": "Camille", "experience": []}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tpm-assess: <stdin>: is not a résumé: no JSON Resume section that can be read \(basics, work, volunteer, education, .*\); it has "nom", "experience"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
