import type { Problem } from '../problem.js';

/**
 * `file:line:col: path: message (hint)` — the shape compilers and linters print, so editors
 * and CI annotations can jump to it. Input reaches messages (a name, the character found), so
 * control characters are escaped here: none from a file ever reaches the terminal raw.
 */
export function formatProblem(p: Problem, level: 'error' | 'warning' = 'error'): string {
  const where = p.source ? `${p.source}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ` : '';
  const path = p.path ? `${p.path}: ` : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  return escapeControls(`${level === 'warning' ? 'warning: ' : ''}${where}${path}${p.message}${hint}`);
}

// C0 and C1 controls, DEL, the line and paragraph separators, and bidirectional overrides.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `<NUL>` becomes `\u0000`: visible, one line, and unable to move the cursor or recolour a terminal. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
