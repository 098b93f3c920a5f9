import type { BatchContext } from './batchResult.js';
import type { JunitCase } from './junitTestcase.js';
import { xmlEscape } from './xmlEscape.js';

/**
 * The whole JUnit document around the cases of junitTestcase. The counts CI dashboards read sit
 * in the opening <testsuite> tag, so the caller keeps the cases (a few hundred bytes a record)
 * and writes the document once the run ends: XML that is whole or none, and counts that are
 * those of the cases it holds, whatever --top left out.
 */
export function junitDocument(cases: readonly JunitCase[], context: BatchContext): string {
  const a = (text: string | number) => `"${xmlEscape(String(text), true)}"`;
  const count = (outcome: JunitCase['outcome']) => cases.filter((c) => c.outcome === outcome).length;
  const counts = `tests=${a(cases.length)} failures=${a(count('failed'))} errors=${a(count('error'))} skipped="0"`;
  const rubrics = context.rubrics.map((r) => r.id).join(', ');
  const properties = [
    `      <property name="rubrics" value=${a(rubrics)}/>`,
    ...(context.minScore === undefined ? [] : [`      <property name="min-score" value=${a(context.minScore)}/>`]),
    ...(context.asOf === undefined ? [] : [`      <property name="as-of" value=${a(context.asOf)}/>`]),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<testsuites name="tpm-assess batch" ${counts}>\n`,
    `  <testsuite name=${a(`tpm-assess batch: ${rubrics}`)} ${counts}>\n`,
    `    <properties>\n${properties.join('\n')}\n    </properties>\n`,
    ...cases.map((c) => c.xml),
    '  </testsuite>\n',
    '</testsuites>\n',
  ].join('');
}
