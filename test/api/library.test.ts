import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Api from '../../src/api/index.js';
import { ROOT, runCli } from '../support/runCli.js';
import { scratchFile } from '../support/scratch.js';
import { folderTexts, zipOf } from '../readers/linkedin/support.js';

// The library as built (dist/index.js, what package.json "exports" names), held to the CLI's bytes.
type Library = typeof Api;
let lib: Library;
beforeAll(async () => {
  lib = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Library;
});

const AS_OF = '2026-11-01';
const resumeFile = (name: string) => join(ROOT, 'fixtures', 'resumes', name);
const resumeText = (name: string) => readFileSync(resumeFile(name), 'utf8');

function value<T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe('the library gives the reports the CLI prints', () => {
  for (const name of ['lin-new-grad.json', 'ana-beltran.json', 'marco-internal-it.json']) {
    for (const format of ['json', 'markdown', 'terminal', 'html'] as const) {
      it(`${name} as ${format}, byte for byte`, () => {
        const cli = runCli(['assess', resumeFile(name), '--format', format, '--as-of', AS_OF, '--no-color']);
        expect(cli.code).toBe(0);
        const report = value(lib.assessResume(resumeText(name), { asOf: AS_OF }));
        expect(lib.formatReport(report, format)).toBe(cli.stdout);
      });
    }
  }

  it('several rubrics give the ranking of roles, as --rubric all does', () => {
    const cli = runCli(['assess', resumeFile('lin-new-grad.json'), '--rubric', 'all', '--format', 'json', '--as-of', AS_OF]);
    const report = value(lib.assessResume(resumeText('lin-new-grad.json'), { asOf: AS_OF, rubric: 'all' }));
    expect('ranking' in report).toBe(true);
    expect(lib.formatReport(report, 'json')).toBe(cli.stdout);
  });

  it('--assume and --redact are options, with the same report', () => {
    const cli = runCli(['assess', resumeFile('ana-beltran.json'), '--assume', 'pmp', '--redact', '--rubric', 'infra-tpm', '--format', 'json', '--as-of', AS_OF]);
    const report = value(lib.assessResume(resumeText('ana-beltran.json'), { asOf: AS_OF, assume: ['pmp'], redact: true, rubric: 'infra-tpm' }));
    expect(lib.formatReport(report, 'json')).toBe(cli.stdout);
    expect((report as { assumptions: string[] }).assumptions).toEqual(['pmi-pmp']);
  });

  it('a parsed document scores as its text does, and the same input gives the same bytes', () => {
    const text = resumeText('marco-internal-it.json');
    const fromText = lib.formatReport(value(lib.assessResume(text, { asOf: AS_OF })), 'json');
    expect(lib.formatReport(value(lib.assessResume(JSON.parse(text) as object, { asOf: AS_OF })), 'json')).toBe(fromText);
    expect(lib.formatReport(value(lib.assessResume(text, { asOf: AS_OF })), 'json')).toBe(fromText);
  });

  it('a LinkedIn export, as texts or as the ZIP, scores as assess does on its folder', () => {
    const cli = runCli(['assess', join(ROOT, 'fixtures', 'linkedin', 'full'), '--format', 'json', '--as-of', AS_OF]);
    expect(cli.code).toBe(0);
    const fromTexts = value(lib.readLinkedInExport(folderTexts('full') as Record<string, string>, { source: join(ROOT, 'fixtures', 'linkedin', 'full') }));
    expect(lib.formatReport(value(lib.assessProfile(fromTexts, { asOf: AS_OF })), 'json')).toBe(cli.stdout);
    const fromZip = value(lib.readLinkedInExport(zipOf('full'), { source: join(ROOT, 'fixtures', 'linkedin', 'full') }));
    expect(lib.formatReport(value(lib.assessProfile(fromZip, { asOf: AS_OF })), 'json')).toBe(cli.stdout);
  });

  it('a rubric file\'s YAML, extending an embedded rubric, scores as --rubric <file> does', () => {
    const yaml = 'id: my-tpm\ntitle: My TPM\nversion: "1"\ndescription: tpm with a lower bar\nextends: tpm\npassScore: 50\n';
    const file = scratchFile('my-tpm.yaml');
    writeFileSync(file, yaml);
    const cli = runCli(['assess', resumeFile('lin-new-grad.json'), '--rubric', file, '--format', 'json', '--as-of', AS_OF]);
    expect(cli.code).toBe(0);
    const rubric = value(lib.loadRubric({ yaml, file }));
    expect(rubric.id).toBe('my-tpm');
    expect(rubric.passScore).toBe(50);
    expect(lib.formatReport(value(lib.assessResume(resumeText('lin-new-grad.json'), { asOf: AS_OF, rubric })), 'json')).toBe(cli.stdout);
  });

  it('lists the embedded rubrics as rubrics list does, with ladders and their levels', () => {
    const cli = runCli(['rubrics', 'list']);
    const ids = cli.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0]);
    const listed = lib.listRubrics();
    expect(listed.map((r) => r.id)).toEqual(ids);
    expect(listed.find((r) => r.id === 'tpm-ladder')?.kind).toBe('ladder');
    expect(listed.find((r) => r.id === 'tpm-senior')).toMatchObject({ kind: 'level', ladder: 'tpm-ladder' });
    expect(listed.find((r) => r.id === 'tpm')?.kind).toBe('rubric');
  });
});

