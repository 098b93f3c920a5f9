import { rmSync } from 'node:fs';

/**
 * The temporary files being written right now (an --output before its rename), so that a
 * signal can remove them on the way out: an interrupted run leaves nothing behind.
 */
const live = new Set<string>();

export function trackTemporary(path: string): void {
  live.add(path);
}

export function untrackTemporary(path: string): void {
  live.delete(path);
}

/** Synchronous, because it runs in a signal handler just before the process ends. */
export function removeTemporariesNow(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}
