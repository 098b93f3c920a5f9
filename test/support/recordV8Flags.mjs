// Preloaded with --import by test/cli/leanFlags.e2e.test.ts: records every v8.setFlagsFromString
// call of the run, one per line, in $TPM_TEST_FLAGS_FILE, and still sets the flags.
import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';

const set = v8.setFlagsFromString.bind(v8);
v8.setFlagsFromString = (flags) => {
  appendFileSync(process.env.TPM_TEST_FLAGS_FILE, `${flags}\n`);
  set(flags);
};
