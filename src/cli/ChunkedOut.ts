import type { TextOut } from './batchSink.js';

/** Past this much text held, it goes out without waiting for the end of the chunk. */
const FLUSH_AT = 64 * 1024;

/**
 * Holds batch's output and writes it once per few lines of input (flush), or sooner past 64 KiB
 * (a JSON array read whole is one chunk of many records), instead of once per record. Each
 * write waits for the reader to drain what it was given, so a slow reader slows batch down
 * instead of filling memory.
 */
export class ChunkedOut implements TextOut {
  #held = '';
  #open = true;
  /** The writes still waiting for their drain. */
  #pending: Promise<boolean> | null = null;

  constructor(
    private readonly target: TextOut,
    private readonly flushAt = FLUSH_AT,
  ) {}

  write(text: string): Promise<boolean> {
    this.#held += text;
    return this.#held.length >= this.flushAt ? this.flush() : Promise.resolve(this.#open);
  }

  /**
   * Hands everything held to the target now (so that it goes out before anything written to
   * stderr after this call), and resolves once all of it has drained.
   */
  flush(): Promise<boolean> {
    if (this.#held !== '') {
      const written = this.target.write(this.#held);
      this.#held = '';
      const before = this.#pending;
      const done: Promise<boolean> = (before ? Promise.all([before, written]).then(([a, b]) => a && b) : written).then((open) => {
        this.#open &&= open;
        if (this.#pending === done) this.#pending = null;
        return this.#open;
      });
      this.#pending = done;
    }
    return this.#pending ?? Promise.resolve(this.#open);
  }
}
