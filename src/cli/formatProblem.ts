import type { Problem } from '../problem.js';

/**
 * `file:line:col: path: message (hint)` — the shape compilers and linters print, so editors
 * and CI annotations can jump to it.
 */
export function formatProblem(p: Problem, level: 'error' | 'warning' = 'error'): string {
  const where = p.source ? `${p.source}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ` : '';
  const path = p.path ? `${p.path}: ` : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${level === 'warning' ? 'warning: ' : ''}${where}${path}${p.message}${hint}`;
}
