/** The outside world, injected so that tests can run the CLI in-process. `process` satisfies it. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** The clock, for the default --as-of. */
  now?: () => Date;
  /**
   * Where SIGINT and SIGTERM arrive, to clean up before stopping (the bin passes `process`).
   * Absent in-process, where a test's signals are not ours to take.
   */
  signals?: Pick<NodeJS.Process, 'on' | 'off' | 'kill' | 'pid'>;
  /**
   * The descriptors behind stdout and stderr, when a run may write to them itself (the bin: 1
   * and 2), which spares a lean assess making the streams (writeDirect.ts). Absent in-process.
   */
  fds?: { stdout: number; stderr: number };
}

/** What piped input is called in reports and errors when --stdin-filename does not name it. */
export const STDIN_NAME = '<stdin>';
