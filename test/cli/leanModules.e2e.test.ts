import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordingModules } from '../support/loadedModules.js';
import { runCli } from '../support/runCli.js';
import { scratchFile } from '../support/scratch.js';

// A lean assess must not make process.stdout or stderr (writeDirect.ts) nor load node:v8:
// each loads Node's stream modules, which cost about as much start-up time as the lean path's
// own code. Which modules a run loaded is recorded by test/support/recordBuiltins.cjs.
function loaded(args: string[]): { code: number | null; stdout: string; stderr: string; modules: string[] } {
  const recording = recordingModules();
  const r = runCli(args, { env: recording.env });
  return { ...r, modules: recording.modules() };
}

const STREAMS = ['NativeModule stream', 'NativeModule net', 'NativeModule v8'];
const AS_OF = ['--as-of', '2026-11-01'];

describe('the Node modules a lean assess loads (the built binary)', () => {
  it.each([
    ['a JSON report', ['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'json', ...AS_OF]],
    ['a markdown report of every rubric', ['assess', 'fixtures/resumes/ana-beltran.json', '--rubric', 'all', '--format', 'markdown', ...AS_OF]],
    ['the terminal report, the default', ['assess', 'fixtures/resumes/ana-beltran.json', ...AS_OF]],
  ])('%s: neither the stream modules nor node:v8', (_what, args) => {
    const r = loaded(args);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1000);
    expect(r.modules).toContain('NativeModule fs');
    expect(r.modules.filter((m) => STREAMS.includes(m))).toEqual([]);
  });

  it('a résumé with warnings: they reach stderr, still without the streams', () => {
    const resume = JSON.stringify({ basics: { name: 'A' }, work: [{ name: 'Acme', position: 'Project Manager', startDate: '2019-01', endDate: 'Present' }] });
    const file = scratchFile('present.json');
    writeFileSync(file, resume);
    const r = loaded(['assess', file, '--format', 'json', ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning.*endDate "Present"/);
    expect(r.modules.filter((m) => STREAMS.includes(m))).toEqual([]);
  });

  it('the test can tell: the whole CLI (an assess the lean path declines) loads them', () => {
    const r = loaded(['assess', 'fixtures/resumes/ana-beltran.json', '--min-score', '50', ...AS_OF]);
    expect(r.code).not.toBeNull();
    expect(r.modules).toContain('NativeModule stream');
  });
});
