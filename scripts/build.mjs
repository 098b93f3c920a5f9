// Bundles the CLI into dist/ so that start-up reads a few files instead of resolving
// hundreds of modules. The interview (and so inquirer) lands in its own chunk, loaded
// only when the interview runs. Rubric YAML is embedded as text: the binary does not
// need the source tree.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  loader: { '.yaml': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
