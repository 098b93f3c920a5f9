import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobAdToRubric } from '../../src/jobAd/jobAdToRubric.js';
import { embeddedRubricData } from '../../src/rubric/library.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { ROOT, runCli } from '../support/runCli.js';
import { scratchFile } from '../support/scratch.js';

const vocab = vocabulary();
const fixture = (path: string) => readFileSync(join(ROOT, path), 'utf8');
function extracted(path: string): { criteria: Criterion[]; text: string } {
  const result = jobAdToRubric(fixture(path), path.split('/').pop()!, vocab);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { criteria: (parse(result.value) as { criteria: Criterion[] }).criteria, text: result.value };
}
const byKind = (criteria: Criterion[], kind: string) => criteria.filter((c) => c.kind === kind);
const embedded = (id: string) => (embeddedRubricData(id) as { criteria: Criterion[] }).criteria;

// The embedded tpm and infra-tpm rubrics were written from seeds 002 and 000 by hand: the
// extractor must find their knock-outs and thresholds (copies in fixtures/seeds/).
describe('rubrics from-job on the seeds', () => {
  it('seed 002 gives tpm: a required bachelor in the technical fields, 5+ years required, PMP preferred', () => {
    const { criteria } = extracted('fixtures/seeds/002_3e7db64e685fddf1.txt');
    const tpm = embedded('tpm');
    const [degree] = byKind(criteria, 'degree') as Extract<Criterion, { kind: 'degree' }>[];
    const tpmDegree = tpm.find((c) => c.id === 'degree') as Extract<Criterion, { kind: 'degree' }>;
    expect(byKind(criteria, 'degree')).toHaveLength(1);
    expect(degree).toMatchObject({ minLevel: tpmDegree.minLevel, required: true });
    expect(new Set(degree!.fields)).toEqual(new Set(tpmDegree.fields));
    const [experience] = byKind(criteria, 'experience') as Extract<Criterion, { kind: 'experience' }>[];
    const tpmExperience = tpm.find((c) => c.id === 'pm-experience') as Extract<Criterion, { kind: 'experience' }>;
    expect(experience).toMatchObject({ minYears: tpmExperience.minYears, required: true, roles: tpmExperience.roles });
    const [pmp] = byKind(criteria, 'certification') as Extract<Criterion, { kind: 'certification' }>[];
    expect(pmp).toMatchObject({ anyOf: ['pmi-pmp'] });
    expect(pmp!.required).toBeUndefined();
    expect(criteria.filter((c) => c.required).map((c) => c.kind).sort()).toEqual(tpm.filter((c) => c.required).map((c) => c.kind).sort());
    expect(criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it('seed 000 gives infra-tpm: 10+ years of infrastructure PM, customer-facing and a master\'s required, the six domains', () => {
    const { criteria } = extracted('fixtures/seeds/000_cd3beb940cc46cbc.txt');
    const infra = embedded('infra-tpm');
    const [experience] = byKind(criteria, 'experience') as Extract<Criterion, { kind: 'experience' }>[];
    expect(experience).toMatchObject({ minYears: 10, required: true, roles: ['project-management', 'program-management', 'delivery-management'] });
    expect(experience!.domains).toContain('infrastructure');
    expect(byKind(criteria, 'customer-facing')[0]).toMatchObject({ required: true });
    expect(byKind(criteria, 'degree')[0]).toMatchObject({ minLevel: 'master', required: true });
    const domains = byKind(criteria, 'domains')[0] as unknown as { anyOf: string[] };
    const infraDomains = infra.find((c) => c.id === 'infra-domains') as unknown as { anyOf: string[] };
    expect(new Set(domains.anyOf)).toEqual(new Set(infraDomains.anyOf));
    expect(byKind(criteria, 'remote')).toHaveLength(1);
    expect(criteria.filter((c) => c.required).map((c) => c.kind).sort()).toEqual(infra.filter((c) => c.required).map((c) => c.kind).sort());
  });

  it('quotes the sentence above each criterion and names the file and line in its source', () => {
    const { text } = extracted('fixtures/seeds/002_3e7db64e685fddf1.txt');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('# 002_3e7db64e685fddf1.txt:38: 5+ years of project management experience\n  - id: experience');
    expect(text).toContain('ref: 002_3e7db64e685fddf1.txt:38');
    expect(text).toContain('\n# Not used (no criterion could be read from these):\n');
    expect(text).toContain('\n# 002_3e7db64e685fddf1.txt:42: Able to manage multiple projects simultaneously');
  });
});

describe('rubrics from-job on a JSON Resume job document', () => {
  it('reads sample.job.json: a bachelor in CS or related, 3+ years of web development, with JSON paths', () => {
    const { criteria, text } = extracted('fixtures/jsonresume/schema/sample.job.json');
    expect(byKind(criteria, 'degree')[0]).toMatchObject({ minLevel: 'bachelor', required: true });
    expect((byKind(criteria, 'degree')[0] as { fields: string[] }).fields).toContain('computer-science');
    expect(byKind(criteria, 'experience')[0]).toMatchObject({ minYears: 3, domains: ['software-development'] });
    expect(text).toContain('ref: sample.job.json#/qualifications/1');
  });
});

describe('odd and hostile ads', () => {
  const read = (text: string) => jobAdToRubric(text, 'ad.txt', vocab);
  it('refuses an empty ad, and one with nothing to read, with a sentence', () => {
    expect(read('  \n').ok).toBe(false);
    const none = read('We are a friendly company.\nApply now!');
    expect(!none.ok && none.problems[0]!.message).toBe('nothing in ad.txt reads as a requirement (no degree, years, certification, domain, tool or skill)');
  });
  it('reads an ad with no headings, and one in capitals', () => {
    const plain = read('Project Manager\nYou have 5+ years of project management experience and a PMP certification is required.');
    const caps = read('PROJECT MANAGER\nREQUIREMENTS\n- 5+ YEARS OF PROJECT MANAGEMENT EXPERIENCE\n- PMP CERTIFICATION REQUIRED');
    for (const r of [plain, caps]) {
      expect(r.ok).toBe(true);
      const criteria = (parse(r.ok ? r.value : '') as { criteria: Criterion[] }).criteria;
      expect(byKind(criteria, 'experience')[0]).toMatchObject({ minYears: 5, required: true });
      expect(byKind(criteria, 'certification')[0]).toMatchObject({ anyOf: ['pmi-pmp'], required: true });
    }
  });
  it('strips HTML pasted from a page, scripts included, and keeps the source lines', () => {
    const html = '<html><head><script>\nalert("x 10 years")\n</script></head><body>\n<h2>Requirements</h2><ul><li>At least seven years of project management</li>\n<li>Master&#39;s degree in Computer Science</li></ul></body></html>';
    const r = read(html);
    expect(r.ok).toBe(true);
    const text = r.ok ? r.value : '';
    expect(text).not.toMatch(/<|alert/);
    expect(text).toContain('ref: ad.txt:5');
    const criteria = (parse(text) as { criteria: Criterion[] }).criteria;
    expect(byKind(criteria, 'experience')[0]).toMatchObject({ minYears: 7 });
    expect(byKind(criteria, 'degree')[0]).toMatchObject({ minLevel: 'master' });
  });
  it('reads a huge ad only up to its bound, with a warning', () => {
    const huge = 'Project Manager\nRequirements\n- 5+ years of project management\n' + 'lorem ipsum dolor sit amet '.repeat(40_000);
    const r = read(huge);
    expect(r.warnings.map((w) => w.code)).toEqual(['job-ad-truncated']);
    expect(r.ok).toBe(true);
  });
  it('does not take "MS Office" for a master\'s or "as a" for an associate\'s degree', () => {
    const r = read('Project Manager\nRequirements\n- Experience as a project lead with MS Office\n- 3 years of project management');
    const criteria = (parse(r.ok ? r.value : '') as { criteria: Criterion[] }).criteria;
    expect(byKind(criteria, 'degree')).toEqual([]);
  });
});

describe('tpm-assess rubrics from-job (the built binary)', () => {
  it('writes a rubric that validates and scores a résumé', () => {
    const out = scratchFile('from-job.yaml');
    const r = runCli(['rubrics', 'from-job', 'fixtures/seeds/000_cd3beb940cc46cbc.txt', '--output', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(runCli(['rubrics', 'validate', out]).code).toBe(0);
    const scored = runCli(['assess', 'fixtures/resumes/marco-internal-it.json', '--rubric', out, '--format', 'json', '--as-of', '2026-11-01']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).criteria.map((c: { kind: string }) => c.kind)).toContain('customer-facing');
  });
  it('exits 2 with a sentence for an ad with nothing to read', () => {
    const r = runCli(['rubrics', 'from-job', '-'], { input: 'Hello world.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing in <stdin> reads as a requirement/);
  });
});
