import type { BatchContext } from './batchResult.js';
import type { CohortSummary } from './cohortSummary.js';
import { xmlEscape } from './xmlEscape.js';

/**
 * The whole JUnit document around the cases of junitTestcase. The counts CI dashboards read sit
 * in the opening <testsuite> tag, so the caller keeps the case strings (a few hundred bytes a
 * record) and writes the document once the run ends: XML that is whole, or none.
 */
export function junitDocument(cases: readonly string[], summary: CohortSummary, context: BatchContext): string {
  const a = (text: string | number) => `"${xmlEscape(String(text), true)}"`;
  const counts = `tests=${a(summary.read)} failures=${a(summary.below)} errors=${a(summary.unreadable)} skipped="0"`;
  const rubrics = context.rubrics.map((r) => r.id).join(', ');
  const properties = [
    `      <property name="rubrics" value=${a(rubrics)}/>`,
    ...(context.minScore === undefined ? [] : [`      <property name="min-score" value=${a(context.minScore)}/>`]),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<testsuites name="tpm-assess batch" ${counts}>\n`,
    `  <testsuite name=${a(`tpm-assess batch: ${rubrics}`)} ${counts}>\n`,
    `    <properties>\n${properties.join('\n')}\n    </properties>\n`,
    ...cases,
    '  </testsuite>\n',
    '</testsuites>\n',
  ].join('');
}
