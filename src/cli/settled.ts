// How a run ends its output, shared by main() and the lean assess path (fastAssess.ts).

/** Resolves once what was written to the stream has gone out (or failed: errors come a tick later). */
export async function settled(stream: NodeJS.WritableStream): Promise<void> {
  const s = stream as NodeJS.WritableStream & { writableLength?: number; destroyed?: boolean; writableEnded?: boolean };
  // An ended stream takes no more writes, not even an empty one (it would be an error event).
  if ((s.writableLength ?? 0) > 0 && !s.destroyed && !s.writableEnded) {
    // Not 'drain': it comes only after a write that filled the buffer, and a last short write
    // behind a slow reader would wait for it for ever. An empty write's callback comes once all
    // written before it has gone out, or failed, or the stream was destroyed.
    await new Promise<void>((resolve) => {
      s.write('', () => resolve());
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
}

/** The line a run ends with when its report could not be written to stdout. */
export function stdoutFailureLine(error: NodeJS.ErrnoException): string {
  return `tpm-assess: cannot write the report to stdout: ${writeFailure(error)}\n`;
}

export function writeFailure(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') return 'no space left on the device';
  if (error.code === 'EBADF') return 'stdout is closed';
  return error.message;
}
