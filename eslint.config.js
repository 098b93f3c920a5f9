import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The architecture, enforced: the core (everything under src/ but the CLI) does no I/O, reads
// no clock or environment, prints nothing and never exits. Only src/cli/ touches the world.
const coreRestrictions = {
  paths: [
    { name: 'chalk', message: 'Colour is decided in src/cli/ and passed in as a Style.', allowTypeImports: true },
    { name: 'commander', message: 'Argument parsing belongs to src/cli/.' },
    { name: '@inquirer/prompts', message: 'Prompts belong to src/cli/.' },
  ],
  patterns: [
    { group: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os', 'process', 'readline'], message: 'The core is pure: take text, return values; the CLI does I/O.' },
    { group: ['**/cli/**'], message: 'The core must not depend on the CLI shell.' },
  ],
};

// The layers, bottom up: vocabulary and profile; rubric; readers (text cues, then JSON Resume,
// then the LinkedIn export and interview answers, each into the same profile); engine; then
// reports, interview, job ads and the rubric tester. An import may only go down.
const below = (...forbidden) => ({
  ...coreRestrictions,
  patterns: [
    ...coreRestrictions.patterns,
    { group: forbidden.map((f) => `**/${f}/**`), message: 'Imports go down the layers only (see the Design section of the README).' },
  ],
});
const layers = [
  { files: ['src/vocabulary/**', 'src/profile/**'], forbidden: ['rubric', 'readers', 'engine', 'report', 'interview', 'jobAd', 'rubricTests'] },
  { files: ['src/rubric/**'], forbidden: ['readers', 'engine', 'report', 'interview', 'jobAd', 'rubricTests'] },
  { files: ['src/readers/**'], forbidden: ['engine', 'report', 'interview', 'jobAd', 'rubricTests'] },
  { files: ['src/readers/text/**'], forbidden: ['jsonResume', 'linkedin', 'answers', 'engine', 'report', 'interview', 'jobAd', 'rubricTests'] },
  { files: ['src/engine/**'], forbidden: ['readers', 'report', 'interview', 'jobAd', 'rubricTests'] },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The bin is CommonJS for start-up time (see its first comment).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core reads no environment and never exits.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core takes the as-of date as an argument; no clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core takes the as-of date as an argument; no clock.' },
      ],
      'no-console': 'error',
    },
  },
  ...layers.map(({ files, forbidden }) => ({ files, rules: { 'no-restricted-imports': ['error', below(...forbidden)] } })),
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'Return an exit code from main(); the bin shim sets process.exitCode.' }],
    },
  },
);
