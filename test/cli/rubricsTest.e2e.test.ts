import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

describe('tpm-assess rubrics test', () => {
  it('runs the shipped cases of an embedded rubric and exits 0 when all pass', () => {
    const r = runCli(['rubrics', 'test', 'tpm', 'rubrics/tests/tpm.test.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ /m);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('names each failing case with expected against actual, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-'));
    const cases = join(dir, 'cases.yaml');
    writeFileSync(
      cases,
      ['cases:', '  - name: a new graduate is not ready for tpm', "    asOf: '2026-06-01'", '    resume: {basics: {name: X}, work: []}', '    expect: {verdict: ready}', ''].join('\n'),
    );
    const r = runCli(['rubrics', 'test', 'tpm', cases]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✘ a new graduate is not ready for tpm');
    expect(r.stdout).toMatch(/expected verdict ready, got not-ready/);
    expect(r.stdout).toContain('0 passed, 1 failed');
  });

  it('reports an invalid test file with its line and column, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpm-assess-'));
    const cases = join(dir, 'bad.yaml');
    writeFileSync(cases, 'cases:\n  - name: x\n    asof: 2026-01-01\n');
    const r = runCli(['rubrics', 'test', 'tpm', cases]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:3:\d+: cases\[0\]\.asof: unknown key "asof" \(did you mean asOf\?\)/);
  });
});
