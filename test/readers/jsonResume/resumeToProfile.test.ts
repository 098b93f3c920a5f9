import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/profile/day.js';
import { documentToProfile, readResume } from '../../../src/readers/jsonResume/readResume.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';
import { aResume } from '../../support/builders.js';

const vocab = vocabulary();
function profileOf(doc: Record<string, unknown>) {
  const result = documentToProfile(doc, 'test.json', vocab);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { profile: result.value, warnings: result.warnings };
}

describe('résumé -> candidate profile', () => {
  it('reads a section that is missing entirely as unknown, and an empty one as known and empty', () => {
    const { profile } = profileOf(aResume());
    expect(profile.positions).toBeNull();
    expect(profile.degrees).toBeNull();
    expect(profile.credentials).toBeNull();
    const empty = profileOf(aResume({ work: [], education: [], certificates: [] })).profile;
    expect(empty.positions).toEqual([]);
    expect(empty.degrees).toEqual([]);
    expect(empty.credentials).toEqual([]);
  });

  it('reads jobs as periods: year-only and year-month dates cover the whole period, no endDate is current', () => {
    const { profile } = profileOf(aResume({ work: [{ position: 'Project Manager', startDate: '2019', endDate: '2020-02' }, { position: 'TPM', startDate: '2021-03' }] }));
    const [first, second] = profile.positions!;
    expect(formatDay(first!.start)).toBe('2019-01-01');
    expect(formatDay(first!.end!)).toBe('2020-02-29');
    expect(second!.end).toBeNull();
    expect(second!.families).toContain('project-management');
  });

  it.each(['Present', 'present', 'Current', ''])('reads endDate %j as a current job, with a warning naming the path', (endDate) => {
    const { profile, warnings } = profileOf(aResume({ work: [{ position: 'PM', startDate: '2020-01', endDate }] }));
    expect(profile.positions![0]!.end).toBeNull();
    expect(warnings[0]).toMatchObject({ code: 'resume-ongoing-end-date', path: 'work[0].endDate' });
  });

  it('reads the other jobs when one date is impossible, warning with its path', () => {
    const { profile, warnings } = profileOf(aResume({ work: [{ position: 'PM', startDate: '2019-19' }, { position: 'TPM', startDate: '2020-01' }] }));
    expect(profile.positions!.map((p) => p.title)).toEqual(['TPM']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'resume-date-unreadable', path: 'work[0].startDate', message: expect.stringContaining('"2019-19" is not a calendar date') })]);
  });

  it('skips, with a warning, a job that ends before it starts or has no start', () => {
    const { profile, warnings } = profileOf(aResume({ work: [{ position: 'PM', startDate: '2020-05', endDate: '2019-01' }, { position: 'PM', startDate: '' }] }));
    expect(profile.positions).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['resume-end-before-start', 'resume-no-start-date']);
  });

  it('treats empty strings as absent and ignores properties it does not know', () => {
    const { profile } = profileOf(aResume({ basics: { name: '  ', label: '', image: '', nickname: 'x' }, work: [{ name: '', position: '', startDate: '2020', website: 'w' }] }));
    expect(profile.name).toBeNull();
    expect(profile.positions![0]).toMatchObject({ title: '', employer: null, families: [] });
  });

  it('reads a document with a UTF-8 byte-order mark', () => {
    expect(readResume('\uFEFF{"basics":{"name":"Zoë"}}', 'bom.json', vocab)).toMatchObject({ ok: true, value: { name: 'Zoë' } });
  });

  it('reads degrees from free text: level from studyType, field from area', () => {
    const { profile } = profileOf(aResume({ education: [{ studyType: 'B.Eng.', area: 'Electrical Engineering', endDate: '2012' }, { studyType: 'MBA', area: '' }, { studyType: 'Course', area: 'Pottery' }] }));
    expect(profile.degrees!.map((d) => [d.level, d.fields])).toEqual([
      ['bachelor', ['engineering']],
      ['master', ['business']],
    ]);
    expect(profile.degrees![0]!.evidence.path).toBe('/education/0');
  });

  it('finds credentials in certificates with their dates, and in other text without', () => {
    const withSection = profileOf(aResume({ certificates: [{ name: 'PMP®', date: '2021-06-01', issuer: 'PMI' }] })).profile;
    expect(withSection.credentials).toEqual([{ id: 'pmi-pmp', earned: expect.any(Number), evidence: { path: '/certificates/0/name', text: 'PMP® (PMI)' } }]);
    const inSummary = profileOf(aResume({ basics: { summary: 'Certified ScrumMaster and PMI-ACP holder.' } })).profile;
    expect(inSummary.credentials!.map((c) => [c.id, c.earned])).toEqual([
      ['pmi-acp', null],
      ['sa-csm', null],
    ]);
  });

  it('keeps the JSON pointer and the text of each term it finds', () => {
    const { profile } = profileOf(aResume({ skills: [{ name: 'Tools', keywords: ['Jira', 'MS Project'] }] }));
    expect(profile.terms!.get('jira')).toEqual([{ path: '/skills/0/keywords/0', text: 'Jira' }]);
    expect(profile.terms!.get('ms-project')).toEqual([{ path: '/skills/0/keywords/1', text: 'MS Project' }]);
  });

  it.each([
    ['Led a team of 12 engineers', 12],
    ['Managed 8 developers and 2 testers', 8],
    ['Built a 25-person delivery organisation', 25],
  ])('reads the team size in %j', (text, size) => {
    expect(profileOf(aResume({ work: [{ position: 'PM', startDate: '2020', highlights: [text] }] })).profile.teamSize?.size).toBe(size);
  });

  it.each([
    ['Managed a $2.4M budget', 2_400_000],
    ['Owned the €750k programme budget', 750_000],
    ['Budget of $3 million', 3_000_000],
  ])('reads the budget in %j', (text, amount) => {
    expect(profileOf(aResume({ work: [{ position: 'PM', startDate: '2020', highlights: [text] }] })).profile.budget?.amount).toBe(amount);
  });

  it('classifies a job as external customer delivery and keeps the text that decided it', () => {
    const { profile } = profileOf(
      aResume({ work: [{ name: 'Acme Consulting', position: 'Engagement Manager', startDate: '2020', highlights: ['Delivered SOW-based ERP rollouts for three manufacturing clients'] }] }),
    );
    expect(profile.positions![0]).toMatchObject({ engagement: 'external', engagementEvidence: { path: expect.stringMatching(/^\/work\/0\//) } });
  });

  it('reads the facts it reads on first use (engagement, team, budget) as plain data: in its JSON, its copies and its key order', () => {
    const { profile } = profileOf(
      aResume({ work: [{ name: 'Acme Consulting', position: 'Engagement Manager', startDate: '2020', highlights: ['Led a team of 12 engineers for three manufacturing clients', 'Managed a $2.4M budget'] }] }),
    );
    const json = JSON.parse(JSON.stringify(profile));
    expect(json.positions[0]).toMatchObject({ engagement: 'external', engagementEvidence: { path: '/work/0/highlights/0' } });
    expect(Object.keys(json.positions[0])).toEqual(['title', 'employer', 'start', 'end', 'families', 'domains', 'engagement', 'engagementEvidence', 'evidence']);
    expect(json).toMatchObject({ teamSize: { size: 12 }, budget: { amount: 2_400_000 } });
    expect(Object.keys(json)).toEqual(['name', 'positions', 'degrees', 'credentials', 'terms', 'teamSize', 'budget', 'remote', 'trainingHours']);
    // Read on first use: accessors, so that a rubric without such criteria never has them worked out.
    expect(Object.getOwnPropertyDescriptor(profile.positions![0], 'engagement')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(profile, 'teamSize')?.get).toBeTypeOf('function');
    expect({ ...profile.positions![0] }).toEqual(json.positions[0]);
    expect(profile.positions![0]!.engagement).toBe('external');
  });
});

describe('numbers written the way people write them', () => {
  const highlights = (text: string) => documentToProfile(aResume({ work: [{ position: 'PM', startDate: '2020', highlights: [text] }] }), 't.json', vocab);
  it.each([
    ['Managed a $1,200,000 budget', 1_200_000],
    ['$250,000 project budget', 250_000],
    ['$1.5M programme budget', 1_500_000],
  ])('reads the amount in %j with its thousands separators', (text, amount) => {
    const r = highlights(text);
    expect(r.ok && r.value.budget?.amount).toBe(amount);
  });

  it('reads "Led 4 teams (30 engineers)" as a team of 30', () => {
    const r = highlights('Led 4 teams (30 engineers)');
    expect(r.ok && r.value.teamSize?.size).toBe(30);
  });
});

describe('credentials named in free text', () => {
  const credentialsOf = (doc: Record<string, unknown>) => profileOf(aResume(doc)).profile.credentials;

  it.each(['Preparing for the PMP exam.', 'Not PMP certified yet.', 'Working towards the PMP; exam scheduled.', 'PMP candidate (exam in 2027).'])('do not count when the sentence says they are not held: %j', (summary) => {
    expect(credentialsOf({ basics: { summary } })).toBeNull();
  });

  it('count when the sentence before says nothing against them', () => {
    expect(credentialsOf({ basics: { summary: 'Not one to sit still. PMP since 2019.' } })!.map((c) => c.id)).toEqual(['pmi-pmp']);
  });

  it('are not read at all when the résumé has a certificates section', () => {
    expect(credentialsOf({ basics: { summary: 'PMP and CSM.' }, certificates: [{ name: 'ITIL 4 Foundation' }] })!.map((c) => c.id)).toEqual(['itil-foundation']);
  });
});

describe('education entries', () => {
  it('keeps an entry that names no level as a degree of unknown level, and leaves out training', () => {
    const { profile } = profileOf(aResume({ education: [{ institution: 'MIT', area: 'Computer Science', endDate: '2015' }, { studyType: 'Bootcamp', area: 'Data Science' }] }));
    expect(profile.degrees!.map((d) => [d.level, d.fields])).toEqual([[null, ['computer-science']]]);
  });
});

describe('role families from titles', () => {
  it.each([
    ['Project Management Intern', ['internship']],
    ['IT Project Manager', ['project-management']],
    ['DevOps Project Manager', ['devops', 'project-management']],
  ])('%s -> %j', (position, families) => {
    const { profile } = profileOf(aResume({ work: [{ position, startDate: '2020' }] }));
    expect([...profile.positions![0]!.families].sort()).toEqual(families);
  });
});
