import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

// The same contract as esbuild's text loader in scripts/build.mjs: a .yaml import is its text.
const yamlAsText: Plugin = {
  name: 'yaml-as-text',
  transform(_code, id) {
    if (!id.endsWith('.yaml')) return null;
    return { code: `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`, map: null };
  },
};

export default defineConfig({
  plugins: [yamlAsText],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
