import type { Rubric } from '../rubric/schema.js';
import type { Assessment, LadderSummary } from './assessment.js';

/**
 * A ladder's report from its levels' assessments (lowest first): the level reached is the
 * highest whose verdict is ready, the next is the one above it, and the report carries the
 * next level's assessment (its criteria and roadmap: what stands between), or the top level's
 * when every level is reached. The ladder checker makes ready levels a run from the bottom.
 */
export function ladderAssessment(ladder: Rubric, levels: readonly Assessment[]): Assessment {
  const defs = ladder.ladder!.levels;
  let reached = -1;
  levels.forEach((a, i) => {
    if (a.verdict === 'ready') reached = i;
  });
  const next = reached + 1 < defs.length ? reached + 1 : null;
  const shown = next ?? defs.length - 1;
  const summary: LadderSummary = {
    id: ladder.id,
    levels: defs.map((l, i) => ({ id: l.id, rubric: l.rubric.id, title: l.title, score: levels[i]!.score, verdict: levels[i]!.verdict })),
    reached: reached < 0 ? null : defs[reached]!.id,
    next: next === null ? null : defs[next]!.id,
    shown: defs[shown]!.id,
  };
  return { ...levels[shown]!, rubric: { id: ladder.id, title: ladder.title, version: ladder.version }, ladder: summary };
}

/** The level a ladder ranks by among roles: the one reached, or its lowest when none is. */
export function rankingLevel(a: Assessment): LadderSummary['levels'][number] | undefined {
  const l = a.ladder;
  if (!l) return undefined;
  return l.levels.find((x) => x.id === l.reached) ?? l.levels[0];
}
