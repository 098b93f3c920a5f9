import { describe, expect, it } from 'vitest';
import { answersFileText, type Answers } from '../../../src/readers/answers/answersSchema.js';
import { answersToProfile } from '../../../src/readers/answers/answersToProfile.js';
import { fillUnknowns } from '../../../src/readers/answers/fillUnknowns.js';
import { answersFileOf, candidateFromAnswers } from '../../../src/readers/answers/answersFile.js';
import { formatDay } from '../../../src/profile/day.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, day } from '../../support/builders.js';

const vocab = vocabulary();
const asOf = day('2026-11-01');

describe('interview answers -> candidate profile', () => {
  it('leaves every skipped question unknown', () => {
    const p = answersToProfile({ name: null, degreeLevel: null, pmYears: null, credentials: null, tools: null }, asOf, vocab);
    expect(p).toMatchObject({ name: null, positions: null, degrees: null, credentials: null, terms: null, teamSize: null, remote: null });
  });

  it('turns years into a period ending at (or running to) the as-of date, with who it was delivered for', () => {
    const p = answersToProfile({ pmYears: 6, pmCurrent: true, customerFacing: 'external', technicalYears: 2 }, asOf, vocab);
    const [pm, tech] = p.positions!;
    expect(formatDay(pm!.start)).toBe('2020-11-01');
    expect(pm).toMatchObject({ end: null, families: ['project-management', 'program-management', 'delivery-management'], engagement: 'external', evidence: { path: '/answers/pmYears' } });
    expect(tech).toMatchObject({ end: asOf, families: ['engineering'] });
  });

  it('reads "None of these" and "No degree" as known and empty', () => {
    const p = answersToProfile({ degreeLevel: 'none', credentials: [], tools: [] }, asOf, vocab);
    expect(p.degrees).toEqual([]);
    expect(p.credentials).toEqual([]);
    expect(p.terms).toEqual(new Map());
  });

  it('dates a credential by the year given, and gives the degree its field', () => {
    const p = answersToProfile({ degreeLevel: 'master', degreeField: 'computer-science', credentials: ['pmi-pmp'], credentialYears: { 'pmi-pmp': 2024 } }, asOf, vocab);
    expect(p.degrees![0]).toMatchObject({ level: 'master', fields: ['computer-science'] });
    expect(formatDay(p.credentials![0]!.earned!)).toBe('2024-12-31');
  });
});

describe('fillUnknowns (interview --resume)', () => {
  it('keeps what the résumé establishes and fills only its unknowns', () => {
    const resume = aProfile({ name: 'Ana', degrees: null, positions: [aPosition({ engagement: 'unclear' })], teamSize: { size: 4, evidence: { path: '/w', text: 'team of 4' } } });
    const raw: Answers = { name: 'Someone else', degreeLevel: 'bachelor', pmYears: 3, customerFacing: 'external', teamSize: 40 };
    const p = fillUnknowns(resume, raw, answersToProfile(raw, asOf, vocab));
    expect(p.name).toBe('Ana');
    expect(p.degrees![0]!.level).toBe('bachelor');
    expect(p.teamSize!.size).toBe(4);
    expect(p.positions).toHaveLength(1);
    expect(p.positions![0]).toMatchObject({ engagement: 'external', engagementEvidence: { path: '/answers/customerFacing' } });
  });
});

describe('fillUnknowns: vague parts of known sections', () => {
  it('gives a degree without a level the level answered, and unclear jobs the answer on who they served, even when years were not asked', () => {
    const resume = aProfile({ degrees: [aDegree({ level: null, fields: ['computer-science'] })], positions: [aPosition({ engagement: 'unclear' }), aPosition({ engagement: 'internal' })] });
    const raw: Answers = { degreeLevel: 'bachelor', customerFacing: 'external' };
    const p = fillUnknowns(resume, raw, answersToProfile(raw, asOf, vocab));
    expect(p.degrees![0]).toMatchObject({ level: 'bachelor', fields: ['computer-science'] });
    expect(p.positions!.map((x) => x.engagement)).toEqual(['external', 'internal']);
  });
});

