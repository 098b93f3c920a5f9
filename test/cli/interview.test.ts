// Mocks every @inquirer prompt with a virtual screen: import it before the CLI.
import { screen } from '@inquirer/testing/vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { assessmentSchema } from '../../src/engine/assessment.js';
import { fakeIo } from '../support/fakeIo.js';

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
  it('asks, saves after every answer, and scores what was answered; skipped questions stay unknown', async () => {
    const save = join(mkdtempSync(join(tmpdir(), 'tpm-interview-')), 'answers.json');
    const { io, stdout } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--save', save, '--as-of', '2026-11-01', '--format', 'json'], io);

    await answer('Your name', { type: 'Rosa Díaz' }, ENTER);
    await answer('Your highest completed degree', 'down', 'down', 'down', 'down', ENTER); // Bachelor's
    await answer('Its field', 'down', ENTER); // Computer science
    await answer('Years you have spent managing projects');
    // Saved before the next question was asked: Ctrl-C now would lose nothing.
    expect(JSON.parse(readFileSync(save, 'utf8')).answers).toEqual({ name: 'Rosa Díaz', degreeLevel: 'bachelor', degreeField: 'computer-science' });
    await answer('Years you have spent managing projects', { type: '6' }, ENTER);
    await answer('Are you managing projects now?', 'down', ENTER); // Yes
    await answer('Years in technical roles', ENTER); // skipped
    await answer('Who were your projects delivered for?', 'down', ENTER); // external
    await answer('Certifications you hold', ENTER); // nothing selected: skipped
    for (const message of ['Technical domains', 'Methodologies', 'Tools', 'Skills', 'largest team', 'Largest budget', 'worked remotely', 'Hours of project-management training']) {
      await answer(message, ENTER);
    }
    expect(await run).toBe(0);

    const report = assessmentSchema.parse(JSON.parse(stdout()));
    expect(report.candidate).toEqual({ name: 'Rosa Díaz' });
    const status = Object.fromEntries(report.criteria.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ degree: 'met', 'pm-experience': 'met', pmp: 'unknown', 'pm-tools': 'unknown' });
    expect(JSON.parse(readFileSync(save, 'utf8')).answers).toMatchObject({ pmYears: 6, pmCurrent: true, technicalYears: null, customerFacing: 'external', credentials: null });
  });

  it('asks only what the résumé leaves open with --resume', async () => {
    const { io, stdout } = fakeIo({ stdinIsTTY: true });
    const run = main(['interview', '--resume', 'fixtures/resumes/ana-beltran.json', '--as-of', '2026-11-01', '--format', 'json'], io);
    // Ana's résumé states her name, degree, jobs and who they served, certificates, terms, team
    // size, budget and work across time zones: only the hours of training are left to ask.
    await answer('Hours of project-management training', { type: '40' }, ENTER);
    expect(await run).toBe(0);
    const asked = await screen.getFullOutput();
    for (const other of ['Your name', 'degree', 'managing projects', 'Certifications', 'Tools', 'largest team', 'budget', 'remotely']) expect(asked).not.toContain(other);
    const report = JSON.parse(stdout());
    expect(report.candidate.name).toBe('Ana Beltrán');
    expect(report.score).toBe(100);
  });

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
});
