import type { Assessment, LadderSummary } from '../engine/assessment.js';
import { bar, clean, padEnd, plainStyle, VERDICT_TEXT, wrap, type Style } from './style.js';

/** The terminal report's width (formatTerminal's WIDTH, which imports this module). */
const WIDTH = 80;

/**
 * A ladder drawn as one: rungs top to bottom, highest level first, each with its score and
 * verdict, the level reached and the next one marked. Plain text, so that it reads the same in
 * a terminal without colour and in a markdown code block.
 */
function rungs(l: LadderSummary, style: Style): string[] {
  const nameWidth = Math.max(...l.levels.map((x) => x.id.length));
  return [...l.levels].reverse().map((x) => {
    const mark = x.id === l.reached ? '◀ reached' : x.id === l.next ? '◀ next' : '';
    const here = x.id === l.reached ? '●' : ' ';
    // Padding outside the colour, so that a line without a mark ends with no trailing space either way.
    const verdict = style.verdict(x.verdict, VERDICT_TEXT[x.verdict]) + (mark ? ' '.repeat(11 - VERDICT_TEXT[x.verdict].length) + mark : '');
    return `  ${here} ╟──────╢ ${padEnd(x.id, nameWidth)}  ${x.score.toFixed(1).padStart(5)}  ${bar(x.score / 100, 10)}  ${verdict}`;
  });
}

/** The sentence under the picture: where the person stands and what the rest of the report is. */
export function ladderStanding(l: LadderSummary): string {
  const title = (id: string) => l.levels.find((x) => x.id === id)!;
  const reached = l.reached === null ? `No level reached yet (${l.levels[0]!.id} is not ready).` : `Level reached: ${l.reached}.`;
  if (l.next === null) return `${reached} Every level is reached; below is the top level, ${clean(title(l.shown).title)} (${title(l.shown).rubric}).`;
  return `${reached} Next: ${clean(title(l.next).title)} (${title(l.next).rubric}); below is what stands between.`;
}

export function ladderTerminalLines(a: Assessment, style: Style): string[] {
  return a.ladder ? [...rungs(a.ladder, style), '', ...wrap(ladderStanding(a.ladder), WIDTH), ''] : [];
}

export function ladderMarkdownLines(a: Assessment, md: (text: string) => string): string[] {
  if (!a.ladder) return [];
  return ['```text', ...rungs(a.ladder, plainStyle), '```', '', md(ladderStanding(a.ladder)), ''];
}
