// Mocks every @inquirer prompt with a virtual screen: import it before the CLI.
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { assessmentSchema } from '../../src/engine/assessment.js';
import { fakeIo } from '../support/fakeIo.js';
import { zipOf } from '../readers/linkedin/support.js';

/** Answers the prompt on screen once its message shows (polling: the first prompt comes after file reads). */
async function answer(message: string, ...keys: (string | { type: string })[]) {
  for (let i = 0; i < 500 && !screen.getScreen().includes(message); i++) await new Promise((r) => setTimeout(r, 10));
  expect(screen.getScreen()).toContain(message);
  for (const key of keys) {
    if (typeof key === 'string') screen.keypress(key);
    else screen.type(key.type);
  }
}

const ENTER = 'enter';

describe('the interview, with inquirer\'s testing screen', () => {
  it('introduces itself, numbers every question, saves after every answer, and scores what was answered; skips stay unknown', async () => {
    const save = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'answers.json');
    const { io, stdout, stderr } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--save', save, '--as-of', '2026-11-01', '--format', 'json'], io);

    await answer('Question 1 of 8: Your name', { type: 'Rosa Díaz' }, ENTER);
    await answer('Question 2 of 8: Your highest completed degree', 'down', 'down', 'down', 'down', ENTER); // Bachelor's
    // The field follows a degree: one more question.
    await answer('Question 3 of 9: Its field', 'down', 'down', ENTER); // Computer science
    await answer('Years as a Project Manager, Program Manager or Delivery Manager');
    // Saved before the next question was asked: Ctrl-C now would lose nothing.
    expect(JSON.parse(readFileSync(save, 'utf8')).answers).toEqual({ name: 'Rosa Díaz', degreeLevel: 'bachelor', degreeField: 'computer-science' });
    // A person's way of writing a number is refused with the reason, then a good one is taken.
    await answer('Question 4 of 9: Years as a Project Manager', { type: '61' }, ENTER);
    await answer('between 0 and 60 years, e.g. 4 or 4.5');
    for (let i = 0; i < 2; i++) screen.keypress('backspace');
    await answer('Years as a Project Manager', { type: '6.5' }, ENTER);
    await answer('Question 5 of 9: Which of these certifications do you hold?', 'space', ENTER); // the PMP
    await answer('Question 6 of 10: Is your Project Management Professional (PMP) current?', 'down', ENTER); // Yes
    for (const message of ['Question 7 of 10: Technical domains', 'Tools', 'Skills', 'Question 10 of 10: Hours of project-management training']) await answer(message, ENTER);
    expect(await run).toBe(0);

    // The introduction goes to the terminal the prompts are on (stderr when stdout is not one).
    const intro = stderr();
    expect(intro).toContain('tpm-assess interview, for Technical Project Manager.');
    expect(intro).toContain('Press Enter to skip any question');
    expect(intro).toContain(`Your answers are saved to ${save} after each one`);
    for (const unscored of ['team', 'budget', 'remote']) expect(intro + screen.getFullOutput()).not.toContain(unscored);

    const report = assessmentSchema.parse(JSON.parse(stdout()));
    expect(report.candidate).toEqual({ name: 'Rosa Díaz' });
    const status = Object.fromEntries(report.criteria.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ degree: 'met', 'pm-experience': 'met', pmp: 'met', 'pm-tools': 'unknown' });
    expect(JSON.parse(readFileSync(save, 'utf8')).answers).toMatchObject({
      roleYears: { 'delivery-management+program-management+project-management': 6.5 },
      credentials: ['pmi-pmp'],
      credentialCurrent: { 'pmi-pmp': 'yes' },
      tools: null,
    });
  });

  it('scrum-master asks for Scrum Master years and its credentials, and a rerun says how far it got', async () => {
    const save = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'answers.json');
    const args = ['interview', '--rubric', 'scrum-master', '--save', save, '--as-of', '2026-11-01', '--format', 'json'];
    const first = fakeIo({ stdinIsTTY: true });
    const run = main(args, first.io);
    await answer('Question 1 of 7: Your name', ENTER);
    await answer('Question 2 of 7: Years as a Scrum Master or Agile Coach', { type: '3' }, ENTER);
    await answer('Question 3 of 7: Which of these certifications do you hold?', 'space', ENTER); // CSM
    await answer('Question 4 of 7: Technical domains');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await run).toBe(130);

    const again = fakeIo({ stdinIsTTY: true });
    const rerun = main(args, again.io);
    for (let i = 0; i < 500 && !again.stderr().includes('Continuing'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(again.stderr()).toContain(`Continuing from ${save}: 3 of 7 answered.`);
    for (const message of ['Technical domains', 'Methodologies', 'Tools', 'Skills']) await answer(message, ENTER);
    expect(await rerun).toBe(0);
    const report = assessmentSchema.parse(JSON.parse(again.stdout()));
    const status = Object.fromEntries(report.criteria.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'scrum-master-experience': 'met', 'scrum-certification': 'met', 'agile-practice': 'unknown' });
  });

  it('asks only what the résumé leaves open with --resume', async () => {
    const { io, stdout, stderr } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--resume', 'fixtures/resumes/ana-beltran.json', '--as-of', '2026-11-01', '--format', 'json'], io);
    // Ana's résumé states her name, degree, jobs and who they served, certificates, terms, team
    // size, budget and work across time zones: only the hours of training are left to ask.
    await answer('Hours of project-management training', { type: '40' }, ENTER);
    expect(await run).toBe(0);
    const asked = await screen.getFullOutput();
    expect(stderr()).toMatch(/From your résumé: .*years as a Project Manager/);
    for (const other of ['Your name', 'highest completed degree', 'Years as', 'certifications do you hold', 'Tools you have used']) expect(asked).not.toContain(other);
    const report = JSON.parse(stdout());
    expect(report.candidate.name).toBe('Ana Beltrán');
    expect(report.score).toBe(100);
  });

  for (const quiet of [false, true]) {
    it(quiet ? '--quiet keeps the résumé\'s warnings off stderr, and the report and exit code as they are' : 'without --quiet, says what in the résumé could not be read', async () => {
      const resume = JSON.parse(readFileSync('fixtures/resumes/ana-beltran.json', 'utf8'));
      resume.volunteer = [{ organization: 'Code Club', position: 'Mentor', startDate: 'sometime' }];
      const file = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'ana.json');
      writeFileSync(file, JSON.stringify(resume));
      const { io, stdout, stderr } = fakeIo({ stdinIsTTY: true });
      const run = main(['interview', '--resume', file, '--as-of', '2026-11-01', '--format', 'json', ...(quiet ? ['--quiet'] : [])], io);
      await answer('Hours of project-management training', { type: '40' }, ENTER);
      expect(await run).toBe(0);
      if (quiet) expect(stderr()).not.toMatch(/warning/);
      else expect(stderr()).toMatch(/warning: .*volunteer\[0\]\.startDate/);
      expect(JSON.parse(stdout()).score).toBe(100);
    });
  }

  it('with --resume and --save, keeps a link to the résumé so that assess scores the saved answers as the interview did', async () => {
    const save = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'answers.json');
    const { io, stdout } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--resume', 'fixtures/resumes/ana-beltran.json', '--save', save, '--as-of', '2026-11-01', '--format', 'json'], io);
    await answer('Hours of project-management training', { type: '40' }, ENTER);
    expect(await run).toBe(0);
    const saved = JSON.parse(readFileSync(save, 'utf8'));
    expect(saved.resume).toBe(relative(dirname(save), resolve('fixtures/resumes/ana-beltran.json')));
    const again = fakeIo();
    expect(await main(['assess', save, '--as-of', '2026-11-01', '--format', 'json'], again.io)).toBe(0);
    expect(again.stdout()).toBe(stdout());
  });

  it('with --resume and a LinkedIn export (the ZIP as downloaded), asks only what the export leaves open', async () => {
    const zip = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'Basic_LinkedInDataExport.zip');
    writeFileSync(zip, zipOf('full'));
    const { io, stdout, stderr } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--resume', zip, '--as-of', '2026-11-01', '--format', 'json'], io);
    // Camille's export states her name, degree, positions, the PMP, domains, tools and skills.
    await answer('Question 1 of 1: Hours of project-management training', { type: '40' }, ENTER);
    expect(await run).toBe(0);
    const asked = await screen.getFullOutput();
    expect(stderr()).toMatch(/From your LinkedIn export: a master's in .*; 12\.8 years as a Project Manager.*; the Project Management Professional \(PMP\)/);
    for (const other of ['Your name', 'highest completed degree', 'Years as', 'certifications do you hold', 'Tools you have used']) expect(asked).not.toContain(other);
    const report = assessmentSchema.parse(JSON.parse(stdout()));
    expect(report.candidate).toEqual({ name: 'Camille Durand' });
    // What the export settled is scored from it, with evidence at its file and row.
    const experience = report.criteria.find((c) => c.id === 'pm-experience')!;
    expect(experience.status).toBe('met');
    expect(experience.evidence.map((e) => e.path)).toContain('Positions.csv:2');
    const alone = fakeIo();
    expect(await main(['assess', zip, '--as-of', '2026-11-01', '--format', 'json'], alone.io)).toBe(0);
    expect(report.score).toBe(JSON.parse(alone.stdout()).score);
    for (const secret of ['private@example.net', '+33 6', 'SECRET-MESSAGE']) expect(stdout() + stderr() + asked).not.toContain(secret);
  });

  it('with --resume, a partial export folder and --save, asks the rest, and the saved answers score the same again through the export', async () => {
    const save = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'answers.json');
    const folder = 'fixtures/linkedin/partial';
    const { io, stdout, stderr } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--resume', folder, '--save', save, '--as-of', '2026-11-01', '--format', 'json'], io);
    // Positions.csv alone: the years are known, the name (no Profile.csv), degree and the rest are asked.
    await answer('Question 1 of 7: Your name', { type: 'Pilar Ruiz' }, ENTER);
    await answer('Question 2 of 7: Your highest completed degree', 'down', 'down', 'down', 'down', ENTER); // Bachelor's
    await answer('Its field', 'down', 'down', ENTER); // Computer science
    for (const message of ['certifications do you hold', 'Technical domains', 'Tools', 'Skills', 'Hours of project-management training']) await answer(message, ENTER);
    expect(await run).toBe(0);
    expect(stderr()).toContain('From your LinkedIn export: 10.6 years as a Project Manager');
    expect(await screen.getFullOutput()).not.toContain('Years as');
    const report = assessmentSchema.parse(JSON.parse(stdout()));
    expect(report.candidate).toEqual({ name: 'Pilar Ruiz' });
    expect(Object.fromEntries(report.criteria.map((c) => [c.id, c.status]))).toMatchObject({ degree: 'met', 'pm-experience': 'met', pmp: 'unknown' });
    const saved = JSON.parse(readFileSync(save, 'utf8'));
    expect(saved.resume).toBe(relative(dirname(save), resolve(folder)));
    const again = fakeIo();
    expect(await main(['assess', save, '--as-of', '2026-11-01', '--format', 'json'], again.io)).toBe(0);
    expect(again.stdout()).toBe(stdout());
  });

  it('refuses a --resume folder that is not a LinkedIn export with exit 2 and a sentence, before asking anything', async () => {
    const { io, stderr } = fakeIo({ stdinIsTTY: true });
    expect(await main(['interview', '--resume', 'fixtures/resumes', '--as-of', '2026-11-01'], io)).toBe(2);
    expect(stderr()).toMatch(/not a LinkedIn export: no Positions\.csv or Profile\.csv in fixtures\/resumes \(--resume takes/);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });
});
