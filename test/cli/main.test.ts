import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fakeIo.js';

// main(argv, io) in-process: the shell's decisions that do not need a real process.
describe('main', () => {
  it('takes today from the injected clock when --as-of is not given', async () => {
    const { io, stdout } = fakeIo();
    expect(await main(['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(stdout()).asOf).toBe('2026-11-01');
  });

  it('does not wait on a terminal for batch input', async () => {
    const { io, stderr } = fakeIo({ stdinIsTTY: true });
    expect(await main(['batch'], io)).toBe(2);
    expect(stderr()).toContain('batch reads résumés from stdin, and stdin is a terminal');
  });

  it('uses colour on a terminal, and not with NO_COLOR', async () => {
    const coloured = fakeIo({ stdoutIsTTY: true });
    await main(['assess', 'fixtures/resumes/ana-beltran.json'], coloured.io);
    expect(coloured.stdout()).toContain('\u001b[');
    const plain = fakeIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await main(['assess', 'fixtures/resumes/ana-beltran.json'], plain.io);
    expect(plain.stdout()).not.toContain('\u001b[');
  });

  it('exits 2 on a usage error, where commander alone would exit 1', async () => {
    const { io, stderr } = fakeIo();
    expect(await main(['assess'], io)).toBe(2);
    expect(stderr()).toContain("missing required argument 'file|-'");
  });
});
