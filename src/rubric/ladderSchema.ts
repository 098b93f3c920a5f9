import * as z from 'zod';
import {
  budgetCriterion,
  certificationCriterion,
  coverageCriterion,
  customerFacingCriterion,
  degreeCriterion,
  experienceCriterion,
  leadershipCriterion,
  remoteCriterion,
  RUBRIC_BOUNDS,
  sourceSchema,
} from './schema.js';

/**
 * The ladder language: one file, ordered levels, and criteria whose thresholds may be given per
 * level (`minYears: {entry: 0, junior: 1, senior: 4, principal: 8}`). Every other key means what
 * it means in a rubric. checkLadder then proves the order: each level asks at least what the one
 * below it asks, so that a score can only fall, and a verdict only worsen, up the ladder.
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and hyphens, like senior');

/** A value for every level, or one per level by level id. */
function perLevel<T extends z.ZodType>(value: T) {
  return z.union([value, z.record(id, value).describe('One value per level, by level id: {entry: 0, junior: 1, senior: 4, principal: 8}.')]);
}

/** What a threshold of 0 means in a ladder: the level asks nothing, so the criterion counts as met there. */
const waivable = (what: string, max: number) => z.number().nonnegative().max(max, `at most ${max}`).describe(`${what}; 0 at a level: that level asks nothing, and the criterion counts as met there.`);

const ladderCommon = {
  weight: perLevel(z.number().positive().max(RUBRIC_BOUNDS.weight, `at most ${RUBRIC_BOUNDS.weight}`)).describe(
    'Relative weight, the same at every level unless rubrics validate can prove that the per-level weights still never let a score rise up the ladder.',
  ),
  required: perLevel(z.boolean())
    .optional()
    .describe('A knock-out, at every level or per level; required at one level means required at every level above it.'),
  from: id.optional().describe('The lowest level the criterion applies to; below it the criterion counts as met.'),
};

export const ladderCriterionSchema = z.discriminatedUnion('kind', [
  degreeCriterion.extend({
    ...ladderCommon,
    minLevel: perLevel(degreeCriterion.shape.minLevel).describe('The lowest degree that meets the criterion; it may only rise up the levels.'),
    fields: perLevel(z.array(id)).optional().describe('Accepted fields; the set may only shrink up the levels.'),
  }),
  experienceCriterion.extend({ ...ladderCommon, minYears: perLevel(waivable('Years of experience asked for', RUBRIC_BOUNDS.years)) }),
  certificationCriterion.extend({
    ...ladderCommon,
    anyOf: perLevel(z.array(id).min(1)).optional().describe('Any one of these credentials meets the criterion; the set may only shrink up the levels.'),
  }),
  customerFacingCriterion.extend({ ...ladderCommon, minYears: perLevel(z.number().nonnegative().max(RUBRIC_BOUNDS.years, `at most ${RUBRIC_BOUNDS.years}`)).optional() }),
  coverageCriterion.extend({ ...ladderCommon, anyOf: perLevel(z.array(id).min(1)), min: perLevel(z.number().int().nonnegative()).optional() }),
  leadershipCriterion.extend({ ...ladderCommon, minTeamSize: perLevel(waivable('The size of the largest team led', RUBRIC_BOUNDS.teamSize)) }),
  budgetCriterion.extend({ ...ladderCommon, minAmount: perLevel(waivable('The largest budget managed, in currency units', RUBRIC_BOUNDS.amount)) }),
  remoteCriterion.extend(ladderCommon),
]);

export const ladderLevelSchema = z.strictObject({
  id: id.describe('The level id used in per-level values, e.g. senior.'),
  rubric: id.optional().describe('The id that scores this level alone (--rubric tpm-senior); default <ladder id>-<level id>.'),
  title: z.string().min(1),
  description: z.string().min(1).describe('One line for rubrics list.'),
});

export const ladderFileSchema = z.strictObject({
  id: id.describe('The ladder id, used by --rubric.'),
  title: z.string().min(1),
  version: z.union([z.string(), z.number()]).transform(String),
  description: z.string().min(1).describe('One line for rubrics list.'),
  levels: z.array(ladderLevelSchema).min(2).describe('The levels, lowest first.'),
  passScore: z.number().min(0).max(100).optional().describe('The score a ready candidate reaches, the same at every level (0-100).'),
  nearlyMargin: z.number().min(0).max(100).optional().describe('Below passScore by more than this is "not-ready" (default 15).'),
  sources: z.array(sourceSchema).optional(),
  criteria: z.array(ladderCriterionSchema).min(1),
});

export type LadderFile = z.output<typeof ladderFileSchema>;
export type LadderCriterion = z.output<typeof ladderCriterionSchema>;

/** The keys each kind of ladder criterion accepts, for "did you mean" suggestions. */
export const ladderCriterionKeysByKind: ReadonlyMap<string, readonly string[]> = new Map(
  ladderCriterionSchema.options.flatMap((option) => {
    const keys = Object.keys(option.shape);
    const kind = option.shape.kind;
    const kinds = 'options' in kind ? (kind.options as string[]) : [kind.value as string];
    return kinds.map((k) => [k, keys] as const);
  }),
);

/** A file is a ladder when it has levels: the one key a rubric never has. */
export function isLadderData(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, 'levels');
}
