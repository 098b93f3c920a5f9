import { clean, VERDICT_TEXT } from '../style.js';
import type { BatchContext, BatchResult } from './batchResult.js';
import { candidateName } from './candidateName.js';
import { gapsOf } from './gapsOf.js';
import { gateMessage } from './gateMessage.js';
import { xmlEscape } from './xmlEscape.js';

/** A <testcase> element, and what it counts as in the totals. */
export interface JunitCase {
  xml: string;
  outcome: 'passed' | 'failed' | 'error';
}

const attr = (text: string | number) => `"${xmlEscape(String(text), true)}"`;

/**
 * One record as a JUnit <testcase>: a <failure> below --min-score, with the gaps as its message
 * and their sentences as its text; an <error> when the record could not be scored. The case is
 * named by candidate and record, and grouped (classname) by the file it came from.
 */
export function junitTestcase(result: BatchResult, context: BatchContext): JunitCase {
  const { index, line, source } = result.record;
  const who = 'error' in result ? 'unreadable record' : candidateName(result.scored.closest);
  const where = `${source}${line === null ? '' : `:${line}`}`;
  const open = `    <testcase name=${attr(`${who} (record ${index}, ${where})`)} classname=${attr(source)} file=${attr(source)}${line === null ? '' : ` line=${attr(line)}`}>`;
  if ('error' in result) {
    const e = result.error;
    const body = e.path === null ? '' : xmlEscape(`at ${e.path}`);
    return { outcome: 'error', xml: `${open}\n      <error message=${attr(clean(e.message))} type=${attr(e.code)}>${body}</error>\n    </testcase>\n` };
  }
  const a = result.scored.closest;
  const status = `score ${a.score.toFixed(1)}, ${VERDICT_TEXT[a.verdict]} for ${a.rubric.id}`;
  if (context.minScore === undefined || a.score >= context.minScore) return { outcome: 'passed', xml: `${open}\n      <system-out>${xmlEscape(status)}</system-out>\n    </testcase>\n` };
  const details = gapsOf(a).map((c) => `${clean(c.title)}: ${clean(c.gap ?? c.status)}`);
  return { outcome: 'failed', xml: `${open}\n      <failure message=${attr(gateMessage(a, context.minScore))} type="below-gate">${xmlEscape(details.join('\n'))}</failure>\n    </testcase>\n` };
}
