// Bundles the CLI into dist/ so that start-up reads one file instead of resolving hundreds
// of modules. Rubric and vocabulary YAML is embedded as data: the binary does not need the
// source tree. Two bundles: dist/main.js, the whole CLI (ESM, with chunks loaded when needed),
// and dist/fast.cjs, the lean path of a plain `assess` (src/cli/fastAssess.ts) in one CommonJS
// file, which the bin tries first.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFile, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  // TPM_NO_MINIFY=1 keeps the names, for a readable --cpu-prof.
  minify: !process.env.TPM_NO_MINIFY,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

const embeddedResolvedModule = fileURLToPath(new URL('../src/rubric/embeddedResolved.ts', import.meta.url));

/**
 * The embedded rubrics, resolved once here by the code that resolves them at run time (bundled
 * on its own and run), as a module of data in place of src/rubric/embeddedResolved.ts: start-up
 * then neither checks them with zod nor resolves them.
 */
async function resolvedRubricsAsData() {
  const out = mkdtempSync(join(tmpdir(), 'tpm-build-'));
  try {
    await build({ ...bundleOptions, entryPoints: { resolve: embeddedResolvedModule }, outdir: out });
    const { resolvedEmbeddedRubrics } = await import(pathToFileURL(join(out, 'resolve.js')).href);
    const json = JSON.stringify(resolvedEmbeddedRubrics());
    // JSON.parse of a string literal is faster to start than the same object literal.
    return {
      name: 'embedded-rubrics-as-data',
      setup(b) {
        b.onLoad({ filter: /[/\\]rubric[/\\]embeddedResolved\.ts$/ }, () => ({
          contents: `const rubrics = JSON.parse(${JSON.stringify(json)});\nexport function resolvedEmbeddedRubrics() { return rubrics; }\n`,
          loader: 'js',
        }));
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * What start-up would otherwise work out from the embedded vocabulary, worked out here by the
 * code that works it out at run time (bundled on its own and run), as data in place of two
 * modules: the literal starts of its cues (src/vocabulary/knownStarts.ts), so that start-up does
 * not read every cue's regex, and its matchers' indexes (src/vocabulary/knownMatchers.ts), so
 * that it does not tokenize every alias.
 */
async function vocabularyAsData() {
  const out = mkdtempSync(join(tmpdir(), 'tpm-build-'));
  try {
    await build({
      ...bundleOptions,
      stdin: {
        contents: "export { vocabularyStarts } from './vocabularyStarts.ts';\nexport { vocabularyMatcherIndexes } from './vocabulary.ts';\n",
        resolveDir: fileURLToPath(new URL('../src/vocabulary/', import.meta.url)),
        loader: 'ts',
      },
      outfile: join(out, 'vocabulary.js'),
    });
    const { vocabularyStarts, vocabularyMatcherIndexes } = await import(pathToFileURL(join(out, 'vocabulary.js')).href);
    const starts = JSON.stringify(vocabularyStarts());
    const matchers = JSON.stringify(vocabularyMatcherIndexes());
    return {
      name: 'vocabulary-as-data',
      setup(b) {
        b.onLoad({ filter: /[/\\]vocabulary[/\\]knownStarts\.ts$/ }, () => ({ contents: `export const knownStarts = new Map(JSON.parse(${JSON.stringify(starts)}));\n`, loader: 'js' }));
        b.onLoad({ filter: /[/\\]vocabulary[/\\]knownMatchers\.ts$/ }, () => ({ contents: `export const knownMatchers = new Map(JSON.parse(${JSON.stringify(matchers)}));\n`, loader: 'js' }));
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const embeddedRubrics = await resolvedRubricsAsData();
  const vocabularyData = await vocabularyAsData();
  // Built beside dist/ and swapped in, so a binary running during a rebuild never sees half a dist/.
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const next = `${dist}.next-${process.pid}`;
  const old = `${dist}.old-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const { metafile } = await build({
    ...bundleOptions,
    plugins: [...bundleOptions.plugins, embeddedRubrics, vocabularyData],
    metafile: true,
    entryPoints: {
      main: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)),
    },
    outdir: next,
    // Code paths that need more (a rubric file's YAML parser) load it as a separate chunk.
    splitting: true,
  });
  // The lean path as one CommonJS file with nothing to resolve or link: the bin loads it with
  // require(), or on Node 20 with a V8 code cache (bin/tpm-assess.cjs).
  const lean = await build({
    ...bundleOptions,
    plugins: [...bundleOptions.plugins, embeddedRubrics, vocabularyData],
    banner: {},
    format: 'cjs',
    metafile: true,
    entryPoints: { fast: fileURLToPath(new URL('../src/cli/fastAssess.ts', import.meta.url)) },
    outExtension: { '.js': '.cjs' },
    outdir: next,
  });
  assertLean(lean.metafile, /[/\\]fast\.cjs$/);
  // Its hash on the first line names its code cache (bin/leanPath.js).
  const leanFile = join(next, 'fast.cjs');
  const leanCode = readFileSync(leanFile, 'utf8');
  writeFileSync(leanFile, `// tpm-assess lean ${createHash('sha256').update(leanCode).digest('hex').slice(0, 16)}\n${leanCode}`);
  // The library (package.json "exports") in a file of its own: sharing the CLI's chunks would
  // split them further and give every start of the CLI one more module to load.
  const library = await build({ ...bundleOptions, metafile: true, entryPoints: { index: fileURLToPath(new URL('../src/api/index.ts', import.meta.url)) }, outdir: next });
  Object.assign(metafile.inputs, library.metafile.inputs);
  await writeLibraryTypes(next);
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

/**
 * The library's declarations, dist/index.d.ts and dist/types.d.ts, from src/api/ alone: its
 * public types are written out there (no zod, nothing internal), so each file is declared in
 * isolation (TypeScript's transpileDeclaration: fast, no type-check) and a user's compiler needs
 * nothing else from this package. A declaration that would reach past src/api/ fails the build.
 */
async function writeLibraryTypes(outdir) {
  const { default: ts } = await import('typescript');
  for (const name of ['index', 'types']) {
    const file = fileURLToPath(new URL(`../src/api/${name}.ts`, import.meta.url));
    const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(file, 'utf8'), {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true },
    });
    if (diagnostics?.length) throw new Error(`src/api/${name}.ts cannot be declared alone: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`);
    const reaches = [...outputText.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((spec) => spec !== './types.js');
    if (reaches.length) throw new Error(`dist/${name}.d.ts would import ${reaches.join(', ')}: the library's types must stand alone (src/api/types.ts)`);
    writeFileSync(join(outdir, `${name}.d.ts`), outputText);
  }
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

/**
 * The lean entry must stay lean: a static import that brings commander, chalk or zod into
 * dist/fast.cjs would quietly undo its start-up time.
 */
function assertLean(metafile, entry) {
  const outputs = metafile.outputs;
  const fast = Object.keys(outputs).find((o) => entry.test(o));
  const seen = new Set();
  const visit = (output) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const i of outputs[output].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(fast);
  const heavy = [...seen].flatMap((o) => Object.keys(outputs[o].inputs)).filter((input) => /node_modules[/\\](commander|chalk|zod)[/\\]/.test(input));
  if (heavy.length) throw new Error(`dist/fast.js loads ${[...new Set(heavy.map((h) => /node_modules[/\\]([^/\\]+)/.exec(h)[1]))].join(', ')} at start-up: ${heavy[0]}`);
}
