/** The outside world, injected so that tests can run the CLI in-process. `process` satisfies it. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** The clock, for the default --as-of. */
  now?: () => Date;
}
