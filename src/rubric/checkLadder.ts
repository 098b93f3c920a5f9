import { DEGREE_LEVELS } from '../profile/profile.js';
import { formatPath, type Problem } from '../problem.js';
import { nearest } from '../suggest.js';
import { valueAt as valueInDocument, zodProblems } from '../zodProblems.js';
import type { RubricSource } from './checkRubric.js';
import { isPerLevel, isWaived, levelIds, levelRubricId, PER_LEVEL_KEYS, valueAt, type PerLevelKey } from './ladderLevels.js';
import { ladderCriterionKeysByKind, ladderFileSchema, ladderLevelSchema, type LadderCriterion, type LadderFile } from './ladderSchema.js';

/**
 * Pass 2 of validation for a ladder: the schema, then the rules that make the ladder
 * consistent by construction. Each level must ask at least what the level below it asks
 * (thresholds never fall, accepted sets never grow, a knock-out stays a knock-out), and the
 * weights must be such that no profile can score higher at a level than at the one below.
 * Together these make score and verdict non-increasing up the levels for every profile.
 */
export function checkLadder(data: Record<string, unknown>, source: string, locate: RubricSource['locate']): { rubric?: RubricSource; problems: Problem[] } {
  const result = ladderFileSchema.safeParse(data);
  if (!result.success) {
    const knownKeys = (path: readonly PropertyKey[]) => {
      if (path.length === 0) return Object.keys(ladderFileSchema.shape);
      if (path[0] === 'levels' && path.length === 2) return Object.keys(ladderLevelSchema.shape);
      if (path[0] === 'sources' && path.length === 2) return ['id', 'title', 'ref'];
      if (path[0] === 'criteria' && path.length === 2) {
        const kind = (valueInDocument(data, path) as { kind?: unknown } | undefined)?.kind;
        return (typeof kind === 'string' && ladderCriterionKeysByKind.get(kind)) || undefined;
      }
      return undefined;
    };
    const problems = zodProblems(result.error.issues, { source, locate, knownKeys, input: data });
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { problems };
  }
  const file = result.data;
  const at = (path: PropertyKey[], problem: Omit<Problem, 'source' | 'path'>, part?: 'key' | 'value'): Problem => ({
    ...problem,
    path: formatPath(path),
    source,
    ...locate(path, part),
  });
  const problems = [...checkLevels(file, at), ...file.criteria.flatMap((c, i) => checkCriterion(c, i, file, at))];
  if (problems.length === 0) problems.push(...checkWeights(file, at));
  if (problems.length) return { problems };
  const { levels: _levels, criteria: _criteria, ...header } = file;
  return { rubric: { file: header, source, locate, ladder: file }, problems: [] };
}

type At = (path: PropertyKey[], problem: Omit<Problem, 'source' | 'path'>, part?: 'key' | 'value') => Problem;

function checkLevels(file: LadderFile, at: At): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  const rubricIds = new Map<string, number>();
  for (const [i, level] of file.levels.entries()) {
    const first = seen.get(level.id);
    if (first !== undefined) out.push(at(['levels', i, 'id'], { code: 'ladder-duplicate-level', message: `the level id "${level.id}" is used twice, first by levels[${first}]`, hint: 'give each level its own id' }));
    else seen.set(level.id, i);
    const rubricId = levelRubricId(file, level);
    const taken = rubricIds.get(rubricId);
    if (rubricId === file.id || taken !== undefined) {
      out.push(at(['levels', i, level.rubric ? 'rubric' : 'id'], { code: 'ladder-duplicate-level', message: `level ${level.id} would be scored as rubric "${rubricId}", which ${rubricId === file.id ? 'is the ladder\'s own id' : `levels[${taken!}] already uses`}`, hint: 'give the level its own rubric: id' }));
    } else rubricIds.set(rubricId, i);
  }
  return out;
}

const NUMERIC: readonly PerLevelKey[] = ['minYears', 'min', 'minTeamSize', 'minAmount'];
const SETS: readonly PerLevelKey[] = ['anyOf', 'fields'];

