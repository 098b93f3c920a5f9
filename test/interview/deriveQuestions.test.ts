import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersToProfile } from '../../src/readers/answers/answersToProfile.js';
import { assess } from '../../src/engine/assess.js';
import { deriveQuestions, NONE, OTHER, type Question } from '../../src/interview/deriveQuestions.js';
import { isAnswered, withAnswer } from '../../src/interview/recordAnswer.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { readRubricFile } from '../../src/rubric/readRubricFile.js';
import type { Criterion, Rubric } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const catalog = new RubricCatalog(vocab);
const rubric = (id: string): Rubric => {
  const r = catalog.byId(id);
  if (!r.ok) throw new Error(`no rubric ${id}`);
  return r.value;
};
const base = { weight: 10, source: 's' };
const one = (c: Criterion) => deriveQuestions([aRubric([c])], vocab).filter((q) => q.id !== 'name');
const choiceNames = (q: Question) => (q.input.kind === 'choice' || q.input.kind === 'multi' ? q.input.choices.map((c) => c.name) : []);
const ids = (qs: Question[]) => qs.map((q) => q.id);

describe('each criterion kind asks for what it needs, in its own words', () => {
  it('degree: the level, and the field only when the criterion names fields (its fields, plus another)', () => {
    const qs = one({ ...base, id: 'd', title: 'A degree', kind: 'degree', minLevel: 'bachelor', fields: ['computer-science', 'engineering'] });
    expect(ids(qs)).toEqual(['degreeLevel', 'degreeField']);
    expect(choiceNames(qs[1]!)).toEqual(['Skip (not sure, or rather not say)', 'Computer science', 'Engineering', 'Another field']);
    expect(qs[1]!.when!({ degreeLevel: 'master' })).toBe(true);
    expect(qs[1]!.when!({ degreeLevel: 'none' })).toBe(false);
    expect(ids(one({ ...base, id: 'd', title: 'Any degree', kind: 'degree', minLevel: 'bachelor' }))).toEqual(['degreeLevel']);
  });

  it('degree with equivalent experience: also the years in the roles that stand in for it', () => {
    const qs = one({ ...base, id: 'd', title: 'A degree or experience', kind: 'degree', minLevel: 'bachelor', equivalentExperience: { years: 4, roles: ['engineering'] } });
    expect(ids(qs)).toEqual(['degreeLevel', 'roleYears:engineering']);
  });

  it('experience: years in the role family, named with the titles of vocabulary/roles.yaml', () => {
    const [q] = one({ ...base, id: 'e', title: '1+ year as SM', kind: 'experience', minYears: 1, roles: ['scrum-master'] });
    expect(q!.message).toBe('Years as a Scrum Master or Agile Coach');
    expect(q!.input).toEqual({ kind: 'number', read: 'years', hint: 'years, e.g. 4 or 4.5' });
  });

  it('experience on domains: the years on that work, a fact apart from the years in the role', () => {
    const [q] = one({ ...base, id: 'e', title: 'Infra PM', kind: 'experience', minYears: 5, roles: ['project-management'], domains: ['networking', 'cloud'] });
    expect(q!.id).toBe('roleYears:project-management@cloud+networking');
    expect(q!.message).toBe('Years as a Project Manager or Technical Project Manager on Networking or Cloud work');
  });

  it('customer-facing: whether delivery was for external clients, then for how long', () => {
    const qs = one({ ...base, id: 'cf', title: 'Client-facing', kind: 'customer-facing', roles: ['project-management'] });
    expect(ids(qs)).toEqual(['customerFacing:project-management', 'clientYears:project-management']);
    expect(qs[0]!.message).toBe('Who did you lead delivery for as a Project Manager or Technical Project Manager?');
    expect(qs[1]!.when!({ customerFacing: 'internal' })).toBe(false);
    expect(qs[1]!.when!({ customerFacing: 'both' })).toBe(true);
  });

  it('certification: exactly the credentials it accepts, plus another and none; currency asked as "is it current?"', () => {
    const qs = one({ ...base, id: 'c', title: 'PMP or PRINCE2', kind: 'certification', anyOf: ['pmi-pmp', 'so-psm'] });
    expect(ids(qs)).toEqual(['credentials', 'credentialCurrent:pmi-pmp', 'trainingHours']);
    expect(choiceNames(qs[0]!)).toEqual(['Project Management Professional (PMP)', 'Professional Scrum Master (PSM I, II or III)', 'Another certification', 'None of these']);
    expect(choiceNames(qs[1]!)).toEqual(['Not sure (skip)', 'Yes', 'No, it has lapsed']);
    expect(qs[1]!.when!({ credentials: ['so-psm'] })).toBe(false);
    // current: false counts a credential once earned, so its currency is not asked; no PMP, no training hours.
    expect(ids(one({ ...base, id: 'c', title: 'CSM', kind: 'certification', anyOf: ['sa-csm'], current: false }))).toEqual(['credentials']);
  });

  it.each(['domains', 'methodologies', 'tools', 'skills'] as const)('%s: the terms it lists, plus none of these', (kind) => {
    const anyOf = { domains: ['cloud'], methodologies: ['scrum', 'kanban'], tools: ['jira'], skills: ['facilitation'] }[kind];
    const [q] = one({ ...base, id: 'x', title: 'Terms', kind, anyOf });
    expect(q!.id).toBe(kind);
    expect(choiceNames(q!)).toEqual([...anyOf.map((id) => vocab.terms.get(id)!.title), 'None of these']);
  });

  it('leadership, budget (naming the currency when the rubric gives it) and remote', () => {
    expect(one({ ...base, id: 'l', title: 'Team', kind: 'leadership', minTeamSize: 10 })[0]!.input).toMatchObject({ read: 'people' });
    const [budget] = one({ ...base, id: 'b', title: 'Budget', kind: 'budget', minAmount: 2e6, currency: 'USD' });
    expect(budget!.message).toBe('Largest budget you have managed, in USD');
    expect(budget!.input).toMatchObject({ read: 'amount', hint: 'e.g. 2,000,000 or 2M or 250k' });
    expect(one({ ...base, id: 'b', title: 'Budget', kind: 'budget', minAmount: 2e6 })[0]!.message).toContain("the rubric's 2,000,000");
    expect(ids(one({ ...base, id: 'r', title: 'Remote', kind: 'remote' }))).toEqual(['remote']);
  });

  it('a question: in the rubric replaces the derived wording', () => {
    const [q] = one({ ...base, id: 'e', title: 'SM', kind: 'experience', minYears: 1, roles: ['scrum-master'], question: 'How long have you coached agile teams?' });
    expect(q!.message).toBe('How long have you coached agile teams?');
  });
});

