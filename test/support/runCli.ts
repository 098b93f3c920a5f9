import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/tpm-assess.cjs', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A copy of ../shared/corpus/jsonresume (MIT; fixtures/jsonresume/SOURCES.md says where each file comes from),
// so that the tests run from a clone alone.
export const CORPUS = fileURLToPath(new URL('../../fixtures/jsonresume/', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary as a user would: real argv, stdin, stdout, exit code. The environment
 * is cleared of colour variables so a test states the ones it wants.
 */
export function runCli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(NO_COLOR|FORCE_COLOR|COLORTERM)$/.test(k)) env[k] = v;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: { ...env, ...options.env },
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
