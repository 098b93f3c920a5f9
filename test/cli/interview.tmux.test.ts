import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/engine/assessment.js';
import { BIN, ROOT } from '../support/runCli.js';

// The interview in a real terminal: the built binary under tmux, keys sent with send-keys and
// the screen read with capture-pane, as a person would use it. (.ci/run installs tmux.)
const session = `tpm-assess-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
const screenText = () => tmux('capture-pane', '-t', session, '-p').stdout;
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
  const r = tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', command);
  expect(r.status, r.stderr).toBe(0);
  return exitFile;
}

afterEach(() => {
  tmux('kill-session', '-t', session);
});

describe('the interview in a real terminal (tmux)', () => {
  it('keeps the answers given before Ctrl-C, exits 130, and goes on from them when run again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const save = join(dir, 'answers.json');
    const out = join(dir, 'report.json');
    const args = ['interview', '--save', save, '--as-of', '2026-11-01', '--format', 'json', '--output', out];

    let exitFile = start(dir, args);
    await waitFor(() => screenText().includes('Your name'), 'the first question');
    tmux('send-keys', '-t', session, 'Rosa Díaz', 'Enter');
    await waitFor(() => screenText().includes('Your highest completed degree'), 'the degree question');
    tmux('send-keys', '-t', session, 'Down', 'Down', 'Down', 'Down', 'Enter');
    await waitFor(() => screenText().includes('Its field'), 'the field question');
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor(() => existsSync(exitFile) && readFileSync(exitFile, 'utf8').trim() !== '', 'the process to end');
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('130');
    expect(screenText()).toContain(`Stopped. Your answers so far are in ${save}`);
    expect(JSON.parse(readFileSync(save, 'utf8')).answers).toEqual({ name: 'Rosa Díaz', degreeLevel: 'bachelor' });
    tmux('kill-session', '-t', session);

    exitFile = start(dir, args);
    await waitFor(() => screenText().includes('Its field'), 'the interview to go on where it stopped');
    expect(screenText()).not.toContain('Your name');
    // Enter through the rest: every question can be skipped.
    for (let i = 0; i < 40 && !existsSync(exitFile); i++) {
      tmux('send-keys', '-t', session, 'Enter');
      await sleep(60);
    }
    await waitFor(() => existsSync(exitFile) && readFileSync(exitFile, 'utf8').trim() !== '', 'the report');
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('0');
    const report = assessmentSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.candidate).toEqual({ name: 'Rosa Díaz' });
    expect(report.criteria.find((c) => c.id === 'pm-experience')!.status).toBe('unknown');
  });

  it('shows the questions on the terminal when stdout goes to a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-tmux-'));
    const out = join(dir, 'report.txt');
    const exitFile = join(dir, 'exit-redirected');
    const command = `cd "${ROOT}" && "${process.execPath}" "${BIN}" --as-of 2026-11-01 > "${out}"; echo $? > "${exitFile}"; sleep 30`;
    expect(tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', command).status).toBe(0);
    await waitFor(() => screenText().includes('Your name'), 'the first question on the terminal');
    for (let i = 0; i < 40 && !existsSync(exitFile); i++) {
      tmux('send-keys', '-t', session, 'Enter');
      await sleep(60);
    }
    await waitFor(() => existsSync(exitFile) && readFileSync(exitFile, 'utf8').trim() !== '', 'the report');
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('Candidate (no name given) — Technical Project Manager');
    expect(report).not.toContain('Your name');
    expect(report).not.toContain('\u001b');
  });
});
