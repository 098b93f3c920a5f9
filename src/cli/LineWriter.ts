/**
 * Writes to a stream with back-pressure, and notices when the reader has gone (`| head`):
 * then `write` returns false and the caller stops, instead of waiting for a drain that never
 * comes or dying of EPIPE.
 */
export class LineWriter {
  #closed = false;
  readonly #stream: NodeJS.WritableStream;

  constructor(stream: NodeJS.WritableStream) {
    this.#stream = stream;
    stream.on('error', () => {
      this.#closed = true;
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  async write(text: string): Promise<boolean> {
    if (this.#closed) return false;
    if (!this.#stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.#stream.removeListener('drain', done);
          this.#stream.removeListener('error', done);
          this.#stream.removeListener('close', done);
          resolve();
        };
        this.#stream.once('drain', done);
        this.#stream.once('error', done);
        this.#stream.once('close', done);
      });
    }
    return !this.#closed;
  }
}
