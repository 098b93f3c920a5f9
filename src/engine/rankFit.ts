import type { Assessment, FitReport, Verdict } from './assessment.js';
import { rankingLevel } from './ladder.js';

export type { FitReport };

const VERDICT_ORDER: Record<Verdict, number> = { ready: 0, nearly: 1, 'not-ready': 2 };

export function rankFit(scored: readonly Assessment[]): FitReport {
  // A ladder is one role: its levels, scored alone too when named (--rubric all names them),
  // would otherwise compete with it and with each other.
  const levelIds = new Set(scored.flatMap((a) => a.ladder?.levels.map((l) => l.rubric) ?? []));
  const assessments = scored.filter((a) => !levelIds.has(a.rubric.id));
  // A ladder ranks by the level reached: a ready senior is close to the role, whatever the principal level says.
  const standing = (a: Assessment) => rankingLevel(a) ?? a;
  // A role that knocks the candidate out is no closer for scoring higher on the rest: the
  // verdict ranks first, then the score, then the order the rubrics were given in.
  const sorted = assessments
    .map((a, i) => ({ a, i, s: standing(a) }))
    .sort((x, y) => VERDICT_ORDER[x.s.verdict] - VERDICT_ORDER[y.s.verdict] || y.s.score - x.s.score || x.i - y.i)
    .map((x) => x.a);
  // Criteria with the same id mean the same thing across rubrics that extend one another, so a
  // gap is keyed by criterion id; "unlocks" counts the roles where closing it alone makes ready.
  const gaps = new Map<string, { criterion: string; title: string; roles: string[]; unlocks: string[] }>();
  for (const a of sorted) {
    for (const c of a.criteria) {
      if (c.status === 'met') continue;
      const gap = gaps.get(c.id) ?? { criterion: c.id, title: c.title, roles: [], unlocks: [] };
      gap.roles.push(a.rubric.id);
      const action = a.actions.find((x) => x.criterion === c.id);
      if (action?.verdictAfter === 'ready' && a.verdict !== 'ready') gap.unlocks.push(a.rubric.id);
      gaps.set(c.id, gap);
    }
  }
  const sharedGaps = [...gaps.values()]
    .filter((g) => g.roles.length > 1)
    .sort((a, b) => b.unlocks.length - a.unlocks.length || b.roles.length - a.roles.length || (a.criterion < b.criterion ? -1 : 1));
  return {
    schemaVersion: 1,
    candidate: sorted[0]?.candidate ?? null,
    asOf: sorted[0]?.asOf ?? '',
    ranking: sorted.map((a) => {
      const level = rankingLevel(a);
      if (!level) return { rubric: a.rubric.id, title: a.rubric.title, score: a.score, verdict: a.verdict };
      return { rubric: a.rubric.id, title: `${a.rubric.title}: ${level.title}`, score: level.score, verdict: level.verdict, level: level.id };
    }),
    sharedGaps,
    assessments: sorted,
  };
}
