import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/runCli.js';

const PRELOAD = join(ROOT, 'test/privacy/noNetwork.preload.mjs');

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: '', timeout: 30_000 });
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Résumés are personal data: nothing tpm-assess does may open a socket or resolve a host.
describe('no network access', () => {
  it.each([
    ['assess, terminal', ['assess', 'fixtures/resumes/ana-beltran.json']],
    ['assess, every rubric, json', ['assess', 'fixtures/resumes/marco-internal-it.json', '--rubric', 'all', '--format', 'json']],
    ['assess, markdown', ['assess', 'fixtures/resumes/lin-new-grad.json', '--format', 'markdown']],
    ['assess, html', ['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'html']],
    ['assess, a ladder', ['assess', 'fixtures/resumes/ana-beltran.json', '--rubric', 'tpm-ladder']],
    ['assess, a LinkedIn export', ['assess', 'fixtures/linkedin/full']],
    ['convert', ['convert', 'fixtures/linkedin/full']],
    ['batch', ['batch', 'fixtures/resumes/ana-beltran.json', 'fixtures/resumes/marco-internal-it.json']],
    ['rubrics from-job', ['rubrics', 'from-job', 'fixtures/seeds/000_cd3beb940cc46cbc.txt']],
    ['rubrics validate, show, schema', ['rubrics', 'show', 'infra-tpm']],
  ])('%s', (_name, args) => {
    const scores = args[0] === 'assess' || args[0] === 'batch';
    const r = run(scores ? [...args, '--as-of', '2026-11-01'] : args);
    expect(r.stderr).not.toContain('NETWORK-ATTEMPT');
    expect(r.status).toBe(0);
  });

  it('the preload does catch an attempt (the check can fail)', () => {
    const r = spawnSync(process.execPath, ['--import', PRELOAD, '-e', "require('node:net').connect(9, '127.0.0.1')"], { encoding: 'utf8' });
    expect(r.stderr).toContain('NETWORK-ATTEMPT: net.connect');
  });

  it('no source file imports a network module or calls fetch', () => {
    for (const file of sources(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:)?(net|http|https|http2|dns|dgram|tls|undici)['"]/);
      expect(text, file).not.toMatch(/\bfetch\s*\(/);
    }
  });
});
