import type { Io } from './io.js';
import { removeTemporariesNow } from './temporaryFiles.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * SIGINT and SIGTERM while a command runs: remove the temporary files of unfinished --output,
 * let the command say how far it got, then end by the same signal, so that the shell reports
 * 130 or 143 as for any interrupted command (and a parent shell stops its script too).
 */
export function stopOnSignal(signals: NonNullable<Io['signals']>) {
  const sayers = new Set<(signal: NodeJS.Signals) => void>();
  const handler = (signal: NodeJS.Signals) => {
    removeTemporariesNow();
    for (const say of sayers) say(signal);
    detach();
    signals.kill(signals.pid, signal);
  };
  const detach = () => {
    for (const s of SIGNALS) signals.off(s, handler);
  };
  for (const s of SIGNALS) signals.on(s, handler);
  return {
    onInterrupt(say: (signal: NodeJS.Signals) => void) {
      sayers.add(say);
      return () => void sayers.delete(say);
    },
    detach,
  };
}
