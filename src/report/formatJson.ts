import type { Assessment } from '../engine/assessment.js';

/** One JSON object, keys in the order of the interface document. */
export function formatJson(a: Assessment, pretty = true): string {
  return JSON.stringify(a, null, pretty ? 2 : undefined) + '\n';
}
