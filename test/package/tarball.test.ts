import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/runCli.js';

/** Bytes under a folder, as `du` would add them up (files only). */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

// The package as a user gets it: packed from this checkout (dist/ built by the test script) and
// installed into an empty folder. It has no runtime dependencies, so the install is offline.
describe('the packed package, installed into an empty folder', () => {
  let project: string;
  let installed: string;
  beforeAll(() => {
    const packs = mkdtempSync(join(tmpdir(), 'tpm-pack-'));
    const [tarball] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], ROOT)) as { filename: string }[];
    project = mkdtempSync(join(tmpdir(), 'tpm-install-'));
    run('npm', ['init', '-y'], project);
    run('npm', ['install', '--offline', '--no-package-lock', join(packs, tarball!.filename)], project);
    installed = join(project, 'node_modules', 'tpm-assess');
  }, 120_000);

  it('installs no other package, in at most 4 MB', () => {
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['tpm-assess']);
    expect(sizeOf(installed)).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('ships the licence and the notices of every package the bundle contains', () => {
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    const notices = readFileSync(join(installed, 'dist', 'THIRD-PARTY-LICENSES.md'), 'utf8');
    for (const name of ['commander', 'chalk', 'zod', 'yaml', '@inquirer/core']) expect(notices).toContain(`## ${name} `);
    expect(notices).toMatch(/Permission is hereby granted/);
  });

  it('runs from its bin and scores a résumé', () => {
    const bin = join(project, 'node_modules', '.bin', 'tpm-assess');
    const r = spawnSync(bin, ['assess', join(ROOT, 'fixtures/resumes/ana-beltran.json'), '--format', 'json', '--as-of', '2026-11-01'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).rubric.id).toBe('tpm');
  });
});
