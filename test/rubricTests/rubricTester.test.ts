import { describe, expect, it } from 'vitest';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { parseRubricTests, runRubricTests, type RubricTestCase } from '../../src/rubricTests/rubricTester.js';
import type { Rubric } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

const vocab = vocabulary();
const tpm = (() => {
  const r = new RubricCatalog(vocab).byId('tpm');
  if (!r.ok) throw new Error('tpm does not resolve');
  return r.value;
})();

const seniorTpm = {
  work: [{ name: 'Quantia', position: 'Technical Project Manager', startDate: '2018-01', highlights: ['Cloud migration: schedules, risks and stakeholders in Jira and MS Project'] }],
  education: [{ studyType: 'BSc', area: 'Computer Science', endDate: '2017-06' }],
  certificates: [{ name: 'PMP', date: '2025-01' }],
};

const run = (rubric: Rubric, ...cases: RubricTestCase[]) => runRubricTests(rubric, vocab, cases);
const aCase = (expect: RubricTestCase['expect'], over: Partial<RubricTestCase> = {}): RubricTestCase => ({ name: 'case', resume: seniorTpm, asOf: '2026-06-01', expect, ...over });

describe('runRubricTests', () => {
  it('passes a case whose expectations hold, and returns the assessment', () => {
    const [r] = run(tpm, aCase({ verdict: 'ready', scoreAtLeast: 100, criteria: { pmp: 'met', 'pm-experience': 'met' } }));
    expect(r!.failures).toEqual([]);
    expect(r!.assessment?.score).toBe(100);
  });

  it('says expected against actual for the verdict, naming the knock-outs', () => {
    const resume = { ...seniorTpm, work: [{ ...seniorTpm.work[0], startDate: '2024-06' }] };
    const [r] = run(tpm, aCase({ verdict: 'ready' }, { resume }));
    expect(r!.failures).toHaveLength(1);
    expect(r!.failures[0]).toMatch(/^expected verdict ready, got not-ready \(score [\d.]+, verdict not-ready; required not met: pm-experience partial\)$/);
  });

  it('checks both score bounds', () => {
    const [r] = run(tpm, aCase({ scoreAtLeast: 100, scoreBelow: 50 }));
    expect(r!.failures).toEqual(['expected a score below 50, got 100']);
    const [s] = run(tpm, aCase({ scoreAtLeast: 100 }, { resume: { ...seniorTpm, certificates: [] } }));
    expect(s!.failures).toEqual(['expected a score of at least 100, got 85']);
  });

  it('reports a criterion status that differs, with the gap, and a criterion the rubric does not have', () => {
    const [r] = run(tpm, aCase({ criteria: { pmp: 'missing', 'no-such-criterion': 'met' } }));
    expect(r!.failures[0]).toBe('expected criterion pmp to be missing, got met');
    expect(r!.failures[1]).toMatch(/^expects criterion "no-such-criterion", which rubric tpm does not have \(it has degree, pm-experience, /);
  });

  it('fails a case that expects nothing, and a name used twice', () => {
    const results = run(tpm, aCase({}), aCase({ verdict: 'ready' }));
    expect(results[0]!.failures).toEqual(['expect names nothing to check; give a verdict, a score bound or criterion statuses']);
    expect(results[1]!.failures).toEqual(['the case name "case" is used twice; give each case its own name']);
  });

  it('fails a case whose résumé is no JSON Resume, or whose date does not exist, without scoring it', () => {
    const [bad] = run(tpm, aCase({ verdict: 'ready' }, { resume: { experience: [{ position: 'PM', startDate: '2019-13' }] } }));
    expect(bad!.assessment).toBeNull();
    expect(bad!.failures.join('\n')).toMatch(/^resume: is not a résumé/);
    const [date] = run(tpm, aCase({ verdict: 'ready' }, { asOf: '2026-02-30' }));
    expect(date!.failures).toEqual(['asOf: asOf "2026-02-30" is not a calendar date']);
  });
});

describe('parseRubricTests', () => {
  it('reads the cases of a YAML test file', () => {
    const parsed = parseRubricTests('cases:\n  - name: a\n    asOf: "2026-06-01"\n    resume: {}\n    expect: {verdict: ready}\n', 'x.test.yaml');
    expect(parsed.ok && parsed.value.map((c) => c.name)).toEqual(['a']);
  });

  it('locates schema problems by file, line and column', () => {
    const text = 'cases:\n  - name: a\n    asOf: "2026-06-01"\n    resume: {}\n    expect: {verdict: readyy}\n';
    const parsed = parseRubricTests(text, 'x.test.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ source: 'x.test.yaml', line: 5, path: 'cases[0].expect.verdict' });
  });

  it('refuses an unknown key, so a misspelt expectation cannot pass silently', () => {
    const parsed = parseRubricTests('cases:\n  - name: a\n    asOf: "2026-06-01"\n    resume: {}\n    expect: {verdicts: ready}\n', 'x.test.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ code: 'schema-unknown-key', path: 'cases[0].expect.verdicts' });
  });

  it('reports YAML syntax errors with a position', () => {
    const parsed = parseRubricTests('cases:\n  - name: [a\n', 'x.test.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ code: 'yaml-syntax', source: 'x.test.yaml' });
  });
});
