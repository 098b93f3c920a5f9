import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFile } from './scratch.js';

/**
 * What a spawned run needs in its environment to record the Node modules it loads
 * (recordBuiltins.cjs, preloaded with --require), and how to read them once it has ended.
 */
export function recordingModules(): { env: Record<string, string>; modules: () => string[] } {
  const file = scratchFile('modules');
  return {
    env: { NODE_OPTIONS: `--require ${join(import.meta.dirname, 'recordBuiltins.cjs')}`, TPM_TEST_BUILTINS_FILE: file },
    modules: () => readFileSync(file, 'utf8').split('\n'),
  };
}
