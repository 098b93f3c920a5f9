import type { BatchResult } from './batchResult.js';
import { candidateName } from './candidateName.js';

/** What --sort and --top order records by: input position, name, score (null when not scored or unnamed). */
export interface SortKey {
  index: number;
  name: string | null;
  score: number | null;
}

export function sortKeyOf(result: BatchResult): SortKey {
  if ('error' in result) return { index: result.record.index, name: null, score: null };
  const a = result.scored.closest;
  return { index: result.record.index, name: candidateName(a, '') || null, score: a.score };
}
