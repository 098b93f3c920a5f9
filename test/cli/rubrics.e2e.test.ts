import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/runCli.js';

// `tpm-assess rubrics …` and `assess --rubric <file>`, through the built binary (npm run build).

const EMBEDDED = ['tpm', 'infra-tpm', 'tpm-ladder', 'tpm-entry', 'tpm-junior', 'tpm-senior', 'tpm-principal', 'agile-pm', 'scrum-master', 'devops-pm', 'remote-pm'];
const MARCO = 'fixtures/resumes/marco-internal-it.json';

const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-rubrics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Starts from tpm, weighs the PMP more and drops the tools criterion. */
const good = file('good.yaml', [
  'id: my-tpm',
  'title: TPM, PMP-heavy',
  'version: 2',
  'description: tpm with the PMP weighing more.',
  'extends: tpm',
  'override:',
  '  pmp:',
  '    weight: 40',
  'remove: [pm-tools]',
]);

const bad = file('bad.yaml', [
  'id: bad-tpm',
  'title: Broken',
  'version: 1',
  'description: Two mistakes.',
  'extends: tpm',
  'pasScore: 80',
  'nearlyMargin: 120',
]);

const badReference = file('bad-reference.yaml', [
  'id: bad-ref',
  'title: Broken reference',
  'version: 1',
  'description: A typo in a credential.',
  'extends: tpm',
  'override:',
  '  pmp:',
  '    anyOf: [pmi-pmpp]',
]);

