import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

  it('is a library: imported by name from an empty project, it gives the CLI\'s report byte for byte', () => {
    const resume = join(ROOT, 'fixtures/resumes/lin-new-grad.json');
    const script = [
      "import { readFileSync } from 'node:fs';",
      "import { assessResume, formatReport } from 'tpm-assess';",
      `const result = assessResume(readFileSync(${JSON.stringify(resume)}, 'utf8'), { asOf: '2026-11-01' });`,
      "if (!result.ok) throw new Error(JSON.stringify(result.problems));",
      "process.stdout.write(formatReport(result.value, 'json'));",
    ].join('\n');
    writeFileSync(join(project, 'use.mjs'), script);
    const library = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
    expect(library.stderr).toBe('');
    const cli = spawnSync(join(project, 'node_modules', '.bin', 'tpm-assess'), ['assess', resume, '--format', 'json', '--as-of', '2026-11-01'], { encoding: 'utf8' });
    expect(library.stdout).toBe(cli.stdout);
    expect(JSON.parse(library.stdout).criteria.length).toBeGreaterThan(3);
  });

  it('ships types a strict TypeScript project compiles against, with nothing else installed', () => {
    const consumer = [
      "import { assessResume, listRubrics, loadRubric, type Assessment, type Report } from 'tpm-assess';",
      "const ids: string[] = listRubrics().map((r) => r.id);",
      "const rubric = loadRubric('tpm');",
      "const result = assessResume('{}', { asOf: '2026-11-01', rubric: rubric.ok ? [rubric.value, ...ids] : 'tpm' });",
      "const score = (r: Report): number => ('ranking' in r ? r.ranking[0]?.score ?? 0 : r.score);",
      "export const out: number | string = result.ok ? score(result.value) : result.problems[0]?.message ?? '';",
      "export const first = (a: Assessment) => a.criteria[0]?.evidence[0]?.path;",
      "// @ts-expect-error asOf is required: a score never depends on the clock",
      "assessResume('{}', {});",
    ].join('\n');
    writeFileSync(join(project, 'use.ts'), consumer);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, types: [], skipLibCheck: false }, files: ['use.ts'] }));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
