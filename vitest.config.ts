import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
// @ts-expect-error: a plain ESM build script without type declarations
import { yamlModule } from './bin/build.mjs';

// The build's transform (bin/build.mjs): a .yaml import is the data it holds.
const yamlAsData: Plugin = {
  name: 'yaml-as-data',
  transform(_code, id) {
    if (!id.endsWith('.yaml')) return null;
    return { code: (yamlModule as (text: string) => string)(readFileSync(id, 'utf8')), map: null };
  },
};

export default defineConfig({
  plugins: [yamlAsData],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