describe('tpm-assess rubrics list', () => {
  it('lists the embedded rubrics (a ladder, then its levels) with their titles and descriptions, and exits 0', () => {
    const r = runCli(['rubrics', 'list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(EMBEDDED);
    expect(lines[0]).toMatch(/^tpm\s+Technical Project Manager — \S/);
  });
});

describe('tpm-assess rubrics show', () => {
  it('shows an embedded rubric readably: its criteria, weights and sources', () => {
    const r = runCli(['rubrics', 'show', 'tpm']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Technical Project Manager (tpm v1)');
    expect(r.stdout).toContain('Pass score 70');
    for (const id of ['degree', 'pm-experience', 'pmp', 'technical-domains', 'pm-tools', 'pm-skills']) expect(r.stdout).toMatch(new RegExp(`^  ${id}  \\[`, 'm'));
    expect(r.stdout).toMatch(/pm-experience {2}\[experience\] weight 30 \(30%\), required/);
    expect(r.stdout).toContain('source: seed-002');
  });

  it('shows a rubric file with its inheritance resolved', () => {
    const r = runCli(['rubrics', 'show', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TPM, PMP-heavy (my-tpm v2)');
    expect(r.stdout).toMatch(/pmp {2}\[certification\] weight 40 /);
    expect(r.stdout).not.toMatch(/^ {2}pm-tools /m);
    expect(r.stdout).toMatch(/^ {2}degree {2}\[degree\] weight 20 /m);
  });

  it('names an unknown rubric id with a suggestion, and exits 2', () => {
    const r = runCli(['rubrics', 'show', 'tmp']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('tpm-assess: unknown rubric "tmp" (did you mean tpm? `tpm-assess rubrics list` shows them all)\n');
  });

  it('reports a broken file with its line and column, and exits 2', () => {
    const r = runCli(['rubrics', 'show', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:6:1: pasScore: unknown key "pasScore" (did you mean passScore?)`);
  });
});

describe('tpm-assess rubrics validate', () => {
  it('says a good file is valid and exits 0', () => {
    const r = runCli(['rubrics', 'validate', good]);
    expect(r).toEqual({ code: 0, stdout: `${good}: valid\n`, stderr: '' });
  });

  it('reports every schema error of a bad file as file:line:col: path: message (hint), and exits 2', () => {
    const r = runCli(['rubrics', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `${bad}:6:1: pasScore: unknown key "pasScore" (did you mean passScore?)`,
        `${bad}:7:15: nearlyMargin: must be at most 100, got 120`,
        '',
      ].join('\n'),
    );
  });

  it('reports the errors found once inheritance is resolved, located in the file', () => {
    const r = runCli(['rubrics', 'validate', badReference]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${badReference}:8:13: override.pmp.anyOf[0]: unknown credential "pmi-pmpp" (did you mean pmi-pmp?)\n`);
  });

  it('checks several files, reports all of them, and exits 2 when any is bad', () => {
    const r = runCli(['rubrics', 'validate', good, bad, badReference]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${good}: valid\n`);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith(`${bad}:`))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith(`${badReference}:8:13:`))).toHaveLength(1);
    for (const line of lines) expect(line).toMatch(/^\S+:\d+:\d+: \S+: /);
  });

  it('exits 0 when all the files are good: the embedded library validates as files', () => {
    const files = readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.yaml')).map((f) => `rubrics/${f}`);
    const r = runCli(['rubrics', 'validate', ...files]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toEqual(files.map((f) => `${f}: valid`));
  });

  it('reports a missing file clearly, still checks the others, and exits 2', () => {
    const missing = join(dir, 'nope.yaml');
    const r = runCli(['rubrics', 'validate', missing, good]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`${good}: valid\n`);
    expect(r.stderr).toBe(`tpm-assess: cannot read rubric ${missing}: no such file (check the path)\n`);
  });

  it('refuses hostile YAML with a located error rather than running or expanding it', () => {
    const tagged = file('tagged.yaml', ['id: evil', 'title: !!js/function "function () { process.exit(9) }"']);
    const bomb = file('bomb.yaml', [
      'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...'bcdefghij'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
    ]);
    const r = runCli(['rubrics', 'validate', tagged, bomb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        `${tagged}:2:8: the tag !!js/function is not allowed: a rubric is plain data, never code (remove the tag)`,
        `${bomb}:2:8: the aliases nest into each other and expand to too much data (write the values out instead of nesting aliases)`,
        '',
      ].join('\n'),
    );
  });

  it('needs at least one file', () => {
    const r = runCli(['rubrics', 'validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/);
  });
});

describe('tpm-assess rubrics schema', () => {
  it('prints valid JSON equal to rubrics/rubric.schema.json', () => {
    const r = runCli(['rubrics', 'schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'rubrics/rubric.schema.json'), 'utf8')));
  });
});

describe('tpm-assess assess --rubric <file>', () => {
  type Report = { rubric: { id: string; version: string }; score: number; criteria: { id: string; weight: number; score: number }[] };
  const assess = (rubric: string) => runCli(['assess', MARCO, '--as-of', '2026-11-01', '--format', 'json', '--rubric', rubric]);

  it('scores against a user rubric that extends tpm, with its weights', () => {
    const mine = assess(good);
    const base = assess('tpm');
    expect(mine.code).toBe(0);
    expect(mine.stderr).toBe('');
    const report = JSON.parse(mine.stdout) as Report;
    const tpm = JSON.parse(base.stdout) as Report;
    expect(report.rubric).toMatchObject({ id: 'my-tpm', version: '2' });
    expect(report.criteria.map((c) => c.id)).toEqual(tpm.criteria.map((c) => c.id).filter((id) => id !== 'pm-tools'));
    expect(report.criteria.find((c) => c.id === 'pmp')?.weight).toBe(40);
    // The same evidence, weighed anew: each criterion scores as under tpm, the total follows the weights.
    const scoreUnderTpm = new Map(tpm.criteria.map((c) => [c.id, c.score]));
    for (const c of report.criteria) expect(c.score, c.id).toBe(scoreUnderTpm.get(c.id));
    const total = report.criteria.reduce((s, c) => s + c.weight, 0);
    expect(total).toBe(100 - 15 + 40 - 10);
    expect(report.score).toBeCloseTo((100 * report.criteria.reduce((s, c) => s + c.weight * c.score, 0)) / total, 1);
  });

  it('exits 2 with the located error for a bad rubric file, and prints no report', () => {
    const r = assess(bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        `tpm-assess: ${bad}:6:1: pasScore: unknown key "pasScore" (did you mean passScore?)`,
        `tpm-assess: ${bad}:7:15: nearlyMargin: must be at most 100, got 120`,
        '',
      ].join('\n'),
    );
  });

  it('exits 2 with a clear message for a rubric file that does not exist', () => {
    const missing = join(dir, 'missing.yaml');
    const r = assess(missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tpm-assess: cannot read rubric ${missing}: no such file (check the path)\n`);
  });
});

describe('rubric ids', () => {
  it('validates the library\'s own files', () => {
    const r = runCli(['rubrics', 'validate', ...readdirSync('rubrics').filter((f) => f.endsWith('.yaml')).map((f) => `rubrics/${f}`)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('refuses a rubric file that takes an embedded rubric\'s id, which would silently replace it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tpm-rubric-')), 'mine.yaml');
    writeFileSync(file, 'id: tpm\ntitle: Mine\nversion: 1\ndescription: mine\nextends: tpm-senior\n');
    const r = runCli(['assess', 'fixtures/resumes/ana-beltran.json', '--rubric', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tpm-assess: ${file}:1:5: id: the id "tpm" is already used by an embedded rubric (give this rubric its own id; it can start from the other with extends: tpm)\n`);
  });
});
