import type { Assessment } from '../../engine/assessment.js';
import { clean } from '../style.js';
import type { BatchContext, BatchResult } from './batchResult.js';
import { candidateName } from './candidateName.js';
import { csvCell } from './csvCell.js';

/** RFC 4180 ends records with CRLF; every CSV reader accepts it. */
const EOL = '\r\n';

export interface CsvTable {
  header: string;
  row(result: BatchResult): string;
}

/**
 * CSV of a batch, one row per record. The columns come from the rubrics of the run, not from
 * the records, so the header is known before the first record and rows can stream. With one
 * rubric there is a column per criterion (its id); with several, the closest role, then per
 * rubric its score and a column per criterion (`rubric:criterion`).
 */
export function csvTable(context: BatchContext): CsvTable {
  const several = context.rubrics.length > 1;
  const perRubric = context.rubrics.map((r) => ({ id: r.id, criteria: r.criteria.map((c) => c.id) }));
  const columns = [
    'source',
    'line',
    'index',
    'name',
    several ? 'closest role' : 'rubric',
    'score',
    'verdict',
    ...perRubric.flatMap((r) => (several ? [`${r.id} score`, ...r.criteria.map((c) => `${r.id}:${c}`)] : r.criteria)),
    'error',
  ];
  const line = (cells: (string | number | null)[]) => cells.map(csvCell).join(',') + EOL;

  return {
    header: line(columns),
    row(result) {
      const where = [result.record.source, result.record.line, result.record.index];
      if ('error' in result) return line([...where, ...Array<null>(columns.length - 4).fill(null), clean(result.error.message)]);
      const { report, closest } = result.scored;
      const byRubric = new Map<string, Assessment>('assessments' in report ? report.assessments.map((a) => [a.rubric.id, a]) : [[report.rubric.id, report]]);
      const statuses = perRubric.flatMap((r) => {
        const a = byRubric.get(r.id);
        const status = new Map(a?.criteria.map((c) => [c.id, c.status]));
        return [...(several ? [a ? a.score.toFixed(1) : null] : []), ...r.criteria.map((c) => status.get(c) ?? null)];
      });
      return line([...where, candidateName(closest, ''), closest.rubric.id, closest.score.toFixed(1), closest.verdict, ...statuses, null]);
    },
  };
}
