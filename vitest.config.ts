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
    // CI turns coverage on (.ci/run); the floors sit a little under what the suite reaches
    // (measured 2026-12-02), so that a change which leaves the core untested fails CI.
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text-summary'],
      thresholds: {
        'src/engine/**': { lines: 95, branches: 86 },
        'src/readers/jsonResume/**': { lines: 95, branches: 87 },
        'src/readers/text/**': { lines: 95, branches: 87 },
        'src/profile/**': { lines: 97, branches: 90 },
        'src/rubric/**': { lines: 92, branches: 73 },
        'src/vocabulary/**': { lines: 97, branches: 89 },
        'src/readers/linkedin/**': { lines: 95, branches: 80 },
      },
    },
  },
});
