import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../src/readers/jsonResume/jsonResumeSchema.js';
import { documentToProfile } from '../../../src/readers/jsonResume/readResume.js';
import { readJsonResume } from '../../../src/readers/jsonResume/readJsonResume.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';
import { aResume } from '../../support/builders.js';

const vocab = vocabulary();
const read = (doc: Record<string, unknown>) => {
  const result = documentToProfile(doc, 'r.json', vocab);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { profile: result.value, warnings: result.warnings.map((w) => ({ code: w.code, path: w.path, message: w.message })) };
};

describe('one bad value never refuses a résumé', () => {
  it('reads "phone": null as no phone, with a warning at its path', () => {
    const { profile, warnings } = read(aResume({ basics: { name: 'Zoë', phone: null } }));
    expect(profile.name).toBe('Zoë');
    expect(warnings).toEqual([{ code: 'resume-null-value', path: 'basics.phone', message: 'is null; read as not given' }]);
  });

  it('still counts the other 11 jobs when one of 12 has a date that cannot be read', () => {
    const work = Array.from({ length: 12 }, (_, i) => ({ position: 'Project Manager', startDate: `${2000 + i}-01`, endDate: `${2000 + i}-12` }));
    work[5] = { ...work[5]!, startDate: 'NA' };
    const { profile, warnings } = read(aResume({ work }));
    expect(profile.positions).toHaveLength(11);
    expect(warnings).toEqual([expect.objectContaining({ code: 'resume-date-unreadable', path: 'work[5].startDate' })]);
  });

  it.each([
    ['a list where a text belongs', { work: [{ position: 'PM', startDate: '2020', summary: ['Led delivery.', 'Ran sprints.'] }] }, 'resume-list-read-as-text', 'work[0].summary'],
    ['a text where a list belongs', { work: [{ position: 'PM', startDate: '2020', highlights: 'Ran sprints' }] }, 'resume-text-read-as-list', 'work[0].highlights'],
    ['a number where a text belongs', { education: [{ studyType: 'BSc', score: 3.8 }] }, 'resume-value-read-as-text', 'education[0].score'],
    ['an object where a list belongs', { work: [{ position: 'PM', startDate: '2020' }], education: { school: 'MIT' } }, 'resume-value-left-out', 'education'],
    ['a text where an object belongs', { work: [{ position: 'PM', startDate: '2020' }], publications: ['My paper'] }, 'resume-value-left-out', 'publications[0]'],
    ['a null job', { work: [null, { position: 'PM', startDate: '2020' }] }, 'resume-null-value', 'work[0]'],
    ['a null highlight', { work: [{ position: 'PM', startDate: '2020', highlights: [null, 'Ran sprints'] }] }, 'resume-null-value', 'work[0].highlights[0]'],
  ])('reads %s, with a warning at its path', (_name, doc, code, path) => {
    const { profile, warnings } = read(aResume(doc));
    expect(warnings.map((w) => [w.code, w.path])).toEqual([[code, path]]);
    expect(profile.name).toBe('Test Person');
  });

  it('keeps JSON paths right around a hole: the highlight after a null one is quoted at its own index', () => {
    const { profile } = read(aResume({ work: [{ position: 'PM', startDate: '2020', highlights: [null, 'Used Jira daily'] }] }));
    expect(profile.terms!.get('jira')).toEqual([{ path: '/work/0/highlights/1', text: 'Used Jira daily' }]);
  });

  it('reads skills, certificates and awards given as plain names', () => {
    const { profile, warnings } = read(aResume({ skills: ['Jira', 'Scrum'], certificates: ['PMP'], awards: ['Cum Laude'] }));
    expect(warnings).toEqual([]);
    expect(profile.terms!.get('jira')).toEqual([{ path: '/skills/0', text: 'Jira' }]);
    expect(profile.credentials!.map((c) => [c.id, c.evidence.path])).toEqual([['pmi-pmp', '/certificates/0']]);
  });

  it('reads skills grouped by name, quoting each at its own JSON pointer', () => {
    const { profile, warnings } = read(aResume({ skills: { 'project tools': ['Jira', 'MS Project'], methods: 'Scrum' } }));
    expect(warnings).toEqual([]);
    expect(profile.terms!.get('jira')).toEqual([{ path: '/skills/project tools/0', text: 'Jira' }]);
    expect(profile.terms!.get('scrum')).toEqual([{ path: '/skills/methods', text: 'Scrum' }]);
  });

  it('reads only the first 256 KiB of a text, with a warning, so a 50 MB field costs no more', () => {
    const huge = 'project '.repeat(MAX_TEXT_CHARS / 4);
    const result = readJsonResume(aResume({ basics: { name: 'A', summary: huge } }));
    expect(result.ok && result.value.basics!.summary!.length).toBe(MAX_TEXT_CHARS);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'resume-text-cut', path: 'basics.summary', message: expect.stringContaining('524,288 characters long') })]);
  });

  it('does not change the document it reads', () => {
    const doc = aResume({ basics: { name: 'A', phone: null } });
    readJsonResume(doc);
    expect(doc).toEqual(aResume({ basics: { name: 'A', phone: null } }));
  });
});

