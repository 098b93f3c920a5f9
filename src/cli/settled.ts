// How a run ends its output, shared by main() and the lean assess path (fastAssess.ts).

/** Resolves once what was written to the stream has gone out (or failed: errors come a tick later). */
export async function settled(stream: NodeJS.WritableStream): Promise<void> {
  const s = stream as NodeJS.WritableStream & { writableLength?: number; destroyed?: boolean };
  if ((s.writableLength ?? 0) > 0 && !s.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        s.off('drain', done).off('error', done).off('close', done);
        resolve();
      };
      s.on('drain', done).on('error', done).on('close', done);
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
}

export function writeFailure(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') return 'no space left on the device';
  if (error.code === 'EBADF') return 'stdout is closed';
  return error.message;
}
