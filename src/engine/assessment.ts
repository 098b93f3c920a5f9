import * as z from 'zod';

/**
 * The assessment: what the engine returns and what `--format json` prints. The zod schema is
 * the definition; the JSON Schema shipped for report consumers is generated from it.
 */

const evidence = z.object({
  path: z.string().describe('JSON pointer into the résumé (or interview answers) that the fact came from.'),
  text: z.string(),
});

const status = z.enum(['met', 'partial', 'missing', 'unknown']);
export const verdictSchema = z.enum(['ready', 'nearly', 'not-ready']);

export const criterionResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  weight: z.number(),
  required: z.boolean(),
  status,
  score: z.number().min(0).max(1),
  actual: z.unknown().describe('What was measured: years, the best degree, the credentials found…'),
  expected: z.unknown().describe('The threshold or set the rubric asks for.'),
  evidence: z.array(evidence),
  gap: z.string().nullable().describe('When not met: what is missing and by how much.'),
  source: z.string().describe('The rubric source this criterion rests on.'),
});

export const actionSchema = z.object({
  criterion: z.string(),
  action: z.string(),
  scoreGain: z.number().describe('Points the score gains when this criterion is fully met.'),
  effortMonths: z.number().describe('Rough effort, used with the gain to rank the roadmap.'),
  type: z
    .enum(['clarify', 'develop'])
    .describe('clarify: the résumé leaves the criterion open, and saying what is true may settle it; develop: something to do or gain.'),
  verdictAfter: verdictSchema.describe('The verdict if this action alone were done.'),
});

/** A ladder report: every level's score and verdict, the level reached and the one above it. */
export const ladderSummarySchema = z.object({
  id: z.string().describe('The ladder id, as --rubric takes it.'),
  levels: z
    .array(
      z.object({
        id: z.string(),
        rubric: z.string().describe('The rubric id that scores this level alone, e.g. tpm-senior.'),
        title: z.string(),
        score: z.number().min(0).max(100),
        verdict: verdictSchema,
      }),
    )
    .describe('Lowest level first. Score never rises and verdict never improves up the levels.'),
  reached: z.string().nullable().describe('The highest level whose verdict is ready; null when none is.'),
  next: z.string().nullable().describe('The level above the one reached; null when every level is reached.'),
  shown: z
    .string()
    .describe('The level whose score, verdict, criteria and actions this report carries: next, or the top level when every level is reached.'),
});

export const assessmentSchema = z.object({
  schemaVersion: z.literal(1),
  rubric: z.object({ id: z.string(), title: z.string(), version: z.string() }),
  candidate: z.object({ name: z.string() }).nullable(),
  asOf: z.string(),
  score: z.number().min(0).max(100),
  scoreRange: z
    .object({ min: z.number(), max: z.number() })
    .describe('The score if every unknown criterion were missing (min) or met (max).'),
  passScore: z.number(),
  verdict: verdictSchema,
  criteria: z.array(criterionResultSchema),
  actions: z.array(actionSchema),
  assumptions: z.array(z.string()).describe('What --assume added to the profile for this what-if.'),
  experience: z
    .object({
      total: z.number().describe('Years of employment in all, concurrent jobs counted once.'),
      roles: z.record(z.string(), z.number()).describe('Years per role family, as job titles name them.'),
      inferred: z
        .record(z.string(), z.number())
        .describe('Years per role family that only jobs whose duties show it add (not named by their titles), before a rubric\'s inferredWeight.'),
      domains: z.record(z.string(), z.number()),
      gaps: z
        .array(z.object({ from: z.string(), to: z.string(), months: z.number() }))
        .describe('Breaks of more than six months between jobs, first day to last day.'),
    })
    .nullable()
    .describe('What was counted of the work history up to asOf, concurrent jobs counted once; null without a work history.'),
  ladder: ladderSummarySchema
    .optional()
    .describe('Only for a ladder (--rubric tpm-ladder): the levels. The rest of the report is the assessment of the level named by ladder.shown.'),
});

/** Several rubrics scored for one candidate (--rubric all), ranked: which role to aim for. */
export const fitReportSchema = z.object({
  schemaVersion: z.literal(1),
  candidate: assessmentSchema.shape.candidate,
  asOf: z.string(),
  ranking: z
    .array(
      z.object({
        rubric: z.string(),
        title: z.string(),
        score: z.number(),
        verdict: verdictSchema,
        level: z.string().optional().describe('For a ladder: the level it ranks by, the one reached (or its lowest when none is); score and verdict are that level\'s.'),
      }),
    )
    .describe('Closest role first: by verdict, then score, then the order the rubrics were given in. A ladder is one role; its levels are not ranked apart from it.'),
  sharedGaps: z
    .array(z.object({ criterion: z.string(), title: z.string(), roles: z.array(z.string()), unlocks: z.array(z.string()) }))
    .describe('Criteria not met in several roles; unlocks: the roles where closing it alone makes the verdict ready.'),
  assessments: z.array(assessmentSchema).describe('One assessment per rubric, in ranking order.'),
});

export type FitReport = z.output<typeof fitReportSchema>;
export type Status = z.output<typeof status>;
export type Verdict = z.output<typeof verdictSchema>;
export type CriterionResult = z.output<typeof criterionResultSchema>;
export type Action = z.output<typeof actionSchema>;
export type Assessment = z.output<typeof assessmentSchema>;
export type EvidenceItem = z.output<typeof evidence>;
export type LadderSummary = z.output<typeof ladderSummarySchema>;
