import * as z from 'zod';
import { DEGREE_LEVELS } from '../profile/profile.js';

/**
 * The rubric language. This zod schema is the single definition: it validates rubric files,
 * types the model, and is exported as the JSON Schema that editors use (rubrics schema).
 */

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lowercase letters, digits and hyphens, like pm-experience');

const degreeLevel = z.enum(DEGREE_LEVELS);

/**
 * Bounds on every number a rubric holds: what a career can span and a report can add up. A
 * rubric beyond them is refused by rubrics validate, at its line, instead of breaking scoring
 * (minYears: 1e308 overflowed the date arithmetic; weight: 1e308 made the score NaN).
 */
export const RUBRIC_BOUNDS = { years: 60, weight: 1000, amount: 1e12, teamSize: 100_000, effortMonths: 120, terms: 1000 } as const;
const years = () => z.number().max(RUBRIC_BOUNDS.years, `at most ${RUBRIC_BOUNDS.years} years`);

const common = {
  id: id.describe('Unique within the rubric; reports and --assume refer to it.'),
  title: z.string().min(1).describe('What the criterion asks, as a job ad would say it.'),
  weight: z.number().positive().max(RUBRIC_BOUNDS.weight, `at most ${RUBRIC_BOUNDS.weight}`).describe('Relative weight; the score is the weighted sum of the criteria.'),
  required: z
    .boolean()
    .optional()
    .describe('A knock-out: when it is not met the verdict is "not-ready" whatever the score.'),
  source: z.string().min(1).describe('The id of an entry in the rubric\'s sources that this criterion rests on.'),
  note: z.string().optional().describe('Why the threshold is what it is, for people reading the rubric.'),
  question: z
    .string()
    .min(1)
    .optional()
    .describe('The interview question for this criterion, in place of the one derived from its kind and parameters.'),
  effortMonths: z
    .number()
    .positive()
    .max(RUBRIC_BOUNDS.effortMonths, `at most ${RUBRIC_BOUNDS.effortMonths} months`)
    .optional()
    .describe('Months of effort to close the gap, for ranking the roadmap; a default per kind applies otherwise.'),
};

const families = z.array(id).min(1).describe('Role families from vocabulary/roles.yaml whose jobs count.');

export const degreeCriterion = z.strictObject({
  ...common,
  kind: z.literal('degree'),
  minLevel: degreeLevel.describe('The lowest degree that meets the criterion.'),
  fields: z
    .array(id)
    .optional()
    .describe('Accepted fields from vocabulary/degrees.yaml; omit to accept any field.'),
  equivalentExperience: z
    .strictObject({
      years: years().positive(),
      roles: families,
    })
    .optional()
    .describe('"Or equivalent experience": years in these roles also meet the criterion.'),
});

export const experienceCriterion = z.strictObject({
  ...common,
  kind: z.literal('experience'),
  minYears: years().positive().describe('Years of experience asked for; overlapping jobs count once.'),
  roles: families,
  domains: z
    .array(id)
    .optional()
    .describe('Only jobs that name one of these technical domains (vocabulary/terms.yaml) count.'),
  inferredWeight: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'How much a year counts in a job whose title does not name the role but whose own duties show it (vocabulary/roles.yaml duties): 0 not at all, 1 fully. Default 0.5: titles stay the strongest signal.',
    ),
});

export const certificationCriterion = z.strictObject({
  ...common,
  kind: z.literal('certification'),
  anyOf: z.array(id).min(1).optional().describe('Any one of these credentials meets the criterion.'),
  allOf: z.array(id).min(1).optional().describe('All of these credentials are needed; each gives partial credit.'),
  current: z
    .boolean()
    .optional()
    .describe('Count only credentials within their validity period (default true); an expired one gets half credit.'),
});

export const customerFacingCriterion = z.strictObject({
  ...common,
  kind: z.literal('customer-facing'),
  minYears: years()
    .nonnegative()
    .optional()
    .describe('Years of external customer-facing delivery; 0 or omitted: at least one such job.'),
  roles: families.optional(),
});

