// Preloaded with --require by test/cli/leanModules.e2e.test.ts (CommonJS, so that the preload
// itself loads nothing the run would not): writes the Node modules the run loaded, one per
// line, to $TPM_TEST_BUILTINS_FILE when it exits.
'use strict';
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.TPM_TEST_BUILTINS_FILE, process.moduleLoadList.join('\n'));
});
