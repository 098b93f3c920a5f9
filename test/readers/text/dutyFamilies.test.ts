import { describe, expect, it } from 'vitest';
import { resumeToProfile } from '../../../src/readers/jsonResume/resumeToProfile.js';
import type { JsonResume } from '../../../src/readers/jsonResume/jsonResumeSchema.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

// Issue 10: a job whose own duties show project leadership counts for project management,
// marked as inferred; one cue alone, or a titled PM job, is not an inference.
const vocab = vocabulary();
const job = (position: string, highlights: string[], summary?: string) =>
  resumeToProfile({ work: [{ name: 'Acme', position, startDate: '2016-01', highlights, ...(summary && { summary }) }] } as JsonResume, vocab).profile.positions![0]!;

describe('project management inferred from duties', () => {
  it.each([
    ['Director, Information Technology', ['Managed a $2M data-centre migration to Azure, 14 months, on budget', 'Project lead for the plant-floor network segmentation', 'PMO: introduced a project intake and portfolio review']],
    ['Engineering Manager, Firmware', ['Project lead for the 5G radio-unit firmware programme', 'Own the release schedule and the risk register with product management']],
    ['Founder & Managing Director', ['Led delivery of 60+ client engagements', 'Set up fortnightly client steering meetings and change control']],
    ['Directeur des systèmes d’information', ['Pilotage de 4 projets clients : planning, budget, comités de pilotage', 'Gestion de projet pour la métropole']],
    ['Abteilungsleiter IT', ['Leitung von Kundenprojekten und Projektsteuerung', 'Lenkungsausschuss mit dem Kunden']],
  ])('%s: inferred, with the duty that shows it', (title, highlights) => {
    const p = job(title, highlights);
    expect(p.families).not.toContain('project-management');
    expect(p.inferred).toEqual([{ family: 'project-management', evidence: { path: expect.stringMatching(/^\/work\/0\/highlights\/\d$/), text: expect.any(String) } }]);
  });

  it.each([
    ['Software Engineer', ['Led the migration of the billing service to Kubernetes', 'Wrote Go microservices']],
    ['Senior Developer', ['Worked with the project manager on estimates', 'Built the React front end']],
    ['IT Manager', ['Ran the help desk and server team', 'Led the Exchange-to-Office 365 move']],
    ['Research Scientist', ['Studied calendar scheduling logic', 'Published on cell-cell communication']],
  ])('%s: not inferred from one cue or none', (title, highlights) => {
    expect(job(title, highlights).inferred).toBeUndefined();
  });

  it('is no inference when the title already names project management, nor for an internship', () => {
    const duties = ['Project lead for the ERP roll-out', 'Kept the risk register and status reports'];
    expect(job('Project Manager', duties)).toMatchObject({ families: ['project-management'] });
    expect(job('Project Manager', duties).inferred).toBeUndefined();
    expect(job('IT Intern', duties).inferred).toBeUndefined();
  });
});
