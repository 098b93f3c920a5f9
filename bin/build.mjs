// Bundles the CLI into dist/ so that start-up reads one file instead of resolving hundreds
// of modules. Rubric and vocabulary YAML is embedded as data: the binary does not need the
// source tree. test/bench/bench.mjs bundles the core with the same options.
import { build } from 'esbuild';
import { readFile, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/**
 * A YAML file as a module whose default export is its data. Parsing at build time keeps the
 * YAML parser off the start-up path; vitest.config.ts applies the same transform to tests.
 */
export function yamlModule(text) {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(parse(text)))});`;
}

const yamlAsData = {
  name: 'yaml-as-data',
  setup(b) {
    b.onLoad({ filter: /\.yaml$/ }, async ({ path }) => ({ contents: yamlModule(await promisify(readFile)(path, 'utf8')), loader: 'js' }));
  },
};

export const bundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [yamlAsData],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Built beside dist/ and swapped in, so a binary running during a rebuild never sees half a dist/.
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const next = `${dist}.next-${process.pid}`;
  const old = `${dist}.old-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const { metafile } = await build({
    ...bundleOptions,
    metafile: true,
    entryPoints: { main: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)) },
    outdir: next,
    // Code paths that need more (a rubric file's YAML parser) load it as a separate chunk.
    splitting: true,
  });
  // The bundle carries other people's code, so it carries their licence notices too.
  writeFileSync(join(next, 'THIRD-PARTY-LICENSES.md'), thirdPartyLicenses(Object.keys(metafile.inputs)));
  try {
    renameSync(dist, old);
  } catch {
    // no previous build
  }
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
}

/** The licence notice of every npm package with a file in the bundle, read from node_modules. */
function thirdPartyLicenses(inputs) {
  const roots = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(sep).join('/'));
    if (m) roots.add(m[1]);
  }
  const sections = [...roots].map((root) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(root, file), 'utf8').trim() : `License: ${pkg.license} (no licence file in the package)`;
    return { name: pkg.name, heading: `## ${pkg.name} ${pkg.version} (${pkg.license})`, text };
  });
  sections.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [
    '# Third-party licences',
    '',
    'tpm-assess ships as a bundle that contains code from these packages. Their licence notices follow.',
    '',
    ...sections.flatMap((s) => [s.heading, '', s.text, '']),
  ].join('\n');
}
