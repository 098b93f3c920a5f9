import { type Problem, type Result, fail, formatPath, ok } from '../problem.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { RubricSource } from './checkRubric.js';
import { criterionAt, firstAskingLevel, isPerLevel, isWaived, levelIds, levelRubricId } from './ladderLevels.js';
import type { LadderFile } from './ladderSchema.js';
import { resolveRubric } from './resolveRubric.js';
import { criterionSchema, type Criterion, type LadderLevel, type Rubric } from './schema.js';

/**
 * Pass 3 for a ladder: each level becomes a rubric of its own (the plain criteria it asks for,
 * and the ones it waives), and the named rules of rubrics (known sources, known vocabulary,
 * min no larger than the list) are checked on every level, pointing back into the ladder file.
 * The ladder itself is returned as a rubric whose `ladder` lists the levels, lowest first.
 */
export function resolveLadder(src: RubricSource & { ladder: LadderFile }, vocabulary: Vocabulary): Result<Rubric> {
  const file = src.ladder;
  const levels = levelIds(file);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const built: LadderLevel[] = [];
  for (const [l, level] of file.levels.entries()) {
    const origin: number[] = [];
    const criteria: Record<string, unknown>[] = [];
    for (const [i, c] of file.criteria.entries()) {
      if (isWaived(c, l, levels)) continue;
      origin.push(i);
      criteria.push(criterionAt(c, l, levels));
    }
    // A path in the level's rubric -> the same place in the ladder file (a per-level value at its level).
    const toLadder = (path: readonly PropertyKey[]): PropertyKey[] => {
      if (path[0] !== 'criteria' || typeof path[1] !== 'number') return [...path];
      const i = origin[path[1]]!;
      const [key, ...rest] = path.slice(2);
      if (key === undefined) return ['criteria', i];
      const raw = (file.criteria[i] as Record<PropertyKey, unknown>)[key];
      return ['criteria', i, key, ...(isPerLevel(raw) && key !== 'equivalentExperience' ? [level.id] : []), ...rest];
    };
    const id = levelRubricId(file, level);
    const levelSource: RubricSource = {
      file: { id, title: level.title, version: file.version, description: level.description, passScore: file.passScore, nearlyMargin: file.nearlyMargin, sources: file.sources, criteria: criteria as Criterion[] },
      source: src.source,
      locate: (path, part) => src.locate(toLadder(path), part),
    };
    const resolved = resolveRubric(levelSource, () => undefined, vocabulary);
    if (!resolved.ok) {
      for (const p of resolved.problems) {
        // A level that asks nothing of any criterion is allowed: everything counts as met there.
        if (p.code === 'rubric-no-criteria') continue;
        const key = `${p.line}:${p.column}:${p.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ ...p, path: p.path && formatPath(toLadder(pathOf(p.path))) });
      }
      continue;
    }
    const byId = new Map(resolved.value.criteria.map((c) => [c.id, c]));
    const waived = file.criteria.filter((_, i) => !origin.includes(i)).map((c) => c.id);
    const all = file.criteria.map((c) => byId.get(c.id) ?? criterionSchema.parse(criterionAt(c, Math.max(0, firstAskingLevel(c, levels)), levels)));
    built.push({ id: level.id, title: level.title, rubric: { ...resolved.value, criteria: all, waived } });
  }
  if (problems.length) return fail(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  const top = built[built.length - 1]!.rubric;
  return ok({
    id: file.id,
    title: file.title,
    version: file.version,
    description: file.description,
    passScore: top.passScore,
    nearlyMargin: top.nearlyMargin,
    sources: top.sources,
    criteria: top.criteria,
    ladder: { levels: built },
  });
}

/** `criteria[2].anyOf[1]` -> ['criteria', 2, 'anyOf', 1], the inverse of formatPath for rubric paths. */
function pathOf(text: string): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const m of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