const coverageKinds = ['domains', 'methodologies', 'tools', 'skills'] as const;
export type CoverageKind = (typeof coverageKinds)[number];

export const coverageCriterion = z.strictObject({
  ...common,
  kind: z.enum(coverageKinds),
  anyOf: z.array(id).min(1).describe('Terms from vocabulary/terms.yaml.'),
  min: z.number().int().positive().max(RUBRIC_BOUNDS.terms).optional().describe('How many of the terms are needed (default 1).'),
});

export const leadershipCriterion = z.strictObject({
  ...common,
  kind: z.literal('leadership'),
  minTeamSize: z.number().int().positive().max(RUBRIC_BOUNDS.teamSize, `at most ${RUBRIC_BOUNDS.teamSize}`).describe('The size of the largest team led.'),
});

export const budgetCriterion = z.strictObject({
  ...common,
  kind: z.literal('budget'),
  minAmount: z.number().positive().max(RUBRIC_BOUNDS.amount, `at most ${RUBRIC_BOUNDS.amount}`).describe('The largest budget managed, in currency units.'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code, like USD or EUR')
    .optional()
    .describe('The currency of minAmount (ISO 4217), which the interview names; amounts are compared as given, never converted.'),
});

export const remoteCriterion = z.strictObject({
  ...common,
  kind: z.literal('remote'),
});

export const criterionSchema = z.discriminatedUnion('kind', [
  degreeCriterion,
  experienceCriterion,
  certificationCriterion,
  customerFacingCriterion,
  coverageCriterion,
  leadershipCriterion,
  budgetCriterion,
  remoteCriterion,
]);

export const sourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  ref: z.string().min(1).describe('Where it is: a seed file, a section of a research note, a public page.'),
});

export const rubricFileSchema = z.strictObject({
  id: id.describe('The rubric id, used by --rubric.'),
  title: z.string().min(1),
  version: z.union([z.string(), z.number()]).transform(String),
  description: z.string().min(1).describe('One line for rubrics list.'),
  extends: id.optional().describe('Start from this rubric; criteria, override and remove then change it.'),
  passScore: z.number().min(0).max(100).optional().describe('The score a ready candidate reaches (0-100).'),
  nearlyMargin: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Below passScore by more than this is "not-ready" (default 15).'),
  sources: z.array(sourceSchema).optional(),
  criteria: z.array(criterionSchema).optional(),
  override: z
    .record(id, z.record(z.string(), z.unknown()))
    .optional()
    .describe('Changes to inherited criteria, by id: the fields given replace the inherited ones.'),
  remove: z.array(id).optional().describe('Inherited criteria to drop, by id.'),
});

export type RubricFile = z.output<typeof rubricFileSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];
export type Source = z.output<typeof sourceSchema>;

/** A rubric with its inheritance resolved and its rules checked: what the engine scores against. */
export interface Rubric {
  id: string;
  title: string;
  version: string;
  description: string;
  passScore: number;
  nearlyMargin: number;
  sources: Source[];
  criteria: Criterion[];
  /** At one level of a ladder: the criteria that level asks nothing of, which count as met. */
  waived?: readonly string[];
  /** A ladder: its levels, lowest first, each a rubric of its own (see ladderSchema.ts). */
  ladder?: { levels: readonly LadderLevel[] };
}

/** One level of a ladder, scored as its own rubric (tpm-senior is the senior level of tpm-ladder). */
export interface LadderLevel {
  id: string;
  title: string;
  rubric: Rubric;
}

/** The keys each kind of criterion accepts, for "did you mean" suggestions. */
export const criterionKeysByKind: ReadonlyMap<string, readonly string[]> = new Map(
  criterionSchema.options.flatMap((option) => {
    const keys = Object.keys(option.shape);
    const kind = option.shape.kind;
    const kinds = 'options' in kind ? (kind.options as string[]) : [kind.value as string];
    return kinds.map((k) => [k, keys] as const);
  }),
);
