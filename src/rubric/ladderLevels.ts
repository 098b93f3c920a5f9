import type { LadderCriterion, LadderFile } from './ladderSchema.js';

/**
 * Reading one level out of a ladder: the value each key takes there, whether the level asks
 * anything of a criterion at all, and the plain criterion that level scores.
 */

/** The keys that may hold one value per level. */
export const PER_LEVEL_KEYS = ['weight', 'required', 'minLevel', 'fields', 'minYears', 'anyOf', 'min', 'minTeamSize', 'minAmount'] as const;
export type PerLevelKey = (typeof PER_LEVEL_KEYS)[number];

/** Keys where 0 at a level means the level asks nothing of the criterion. */
const WAIVED_AT_ZERO: Partial<Record<LadderCriterion['kind'], PerLevelKey>> = {
  experience: 'minYears',
  leadership: 'minTeamSize',
  budget: 'minAmount',
  domains: 'min',
  methodologies: 'min',
  tools: 'min',
  skills: 'min',
};

/** A per-level value is a mapping; a list (anyOf: [a, b]) or a scalar holds for every level. */
export function isPerLevel(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function fromIndex(c: LadderCriterion, levels: readonly string[]): number {
  return c.from === undefined ? 0 : Math.max(0, levels.indexOf(c.from));
}

/**
 * The value of a key at a level. Below `from`, and where a mapping names no value for the
 * level, the value at the criterion's first level stands in (a weight is still counted).
 */
export function valueAt(c: LadderCriterion, key: PerLevelKey, level: number, levels: readonly string[]): unknown {
  const raw = (c as Record<string, unknown>)[key];
  if (!isPerLevel(raw)) return raw;
  const own = raw[levels[level]!];
  if (own !== undefined && level >= fromIndex(c, levels)) return own;
  for (let l = fromIndex(c, levels); l < levels.length; l++) if (raw[levels[l]!] !== undefined) return raw[levels[l]!];
  return undefined;
}

/** The level asks nothing of the criterion: below its `from`, or at a threshold of 0. */
export function isWaived(c: LadderCriterion, level: number, levels: readonly string[]): boolean {
  if (level < fromIndex(c, levels)) return true;
  const key = WAIVED_AT_ZERO[c.kind];
  return key !== undefined && valueAt(c, key, level, levels) === 0;
}

/** The plain criterion (rubric language) a level scores; `from` is the ladder's alone. */
export function criterionAt(c: LadderCriterion, level: number, levels: readonly string[]): Record<string, unknown> {
  const { from: _from, ...rest } = c as Record<string, unknown> & { from?: string };
  const out: Record<string, unknown> = { ...rest };
  for (const key of PER_LEVEL_KEYS) {
    if (!(key in out)) continue;
    const value = valueAt(c, key, level, levels);
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  // A coverage criterion without min asks for one term; `min: 0` exists only to waive a level.
  if (out.min === undefined) delete out.min;
  return out;
}

/** The first level that asks something of the criterion, or -1 when none does. */
export function firstAskingLevel(c: LadderCriterion, levels: readonly string[]): number {
  for (let l = 0; l < levels.length; l++) if (!isWaived(c, l, levels)) return l;
  return -1;
}

export const levelIds = (file: Pick<LadderFile, 'levels'>) => file.levels.map((l) => l.id);
export const levelRubricId = (file: Pick<LadderFile, 'id'>, level: LadderFile['levels'][number]) => level.rubric ?? `${file.id}-${level.id}`;
