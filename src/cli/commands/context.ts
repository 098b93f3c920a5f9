import type { Io } from '../io.js';

export interface CommandContext {
  io: Io;
  /** Raises the exit code; the highest code set during a run wins. */
  setExit(code: number): void;
}
