import type { Verdict } from '../../engine/assessment.js';
import { clean } from '../style.js';
import type { BatchResult, RecordRef } from './batchResult.js';
import { candidateName } from './candidateName.js';
import { gapsOf } from './gapsOf.js';
import { sortKeyOf, type SortKey } from './sortKey.js';
import { wellFormed } from './wellFormed.js';

/**
 * What the shortlist keeps of a record: a few fields instead of the whole report, so that a
 * run of many thousands can be ranked at the end without holding every report.
 */
export type ShortlistEntry = { record: RecordRef; key: SortKey } & (
  | { name: string; score: number; verdict: Verdict; role: { id: string; title: string }; topGap: { criterion: string; title: string } | null }
  | { error: string }
);

export function shortlistEntry(result: BatchResult): ShortlistEntry {
  const key = sortKeyOf(result);
  if ('error' in result) return { record: result.record, key, error: wellFormed(clean(result.error.message)) };
  const a = result.scored.closest;
  const gap = gapsOf(a)[0];
  return {
    record: result.record,
    key,
    name: candidateName(a),
    score: a.score,
    verdict: a.verdict,
    role: { id: a.rubric.id, title: a.rubric.title },
    topGap: gap ? { criterion: gap.id, title: gap.title } : null,
  };
}