function checkCriterion(c: LadderCriterion, i: number, file: LadderFile, at: At): Problem[] {
  const out: Problem[] = [];
  const levels = levelIds(file);
  const base: PropertyKey[] = ['criteria', i];
  let from = 0;
  if (c.from !== undefined) {
    from = levels.indexOf(c.from);
    if (from < 0) {
      const guess = nearest(c.from, levels);
      return [at([...base, 'from'], { code: 'ladder-unknown-level', message: `from names "${c.from}", which is not a level of this ladder (${levels.join(', ')})`, hint: guess ? `did you mean ${guess}?` : 'use a level id from levels:' })];
    }
  }
  const record = c as Record<string, unknown>;
  for (const key of PER_LEVEL_KEYS) {
    const raw = record[key];
    if (!isPerLevel(raw)) continue;
    for (const name of Object.keys(raw)) {
      const l = levels.indexOf(name);
      if (l < 0) {
        const guess = nearest(name, levels);
        out.push(at([...base, key, name], { code: 'ladder-unknown-level', message: `${key} names "${name}", which is not a level of this ladder (${levels.join(', ')})`, hint: guess ? `did you mean ${guess}?` : 'use the level ids from levels:' }, 'key'));
      } else if (l < from) {
        out.push(at([...base, key, name], { code: 'ladder-below-from', message: `${key} gives a value for ${name}, but the criterion starts at ${c.from!} (from: ${c.from!})`, hint: `remove ${name}, or start the criterion lower with from:` }, 'key'));
      }
    }
    const missing = levels.slice(from).filter((l) => raw[l] === undefined);
    if (missing.length) {
      out.push(at([...base, key], { code: 'ladder-level-missing', message: `${key} gives no value for ${missing.join(', ')}`, hint: from === 0 && missing[0] === levels[0] ? `give a value for every level, or start the criterion higher with from: ${levels.find((l) => raw[l] !== undefined) ?? levels[1]!}` : 'give a value for every level from the criterion\'s first level up' }));
    }
  }
  if (out.length) return out;

  // Each level asks at least what the level below it asks.
  const where = (key: PerLevelKey, level: number): PropertyKey[] => (isPerLevel(record[key]) ? [...base, key, levels[level]!] : [...base, key]);
  for (let l = from + 1; l < levels.length; l++) {
    const below = levels[l - 1]!;
    const here = levels[l]!;
    for (const key of NUMERIC) {
      const a = valueAt(c, key, l - 1, levels);
      const b = valueAt(c, key, l, levels);
      if (typeof a === 'number' && typeof b === 'number' && b < a) {
        out.push(at(where(key, l), { code: 'ladder-order', message: `${key} falls from ${a} at ${below} to ${b} at ${here}`, hint: `each level asks at least what the level below it asks: give ${here} ${a} or more, or give ${below} less` }));
      }
    }
    if (c.kind === 'degree') {
      const a = valueAt(c, 'minLevel', l - 1, levels) as string;
      const b = valueAt(c, 'minLevel', l, levels) as string;
      if (DEGREE_LEVELS.indexOf(b as never) < DEGREE_LEVELS.indexOf(a as never)) {
        out.push(at(where('minLevel', l), { code: 'ladder-order', message: `minLevel falls from ${a} at ${below} to ${b} at ${here}`, hint: `each level asks at least what the level below it asks: give ${here} ${a} or higher` }));
      }
    }
    for (const key of SETS) {
      const a = valueAt(c, key, l - 1, levels) as string[] | undefined;
      const b = valueAt(c, key, l, levels) as string[] | undefined;
      // No fields at all accepts every field: a level may narrow that, never widen a list back to it.
      if (a !== undefined && b === undefined) {
        out.push(at([...base, key], { code: 'ladder-order', message: `${key} accepts anything at ${here} but only a list at ${below}`, hint: 'an accepted set may only shrink or stay up the levels' }));
        continue;
      }
      for (const [j, item] of (b ?? []).entries()) {
        if (a === undefined || a.includes(item)) continue;
        out.push(at([...where(key, l), j], { code: 'ladder-order', message: `${key} at ${here} accepts ${item}, which ${below} does not`, hint: `an accepted set may only shrink or stay up the levels: remove ${item} at ${here}, or accept it at ${below} too` }));
      }
    }
    if (valueAt(c, 'required', l - 1, levels) === true && valueAt(c, 'required', l, levels) !== true) {
      out.push(at(where('required', l), { code: 'ladder-order', message: `${c.id} is required at ${below} but not at ${here}`, hint: 'a knock-out at one level is a knock-out at every level above it' }));
    }
  }
  if (levels.every((_, l) => isWaived(c, l, levels))) {
    out.push(at([...base, 'id'], { code: 'ladder-asks-nothing', message: `criterion ${c.id} asks nothing at any level (its threshold is 0 everywhere)`, hint: 'give a threshold above 0 at one level at least, or remove the criterion' }));
  }
  return out;
}

/**
 * Weights per level are allowed where no profile can then score higher a level up. With each
 * criterion scoring no more at a level than at the one below (the rules above), and the
 * criteria a level waives scoring 1 there, the worst case between two adjacent levels is exact:
 * the share of the total that waived criteria give up must cover every share gained by the
 * others. Equal weights at every level always pass.
 */
function checkWeights(file: LadderFile, at: At): Problem[] {
  const levels = levelIds(file);
  const weightAt = (c: LadderCriterion, l: number) => valueAt(c, 'weight', l, levels) as number;
  for (let l = 0; l + 1 < levels.length; l++) {
    const total = (k: number) => file.criteria.reduce((s, c) => s + weightAt(c, k), 0);
    const [lowTotal, highTotal] = [total(l), total(l + 1)];
    let given = 0;
    let gained = 0;
    let worst: { c: LadderCriterion; i: number; rise: number } | undefined;
    for (const [i, c] of file.criteria.entries()) {
      const low = weightAt(c, l) / lowTotal;
      const high = weightAt(c, l + 1) / highTotal;
      if (isWaived(c, l, levels)) given += low - high;
      else gained += Math.max(0, high - low);
      if (high - low > (worst?.rise ?? 0)) worst = { c, i, rise: high - low };
    }
    if (given + 1e-9 >= gained) continue;
    const c = worst!.c;
    const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
    const path: PropertyKey[] = isPerLevel(c.weight) ? ['criteria', worst!.i, 'weight', levels[l + 1]!] : ['criteria', worst!.i, 'weight'];
    return [
      at(path, {
        code: 'ladder-weights',
        message: `the weights let a score rise from ${levels[l]!} to ${levels[l + 1]!}: ${c.id} weighs ${pct(weightAt(c, l) / lowTotal)} of the total at ${levels[l]!} and ${pct(weightAt(c, l + 1) / highTotal)} at ${levels[l + 1]!}`,
        hint: `give every criterion the same weight at every level; a share may grow only by what criteria met by default at ${levels[l]!} (below their from:, or at a threshold of 0) give up`,
      }),
    ];
  }
  return [];
}
