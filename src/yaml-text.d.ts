// Rubric and vocabulary YAML files are imported as text (esbuild loader, vitest plugin).
declare module '*.yaml' {
  const text: string;
  export default text;
}