describe('the rubrics in play decide what is asked', () => {
  it('scrum-master asks about Scrum Master years and its credentials, and not budgets, teams or remote work', () => {
    const qs = deriveQuestions([rubric('scrum-master')], vocab);
    expect(ids(qs)).toEqual(['name', 'roleYears:scrum-master', 'credentials', 'domains', 'methodologies', 'tools', 'skills']);
  });

  it('tpm asks nothing about team size, budget or remote work, which it does not score', () => {
    expect(ids(deriveQuestions([rubric('tpm')], vocab))).not.toEqual(expect.arrayContaining(['teamSize']));
    expect(ids(deriveQuestions([rubric('tpm')], vocab)).filter((id) => ['teamSize', 'budget', 'remote'].includes(id))).toEqual([]);
  });

  it('with several rubrics each fact is asked once and feeds every criterion that uses it', () => {
    const qs = deriveQuestions([rubric('tpm'), rubric('infra-tpm')], vocab);
    expect(new Set(ids(qs)).size).toBe(qs.length);
    const pm = qs.find((q) => q.id === 'roleYears:delivery-management+program-management+project-management')!;
    expect(pm.feeds).toEqual(['tpm/pm-experience']);
    expect(qs.find((q) => q.id === 'degreeLevel')!.feeds).toEqual(['tpm/degree', 'infra-tpm/masters-degree']);
    // The union of the fields both degrees accept, once.
    expect(choiceNames(qs.find((q) => q.id === 'degreeField')!)).toContain('Project management');
  });

  it('a ladder asks what any of its levels needs, once', () => {
    const qs = deriveQuestions([rubric('tpm-ladder')], vocab);
    expect(new Set(ids(qs)).size).toBe(qs.length);
    expect(qs.find((q) => q.id === 'degreeLevel')!.feeds.length).toBeGreaterThan(1);
  });

  it("a user's rubric with criteria no embedded rubric has asks its own questions, with no code change", () => {
    const text = readFileSync(new URL('./fixtures/platform-tpm.yaml', import.meta.url), 'utf8');
    const read = readRubricFile(text, 'platform-tpm.yaml');
    expect(read.problems).toEqual([]);
    const added = new RubricCatalog(vocab).add(read.rubric!);
    if (!added.ok) throw new Error(JSON.stringify(added.problems));
    const qs = deriveQuestions([added.value], vocab);
    expect(qs.map((q) => [q.id, q.message])).toEqual([
      ['name', 'Your name (for the report)'],
      ['roleYears:devops', 'Years as a DevOps or DevOps Engineer'],
      ['roleYears:product-management', 'How many years have you owned a product roadmap?'],
      ['credentials', 'Which of these certifications do you hold? (space selects, Enter confirms; nothing selected skips)'],
      ['credentialCurrent:aws-certified', 'Is your AWS Certified (any role or specialty) current?'],
      ['credentialCurrent:cncf-cka', 'Is your Certified Kubernetes Administrator (CKA) current?'],
      ['teamSize', 'Size of the largest team you have led'],
      ['budget', 'Largest budget you have managed, in EUR'],
    ]);
  });
});

