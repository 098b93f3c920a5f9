import { clean } from '../style.js';
import type { BatchContext, BatchResult } from './batchResult.js';
import { candidateName } from './candidateName.js';
import { gateMessage } from './gateMessage.js';
import { githubCommand } from './githubCommand.js';

/**
 * The workflow command for a record that fails the run, or '' for one that does not. An
 * unreadable record is an error. Below the gate, the verdict sets the level: an error when
 * the rubric too says not ready, a warning when it says nearly or ready and only the stricter
 * --min-score holds the candidate back.
 */
export function githubAnnotation(result: BatchResult, context: BatchContext): string {
  const { index, line, source } = result.record;
  const at = { file: source, line };
  if ('error' in result) {
    return githubCommand('error', { ...at, title: `record ${index} could not be scored` }, clean(result.error.message));
  }
  const a = result.scored.closest;
  if (context.minScore === undefined || a.score >= context.minScore) return '';
  const level = a.verdict === 'not-ready' ? 'error' : 'warning';
  return githubCommand(level, { ...at, title: `${candidateName(a)} (record ${index}) is below the gate` }, gateMessage(a, context.minScore));
}
