// Rubric and vocabulary YAML files are imported as data: parsed at build time (bin/build.mjs)
// and by the same transform in vitest (vitest.config.ts).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
