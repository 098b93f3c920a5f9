import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/engine/assessment.js';
import { zipOf } from '../readers/linkedin/support.js';
import { BIN, ROOT, runCli } from '../support/runCli.js';

// The interview in a real terminal: the built binary under tmux, keys sent with send-keys and
// the screen read with capture-pane, as a person would use it. (.ci/run installs tmux.)
// Each run gets a tmux server of its own (-S, a socket of its own, in a folder removed after
// the tests): a new session on the socket of a server that its last session's end is shutting
// down fails with "server exited unexpectedly", which made these tests flaky under load.
const session = 'tpm-assess';
const sockets = mkdtempSync(join(tmpdir(), 'tpm-tmux-sockets-'));
let socket = '';
let servers = 0;
const newServer = () => (socket = join(sockets, String(++servers)));
const tmux = (...args: string[]) => spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
const screenText = () => tmux('capture-pane', '-t', session, '-p', '-J').stdout;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(predicate: () => boolean, what: string) {
  for (let i = 0; i < 300; i++) {
    if (predicate()) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}; the screen shows:\n${screenText()}`);
}

let runs = 0;
function start(dir: string, args: string[]) {
  const exitFile = join(dir, `exit-${++runs}`);
  const command = `cd "${ROOT}" && "${process.execPath}" "${BIN}" ${args.map((a) => `'${a}'`).join(' ')}; echo $? > "${exitFile}"; sleep 30`;
  newServer();
  const r = tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', command);
  expect(r.status, r.stderr).toBe(0);
  return exitFile;
}

afterEach(() => {
  tmux('kill-server');
});

afterAll(() => rmSync(sockets, { recursive: true, force: true }));

const exited = (exitFile: string) => existsSync(exitFile) && readFileSync(exitFile, 'utf8').trim() !== '';

/** Enter on every prompt until the process ends: every question can be skipped. */
async function enterThroughEverything(exitFile: string) {
  for (let i = 0; i < 120 && !exited(exitFile); i++) {
    tmux('send-keys', '-t', session, 'Enter');
    await sleep(80);
  }
  await waitFor(() => exited(exitFile), 'the report');
  return readFileSync(exitFile, 'utf8').trim();
}

describe('the interview in a real terminal (tmux)', () => {
  it('keeps the answers given before Ctrl-C, exits 130, and goes on from them when run again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const save = join(dir, 'answers.json');
    const out = join(dir, 'report.json');
    const args = ['interview', '--save', save, '--as-of', '2026-11-01', '--format', 'json', '--output', out];

    let exitFile = start(dir, args);
    await waitFor(() => screenText().includes('Question 1 of 8: Your name'), 'the first question');
    expect(screenText()).toContain('Press Enter to skip any question');
    tmux('send-keys', '-t', session, 'Rosa Díaz', 'Enter');
    await waitFor(() => screenText().includes('Your highest completed degree'), 'the degree question');
    tmux('send-keys', '-t', session, 'Down', 'Down', 'Down', 'Down', 'Enter');
    await waitFor(() => screenText().includes('Question 3 of 9: Its field'), 'the field question');
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor(() => exited(exitFile), 'the process to end');
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('130');
    expect(screenText()).toContain(`Stopped. Your answers so far are in ${save}`);
    expect(screenText()).not.toMatch(/Error|at .*\.js/);
    expect(JSON.parse(readFileSync(save, 'utf8')).answers).toEqual({ name: 'Rosa Díaz', degreeLevel: 'bachelor' });
    tmux('kill-server');

    exitFile = start(dir, args);
    await waitFor(() => screenText().includes('Its field'), 'the interview to go on where it stopped');
    expect(screenText()).toContain(`Continuing from ${save}: 2 of 9 answered.`);
    expect(screenText()).not.toContain('Your name');
    expect(await enterThroughEverything(exitFile)).toBe('0');
    const report = assessmentSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.candidate).toEqual({ name: 'Rosa Díaz' });
    expect(report.criteria.find((c) => c.id === 'pm-experience')!.status).toBe('unknown');
  });

  it('scrum-master: a partial run asks for Scrum Master years, and the answers make the knock-outs met', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const out = join(dir, 'report.json');
    const exitFile = start(dir, ['interview', '--rubric', 'scrum-master', '--as-of', '2026-11-01', '--format', 'json', '--output', out]);
    await waitFor(() => screenText().includes('Question 1 of 7: Your name'), 'the first question');
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(() => screenText().includes('Question 2 of 7: Years as a Scrum Master or Agile Coach'), 'the Scrum Master question');
    tmux('send-keys', '-t', session, 'two', 'Enter');
    await waitFor(() => screenText().includes('a number of years, e.g. 4 or 4.5'), 'the reason a word is refused');
    tmux('send-keys', '-t', session, 'BSpace', 'BSpace', 'BSpace', '2.5', 'Enter');
    await waitFor(() => screenText().includes('Question 3 of 7: Which of these certifications'), 'the certification question');
    expect(screenText()).toContain('Certified ScrumMaster (CSM)');
    tmux('send-keys', '-t', session, 'Space', 'Enter');
    expect(await enterThroughEverything(exitFile)).toBe('0');
    const report = assessmentSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const status = Object.fromEntries(report.criteria.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'scrum-master-experience': 'met', 'scrum-certification': 'met', 'agile-practice': 'unknown' });
  });

  it('infra-tpm: asks who delivery was for and takes a budget written as 2M', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const out = join(dir, 'report.json');
    const exitFile = start(dir, ['interview', '--rubric', 'infra-tpm', '--as-of', '2026-11-01', '--format', 'json', '--output', out]);
    await waitFor(() => screenText().includes('Your name'), 'the first question');
    tmux('send-keys', '-t', session, 'Enter'); // no name
    await waitFor(() => screenText().includes('Question 2 of 8: Your highest completed degree'), 'the degree');
    tmux('send-keys', '-t', session, 'Enter'); // skipped
    await waitFor(() => screenText().includes('Delivery Manager on IT infrastruct'), 'the infrastructure years');
    tmux('send-keys', '-t', session, '12', 'Enter');
    await waitFor(() => screenText().includes('Who did you lead delivery for'), 'the customer-facing question');
    tmux('send-keys', '-t', session, 'Down', 'Enter'); // external clients
    await waitFor(() => screenText().includes('For how many years have you led delivery'), 'how long');
    tmux('send-keys', '-t', session, '8', 'Enter');
    await waitFor(() => screenText().includes('Technical domains'), 'the domains');
    tmux('send-keys', '-t', session, 'Enter'); // domains skipped
    await waitFor(() => screenText().includes('Skills you have practised'), 'the skills');
    tmux('send-keys', '-t', session, 'Enter'); // skills skipped
    await waitFor(() => screenText().includes("rubric's 1,000,000"), 'the budget');
    tmux('send-keys', '-t', session, '2M', 'Enter');
    expect(await enterThroughEverything(exitFile)).toBe('0');
    const report = assessmentSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const status = Object.fromEntries(report.criteria.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'infra-pm-experience': 'met', 'customer-facing': 'met', budget: 'met', 'masters-degree': 'unknown', remote: 'unknown' });
  });

  it('--rubric all: Enter through everything ranks every role, each fact asked once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const out = join(dir, 'report.txt');
    const exitFile = start(dir, ['interview', '--rubric', 'all', '--as-of', '2026-11-01', '--output', out]);
    await waitFor(() => /Question 1 of \d+: Your name/.test(screenText()), 'the first question');
    const total = Number(/Question 1 of (\d+)/.exec(screenText())![1]);
    expect(total).toBeGreaterThan(10);
    expect(total).toBeLessThan(25);
    expect(await enterThroughEverything(exitFile)).toBe('0');
    expect(readFileSync(out, 'utf8')).toContain('Scrum Master');
  });

  it('shows the questions on the terminal when stdout goes to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const out = join(dir, 'report.txt');
    const exitFile = join(dir, 'exit-redirected');
    const command = `cd "${ROOT}" && "${process.execPath}" "${BIN}" --as-of 2026-11-01 > "${out}"; echo $? > "${exitFile}"; sleep 30`;
    newServer();
    expect(tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', command).status).toBe(0);
    await waitFor(() => screenText().includes('Your name'), 'the first question on the terminal');
    expect(await enterThroughEverything(exitFile)).toBe('0');
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('Candidate (no name given) — Technical Project Manager');
    expect(report).not.toContain('Your name');
    expect(report).not.toContain('Question 1 of');
    expect(report).not.toContain('\u001b');
  });

  it('--resume with a LinkedIn export ZIP: says what the export settled and asks only the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const zip = join(dir, 'Basic_LinkedInDataExport.zip');
    writeFileSync(zip, zipOf('full'));
    const out = join(dir, 'report.json');
    const exitFile = start(dir, ['interview', '--resume', zip, '--as-of', '2026-11-01', '--format', 'json', '--output', out]);
    await waitFor(() => screenText().includes('Question 1 of 1: Hours of project-management training'), 'the one question left');
    expect(screenText()).toContain('From your LinkedIn export: a master');
    expect(screenText()).not.toContain('Your name');
    tmux('send-keys', '-t', session, '40', 'Enter');
    await waitFor(() => exited(exitFile), 'the report');
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
    const report = assessmentSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.candidate).toEqual({ name: 'Camille Durand' });
    const assessed = runCli(['assess', zip, '--as-of', '2026-11-01', '--format', 'json']);
    expect(report.score).toBe(JSON.parse(assessed.stdout).score);
  });
});
