import type { BatchFormat } from './batchFormat.js';
import type { BatchResult } from './batchResult.js';
import { pickInOrder } from './pickInOrder.js';
import type { SortOrder } from './recordOrder.js';
import type { SortKey } from './sortKey.js';

/**
 * A streaming format made to honour --sort and --top: each record's text is held with its sort
 * key, and the texts come out at the end, picked and ordered. This reads the whole input first
 * and keeps a text per record, which is what --sort asks for.
 */
export function heldInOrder<R = BatchResult>(format: BatchFormat<R>, keyOf: (result: R) => SortKey, options: { sort?: SortOrder | undefined; top?: number | undefined }): BatchFormat<R> {
  const held: { key: SortKey; text: string }[] = [];
  return {
    header: () => format.header(),
    record(result) {
      held.push({ key: keyOf(result), text: format.record(result) });
      return '';
    },
    end: (summary) => pickInOrder(held, options).map((h) => h.text).join('') + format.end(summary),
  };
}
