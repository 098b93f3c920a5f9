import type { Io } from '../io.js';

export interface CommandContext {
  io: Io;
  /** Raises the exit code; the highest code set during a run wins. */
  setExit(code: number): void;
  /**
   * Runs `say` if SIGINT or SIGTERM stops the run (batch says how far it got). It must be
   * synchronous: the process ends right after. Returns the function that unregisters it.
   */
  onInterrupt(say: (signal: NodeJS.Signals) => void): () => void;
}