describe('what the interview does not ask stays unknown', () => {
  it('a term category not answered, or a role family not asked about', () => {
    const p = answersToProfile({ pmYears: 12, domains: ['cloud'] }, asOf, vocab);
    expect([...p.knownTermCategories!]).toEqual(['domain']);
    expect([...p.knownFamilies!].sort()).toEqual(['delivery-management', 'program-management', 'project-management']);
  });

  it('a credential earned this year is held from the as-of date, not from 31 December', () => {
    const p = answersToProfile({ credentials: ['pmi-pmp'], credentialYears: { 'pmi-pmp': 2026 } }, asOf, vocab);
    expect(p.credentials![0]!.earned).toBe(asOf);
  });
});

describe('an answers file', () => {
  const answers: Answers = { name: 'Rosa Díaz', degreeLevel: 'bachelor', pmYears: 7 };
  it('is written with a stable key order whatever the order answers came in', () => {
    expect(answersFileText({ pmYears: 7, name: 'Rosa Díaz', degreeLevel: 'bachelor' })).toBe(answersFileText(answers));
  });

  it('is read back into a profile, and a bad one is rejected with its path', () => {
    const file = answersFileOf(JSON.parse(answersFileText(answers)), 'a.json');
    const read = file.ok && file.value ? candidateFromAnswers(file.value, vocab, asOf) : null;
    expect(read?.ok && read.value.name).toBe('Rosa Díaz');
    expect(answersFileOf({ basics: {} }, 'r.json')).toEqual({ ok: true, value: null, warnings: [] });
    const bad = answersFileOf({ tpmAssessAnswers: 1, answers: { pmYears: 'seven' } }, 'a.json');
    expect(!bad.ok && bad.problems[0]).toMatchObject({ path: 'answers.pmYears', source: 'a.json' });
  });
});

describe('answers to derived questions (roleYears, clientYears, credentialCurrent)', () => {
  const answers: Answers = {
    roleYears: { 'scrum-master': 2, 'delivery-management+program-management+project-management@cloud+networking': 6 },
    customerFacing: 'both',
    clientYears: { 'delivery-management+program-management+project-management': 3 },
    credentials: ['sa-csm'],
    credentialCurrent: { 'sa-csm': 'lapsed' },
  };

  it('round-trips through the saved file, which assess reads back; a file of the old fields still reads', () => {
    const file = answersFileOf(JSON.parse(answersFileText(answers)), 'answers.json');
    expect(file.ok && file.value?.answers).toEqual(answers);
    const old = answersFileOf({ tpmAssessAnswers: 1, answers: { pmYears: 4, pmCurrent: true, credentialYears: { 'pmi-pmp': 2024 } } }, 'old.json');
    expect(old.ok && old.value?.answers.pmYears).toBe(4);
  });

  it('becomes one period per role answer, on its domains, and a client-delivery period; a lapsed credential is dated past its renewal', () => {
    const p = answersToProfile(answers, asOf, vocab);
    expect(p.positions!.map((j) => [j.families, j.domains, j.engagement, formatDay(j.start)])).toEqual([
      [['scrum-master'], [], 'unclear', '2024-11-01'],
      [['delivery-management', 'program-management', 'project-management'], ['cloud', 'networking'], 'internal', '2020-11-01'],
      [['delivery-management', 'program-management', 'project-management'], [], 'external', '2023-11-01'],
    ]);
    expect([...p.knownFamilies!].sort()).toEqual(['delivery-management', 'program-management', 'project-management', 'scrum-master']);
    const csm = p.credentials![0]!;
    expect(csm.earned! < day('2024-11-01')).toBe(true);
    expect(csm.evidence.text).toBe('Certified ScrumMaster (CSM), lapsed (interview)');
  });
});
