// Kept in step with package.json by test/cli/version.test.ts; a constant spares a file read at start-up.
export const VERSION = '0.1.0';