describe('answers to derived questions score as a résumé would', () => {
  const asOf = day('2026-11-01');
  const qs = deriveQuestions([rubric('scrum-master'), rubric('infra-tpm')], vocab);
  const q = (id: string) => qs.find((x) => x.id === id)!;

  it('years as a Scrum Master meet the Scrum Master experience criterion; a skip leaves it unknown', () => {
    const sm = rubric('scrum-master');
    const scored = (answers: Parameters<typeof answersToProfile>[0]) => assess(answersToProfile(answers, asOf, vocab), sm, { asOf, vocabulary: vocab }).criteria.find((c) => c.id === 'scrum-master-experience')!.status;
    expect(scored(withAnswer(q('roleYears:scrum-master'), {}, 2))).toBe('met');
    expect(scored(withAnswer(q('roleYears:scrum-master'), {}, 0))).toBe('missing');
    expect(scored(withAnswer(q('roleYears:scrum-master'), {}, null))).toBe('unknown');
  });

  it('internal delivery only answers the client years too, and makes customer-facing missing, not unknown', () => {
    const cf = q('customerFacing:delivery-management+program-management+project-management');
    const answers = withAnswer(cf, {}, 'internal');
    expect(isAnswered(q('clientYears:delivery-management+program-management+project-management'), answers)).toBe(true);
    const infra = assess(answersToProfile(answers, asOf, vocab), rubric('infra-tpm'), { asOf, vocabulary: vocab });
    expect(infra.criteria.find((c) => c.id === 'customer-facing')!.status).toBe('missing');
    const external = withAnswer(q('clientYears:delivery-management+program-management+project-management'), withAnswer(cf, {}, 'external'), 3);
    expect(assess(answersToProfile(external, asOf, vocab), rubric('infra-tpm'), { asOf, vocabulary: vocab }).criteria.find((c) => c.id === 'customer-facing')!.status).toBe('met');
  });

  it('a credential said to be lapsed gets the lapsed credit; one said current, or not sure, counts as held', () => {
    const tpm = rubric('tpm');
    const pmp = (current: unknown) => {
      const tq = deriveQuestions([tpm], vocab);
      const held = withAnswer(tq.find((x) => x.id === 'credentials')!, {}, ['pmi-pmp', OTHER]);
      const answers = withAnswer(tq.find((x) => x.id === 'credentialCurrent:pmi-pmp')!, held, current);
      return assess(answersToProfile(answers, asOf, vocab), tpm, { asOf, vocabulary: vocab }).criteria.find((c) => c.id === 'pmp')!;
    };
    expect(pmp('yes').score).toBe(1);
    expect(pmp(null).score).toBe(1);
    expect(pmp('lapsed').score).toBe(0.5);
  });

  it('"None of these" is a known empty list; nothing selected is a skip', () => {
    expect(withAnswer(q('tools'), {}, [NONE])).toEqual({ tools: [] });
    expect(withAnswer(q('tools'), {}, [])).toEqual({ tools: null });
  });
});

describe('with --resume, what the résumé establishes is not asked, and is said', () => {
  const asOf = day('2026-11-01');
  it('says the years, the credential and the degree it took, and leaves the rest open', () => {
    const resume = aProfile({
      positions: [aPosition({ from: '2019-05', to: null, families: ['project-management'] })],
      degrees: [aDegree({ level: 'bachelor', fields: ['computer-science'] })],
      credentials: [{ id: 'pmi-pmp', earned: null, evidence: { path: '/certificates/0', text: 'PMP' } }],
      terms: null,
    });
    const qs = deriveQuestions([rubric('tpm')], vocab);
    const told = qs.map((x) => [x.id, x.fromResume(resume, asOf)] as const).filter(([, t]) => t !== null);
    expect(Object.fromEntries(told)).toMatchObject({
      degreeLevel: "a bachelor's in computer science",
      'roleYears:delivery-management+program-management+project-management': '7.5 years as a Project Manager, Program Manager or Delivery Manager',
      credentials: 'the Project Management Professional (PMP)',
    });
    expect(qs.filter((x) => x.fromResume(resume, asOf) === null).map((x) => x.id)).toEqual(['degreeField', 'credentialCurrent:pmi-pmp', 'domains', 'tools', 'skills', 'trainingHours']);
  });
});
