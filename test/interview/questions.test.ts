import { describe, expect, it } from 'vitest';
import { interviewQuestions, isAnswered, NONE, withAnswer, type Question } from '../../src/interview/questions.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile } from '../support/builders.js';

const vocab = vocabulary();
const questions = interviewQuestions(vocab);
const byKey = (key: string) => questions.find((q) => q.key === key)!;
const asked = (answers: Parameters<Question['ask']>[0], resume: Parameters<Question['ask']>[1]) =>
  questions.filter((q) => !isAnswered(q, answers) && q.ask(answers, resume)).map((q) => (q.kind === 'year' ? `year:${q.credential}` : q.key));

describe('the interview questions', () => {
  it('asks everything that applies when there is no résumé, follow-ups only after their question', () => {
    expect(asked({}, null)).toEqual(['name', 'degreeLevel', 'pmYears', 'technicalYears', 'credentials', 'domains', 'methodologies', 'tools', 'skills', 'teamSize', 'budget', 'remote', 'trainingHours']);
    expect(asked({ degreeLevel: 'master', pmYears: 3, credentials: ['pmi-pmp', 'so-psm'] }, null)).toEqual(
      expect.arrayContaining(['degreeField', 'pmCurrent', 'customerFacing', 'year:pmi-pmp']),
    );
    // A credential that does not expire needs no year.
    expect(asked({ credentials: ['so-psm'] }, null)).not.toContain('year:so-psm');
  });

  it('with --resume, asks only what the résumé does not establish', () => {
    const resume = aProfile({
      name: 'Ana',
      degrees: [aDegree()],
      positions: [aPosition({ engagement: 'external' })],
      credentials: [],
      terms: new Map([['jira', [{ path: '/skills/0', text: 'Jira' }]]]),
      teamSize: null,
      remote: [],
    });
    expect(asked({}, resume)).toEqual(['domains', 'methodologies', 'skills', 'teamSize', 'budget', 'remote', 'trainingHours']);
  });

  it('asks who projects were delivered for when no project-management job in the résumé says', () => {
    const resume = aProfile({ positions: [aPosition({ engagement: 'unclear' })] });
    expect(asked({}, resume)).toContain('customerFacing');
  });

  it('does not ask again what a saved run already answered, skips included', () => {
    expect(asked({ name: null, degreeLevel: 'none', pmYears: null, technicalYears: 2 }, null)[0]).toBe('credentials');
  });
});

describe('reading a prompt\'s answer', () => {
  it('keeps Enter on an empty number, text or list as a skip (null), and "None of these" as none', () => {
    expect(withAnswer(byKey('pmYears'), {}, undefined)).toEqual({ pmYears: null });
    expect(withAnswer(byKey('name'), {}, '  ')).toEqual({ name: null });
    expect(withAnswer(byKey('tools'), {}, [])).toEqual({ tools: null });
    expect(withAnswer(byKey('tools'), {}, [NONE])).toEqual({ tools: [] });
    expect(withAnswer(byKey('tools'), {}, ['jira', 'confluence'])).toEqual({ tools: ['jira', 'confluence'] });
  });

  it('files a credential year under its credential', () => {
    const year = questions.find((q) => q.kind === 'year' && q.credential === 'pmi-pmp')!;
    expect(withAnswer(year, { credentials: ['pmi-pmp'] }, 2024)).toEqual({ credentials: ['pmi-pmp'], credentialYears: { 'pmi-pmp': 2024 } });
    expect(isAnswered(year, { credentialYears: { 'pmi-pmp': null } })).toBe(true);
  });
});
