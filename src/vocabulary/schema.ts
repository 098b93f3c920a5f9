import * as z from 'zod';
import { DEGREE_LEVELS } from '../profile/profile.js';

/**
 * Vocabularies: how people write credentials, degrees, titles and technical terms. They are
 * data under rubrics/vocabulary/, shared by every rubric, so that adding an alias needs no code.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * An alias is matched as a whole word, case-insensitively; `near` asks for a context word in the
 * same text. `prose` says how it counts in running text (a summary, a highlight) as against a
 * list (skills, keywords, certificates): `as-written` only with the capitals it is written with
 * here ("Excel", not "I excel in"; "Project Management Professional", not "a project management
 * professional with 25 years"), `list-item` only as an item of a list, in a list or in a sentence
 * ("risk management, scheduling, budgets"): a bare "scheduling" or "communication" in a sentence
 * is as likely a product feature or a biology paper as a skill.
 */
const alias = z.union([
  z.string().min(1),
  z
    .strictObject({ text: z.string().min(1), near: z.array(z.string().min(1)).min(1).optional(), prose: z.enum(['as-written', 'list-item']).optional() })
    .refine((a) => a.near !== undefined || a.prose !== undefined, 'an alias object gives near, prose or both; otherwise write the alias as a plain text'),
]);
export type Alias = z.output<typeof alias>;

export const credentialsFileSchema = z.strictObject({
  notHeld: z.array(z.string().min(1)).min(1),
  notHeldAfter: z.array(z.string().min(1)).min(1),
  lapsed: z.array(z.string().min(1)).min(1),
  expiry: z.array(z.string().min(1)).min(1),
  credentials: z.array(
    z.strictObject({
      id,
      name: z.string().min(1),
      issuer: z.string().min(1),
      aliases: z.array(alias).min(1),
      /** Years a credential stays current without renewal; omitted when it does not expire. */
      validityYears: z.number().positive().optional(),
      effortMonths: z.number().positive().optional(),
      source: z.string().min(1),
    }),
  ),
});

export const degreesFileSchema = z.strictObject({
  inProgress: z.array(z.string().min(1)).min(1),
  notDegrees: z.array(z.string().min(1)).min(1),
  levels: z.array(
    z.strictObject({
      level: z.enum(DEGREE_LEVELS),
      aliases: z.array(alias).min(1),
    }),
  ),
  fields: z.array(z.strictObject({ id, title: z.string().min(1), aliases: z.array(alias).min(1) })),
});

/**
 * Duties: regular expressions (case-insensitive, no u flag) over a job's own text (summary,
 * highlights) that show work in the family though the title does not name it ("managed a $2M
 * data-centre migration", "ran the PMO"). A job counts as inferred when `dutiesMin` different
 * cues match.
 */
export const rolesFileSchema = z.strictObject({
  modifiers: z.array(z.string().min(1)),
  families: z.array(
    z.strictObject({
      id,
      title: z.string().min(1),
      exclusive: z.boolean().optional(),
      aliases: z.array(alias).min(1),
      duties: z.array(z.string().min(1)).min(1).optional(),
      dutiesMin: z.number().int().positive().optional(),
    }),
  ),
});

export const termsFileSchema = z.strictObject({
  listWords: z.array(z.string().min(1)).min(1),
  terms: z.array(
    z.strictObject({
      id,
      category: z.enum(['domain', 'methodology', 'tool', 'skill']),
      title: z.string().min(1),
      aliases: z.array(alias).min(1),
    }),
  ),
});

const cue = z.union([
  z.strictObject({ text: z.string().min(1), weight: z.number().positive(), in: z.enum(['title', 'employer', 'body']).optional() }),
  z.strictObject({ pattern: z.string().min(1), weight: z.number().positive(), in: z.enum(['title', 'employer', 'body']).optional() }),
]);
export const engagementFileSchema = z.strictObject({
  external: z.array(cue).min(1),
  internal: z.array(cue).min(1),
});

export const datesFileSchema = z.strictObject({
  months: z.array(z.strictObject({ month: z.number().int().min(1).max(12), names: z.array(z.string().min(1)).min(1) })).length(12),
  now: z.array(z.string().min(1)).min(1),
  fillers: z.array(z.string().min(1)),
});

export type EngagementCue = z.output<typeof cue>;
export type CredentialDef = z.output<typeof credentialsFileSchema>['credentials'][number];
export type TermDef = z.output<typeof termsFileSchema>['terms'][number];