describe('what is refused: an object that cannot be a résumé', () => {
  it.each([
    [{}, 'no JSON Resume section'],
    [{ name: 'Ana', experience: [] }, 'it has "name", "experience"'],
    [{ work: null }, 'no JSON Resume section'],
  ])('refuses %j, saying which sections it looked for', (doc, message) => {
    const result = documentToProfile(doc, 'r.json', vocab);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ code: 'resume-no-sections', source: 'r.json', message: expect.stringMatching(new RegExp(`basics, work, volunteer.*${message}|${message}`)) }),
    ]);
  });
});

describe('dates in words are read, and each reading is said', () => {
  it('reads "May 2022" to "Present" as a current job starting in May 2022', () => {
    const { profile, warnings } = read(aResume({ work: [{ position: 'Chef de projet', startDate: 'Juin 2018', endDate: "aujourd'hui" }] }));
    expect(profile.positions![0]).toMatchObject({ end: null, families: ['project-management'] });
    expect(warnings.map((w) => w.message)).toEqual([
      '"Juin 2018" is not an ISO 8601 date; read as 2018-06',
      `endDate "aujourd'hui" is not a JSON Resume date; read as a current job`,
    ]);
  });

  it('says an ambiguous date is ambiguous and leaves that job uncounted', () => {
    const { profile, warnings } = read(aResume({ work: [{ position: 'PM', startDate: '03/04/2019' }] }));
    expect(profile.positions).toEqual([]);
    expect(warnings[0]!.message).toMatch(/could be day\/month or month\/day; write 2019-04-03 or 2019-03-04; this job's time is not counted/);
  });
});

describe('any value in any field', () => {
  const FIELDS = ['position', 'name', 'startDate', 'endDate', 'summary', 'highlights', 'keywords'] as const;
  it('costs at most that field: the résumé is read, the warnings have paths, the other job still counts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 3 }), (field, value) => {
        const good = { position: 'Project Manager', startDate: '2020-01', endDate: '2021-01' };
        const result = documentToProfile(aResume({ work: [{ ...good, [field]: value }, good] }), 'r.json', vocab);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.positions!.length).toBeGreaterThanOrEqual(1);
        for (const w of result.warnings) expect(w.path).toMatch(/^work\[0\]/);
      }),
      { seed: 8, numRuns: 300 },
    );
  });

  it('never throws on any JSON object, and refuses only one with no section', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('basics', 'work', 'education', 'skills', 'certificates', 'other'), fc.jsonValue({ maxDepth: 4 })), (doc) => {
        const result = documentToProfile(doc, 'r.json', vocab);
        if (!result.ok) expect(result.problems[0]!.code).toBe('resume-no-sections');
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});