describe('bad input comes back as problems, never a throw', () => {
  it('JSON syntax, with line and column and the source name given', () => {
    const result = lib.readResume('{\n  "basics": {\n    "name": "A",,\n  }\n}', { source: 'cv.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ source: 'cv.json', line: 3 });
    expect(result.problems[0]!.column).toBeGreaterThan(0);
  });

  it('a document that is no résumé, with the JSON Resume hint', () => {
    const result = lib.assessResume([1, 2] as unknown as object, { asOf: AS_OF });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe('resume-not-an-object');
  });

  it('an as-of that is not a day, an unknown rubric (with did you mean) and an unknown --assume', () => {
    const profile = value(lib.readResume(resumeText('lin-new-grad.json')));
    const badDay = lib.assessProfile(profile, { asOf: '2026-13-40' });
    expect(badDay.ok).toBe(false);
    if (!badDay.ok) expect(badDay.problems[0]).toMatchObject({ code: 'as-of-invalid', path: 'asOf' });
    const badRubric = lib.assessProfile(profile, { asOf: AS_OF, rubric: 'tmp' });
    expect(badRubric.ok).toBe(false);
    if (!badRubric.ok) expect(badRubric.problems[0]!.hint).toMatch(/did you mean tpm\?/);
    const badAssume = lib.assessProfile(profile, { asOf: AS_OF, assume: ['pmpp'] });
    expect(badAssume.ok).toBe(false);
    if (!badAssume.ok) expect(badAssume.problems[0]!.message).toMatch(/did you mean pmp\?/);
    expect(lib.assessProfile(profile, { asOf: AS_OF, rubric: [] }).ok).toBe(false);
  });

  it('a rubric file with an error names the file, line and column', () => {
    const result = lib.loadRubric({ yaml: 'id: x\ntitle: X\nversion: "1"\npassScore: 500\ncriteria: []\n', file: 'x.yaml' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ source: 'x.yaml' });
  });

  it('a ZIP that is not an export, and bytes that are no ZIP', () => {
    const notExport = lib.readLinkedInExport({ 'Messages.csv': 'From,To\nA,B\n' });
    expect(notExport.ok).toBe(false);
    if (!notExport.ok) expect(notExport.problems[0]!.code).toBe('linkedin-not-an-export');
    const notZip = lib.readLinkedInExport(new TextEncoder().encode('hello'));
    expect(notZip.ok).toBe(false);
    if (!notZip.ok) expect(notZip.problems[0]!.code).toBe('linkedin-zip-refused');
  });
});

describe('the library touches nothing outside its arguments', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints nothing and never exits, even for bad input', () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    lib.assessResume(resumeText('lin-new-grad.json'), { asOf: AS_OF, rubric: 'all' });
    lib.assessResume('{ nope', { asOf: AS_OF });
    lib.assessResume('{"work":[{"startDate":"sometime"}]}', { asOf: AS_OF });
    lib.loadRubric({ yaml: ': :' });
    for (const spy of [out, err, log, warn, exit]) expect(spy).not.toHaveBeenCalled();
  });
});
