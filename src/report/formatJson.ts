import type { Assessment, FitReport } from '../engine/assessment.js';

/** One JSON object, keys in the order of the interface document. */
export function formatJson(report: Assessment | FitReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
