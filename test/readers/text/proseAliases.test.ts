import { describe, expect, it } from 'vitest';
import { resumeToProfile } from '../../../src/readers/jsonResume/resumeToProfile.js';
import type { JsonResume } from '../../../src/readers/jsonResume/jsonResumeSchema.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

// Issue 10: aliases in ordinary prose are not credentials, tools, skills or team sizes. The
// "must not" phrases are from real résumés that the tool misread; the "must" ones are the forms
// people use to claim the same things.
const vocab = vocabulary();
const read = (resume: JsonResume) => resumeToProfile(resume, vocab).profile;
const summary = (text: string) => read({ basics: { summary: text } } as JsonResume);
const highlight = (text: string) => read({ work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01', highlights: [text] }] } as JsonResume);
const credentialIds = (text: string) => (summary(text).credentials ?? []).map((c) => c.id);
const terms = (text: string) => [...(highlight(text).terms?.keys() ?? [])];

describe('credentials in prose count only in the forms people claim them with', () => {
  it.each([
    'As an engineering and project management professional with over 25 years of experience',
    'A seasoned project management professional who delivers',
    'program management professional leading change',
  ])('not a credential: %s', (text) => {
    expect(credentialIds(text)).toEqual([]);
  });

  it.each([
    ['PMP-certified IT professional with 9 years in project management', 'pmi-pmp'],
    ['Certified PMP® with a decade in infrastructure', 'pmi-pmp'],
    ['Project Management Professional (PMP) since 2012', 'pmi-pmp'],
    ['Holder of the Project Management Professional credential', 'pmi-pmp'],
    ['Program Management Professional (PgMP) and coach', 'pmi-pgmp'],
  ])('a credential: %s', (text, id) => {
    expect(credentialIds(text)).toContain(id);
  });

  it('counts any form in a list: skills, certificates, awards', () => {
    expect(read({ skills: [{ name: 'project management professional' }] } as JsonResume).credentials?.map((c) => c.id)).toEqual(['pmi-pmp']);
    expect(read({ certificates: [{ name: 'project management professional' }] } as JsonResume).credentials?.map((c) => c.id)).toEqual(['pmi-pmp']);
  });
});

describe('tools and skills that are also ordinary words need their context', () => {
  it.each([
    ['I excel in stakeholder alignment', 'ms-office'],
    ['Built the calendar scheduling logic of the booking app', 'scheduling'],
    ['Tuned scheduling workload on the node for batch jobs', 'scheduling'],
    ['Studied cell-cell communication in tissue samples', 'communication'],
  ])('not a term: %s (%s)', (text, id) => {
    expect(terms(text)).not.toContain(id);
  });

  it.each([
    ['Tracked budgets in Excel and reported in PowerPoint', 'ms-office'],
    ['Built MS Excel dashboards for the PMO', 'ms-office'],
    ['Kept excel spreadsheets of the RAID log', 'ms-office'],
    ['Owned project scheduling and the critical path', 'scheduling'],
    ['Wrote the communication plan for 40 stakeholders', 'communication'],
    ['Ran weekly communication with the client', 'communication'],
  ])('a term: %s (%s)', (text, id) => {
    expect(terms(text)).toContain(id);
  });

  it.each([
    ['Runs Jira and Confluence; risk management, scheduling.', 'scheduling'],
    ['Strengths: communication, negotiation and planning', 'communication'],
    ['Scheduling', 'scheduling'],
  ])('a bare word that is an item of a list in a sentence: %s (%s)', (text, id) => {
    expect(terms(text)).toContain(id);
  });

  it('counts the bare word in a skills list or keywords', () => {
    const p = read({ skills: [{ name: 'Tools', keywords: ['excel', 'Scheduling', 'communication'] }] } as JsonResume);
    expect([...p.terms!.keys()].sort()).toEqual(['communication', 'ms-office', 'scheduling']);
  });
});

describe('team size needs a verb of leading, not membership', () => {
  it.each(['Led the migration as part of a team of 10', 'Part of a team of 10 engineers', 'Member of a 12-person team', 'Worked in a team of 25 across three sites', 'Joined the team of 8 as a tester'])('no team led: %s', (text) => {
    expect(highlight(text).teamSize).toBeNull();
  });

  it.each([
    ['Led a team of 10 engineers', 10],
    ['Managed a cross-functional team of 14', 14],
    ['Built and managed a team of up to 30 consultants', 30],
    ['Headed a 12-person delivery team', 12],
    ['Supervised 8 technicians', 8],
    ['Led 4 teams (30 engineers)', 30],
    ['Led cloud projects for consulting clients with a team of 9 engineers.', 9],
    ['Managed BAU operations and the help desk team of 9 staff', 9],
  ])('%s', (text, size) => {
    expect(highlight(text).teamSize?.size).toBe(size);
  });
});
