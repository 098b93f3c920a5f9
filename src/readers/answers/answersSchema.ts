import * as z from 'zod';
import { DEGREE_LEVELS } from '../../profile/profile.js';

/**
 * Interview answers as `interview --save` writes them and `assess` reads them back. A key
 * that is missing was not asked yet; `null` was asked and skipped (unknown); an empty list
 * is "none of these".
 */
const years = z.number().min(0).max(70).nullable().optional();
const count = z.number().min(0).nullable().optional();
const ids = z.array(z.string()).nullable().optional();

export const answersSchema = z.strictObject({
  name: z.string().nullable().optional(),
  degreeLevel: z.enum(['none', ...DEGREE_LEVELS]).nullable().optional(),
  degreeField: z.string().nullable().optional(),
  pmYears: years,
  pmCurrent: z.boolean().nullable().optional(),
  technicalYears: years,
  customerFacing: z.enum(['external', 'internal', 'both']).nullable().optional(),
  credentials: ids,
  credentialYears: z.record(z.string(), z.number().int().min(1950).max(2100).nullable()).optional(),
  domains: ids,
  methodologies: ids,
  tools: ids,
  skills: ids,
  teamSize: count,
  budget: count,
  remote: z.boolean().nullable().optional(),
  trainingHours: count,
  /** Years in some role families (on some domains), by factKey: what experience criteria ask. */
  roleYears: z.record(z.string(), z.number().min(0).max(70).nullable()).optional(),
  /** Years leading delivery for external clients in some role families (factKey, or "any"). */
  clientYears: z.record(z.string(), z.number().min(0).max(70).nullable()).optional(),
  /** Whether a credential held is current: "lapsed" is past its renewal; null, not sure (held, counted as current). */
  credentialCurrent: z.record(z.string(), z.enum(['yes', 'lapsed']).nullable()).optional(),
});

export const ANSWERS_MARKER = 'tpmAssessAnswers';

export const answersFileSchema = z.strictObject({
  [ANSWERS_MARKER]: z.literal(1),
  /** The résumé the answers complete (interview --resume), relative to the answers file. */
  resume: z.string().min(1).optional(),
  answers: answersSchema,
});

export type AnswersFile = z.output<typeof answersFileSchema>;

export type Answers = z.output<typeof answersSchema>;
export type AnswerKey = keyof Answers;

export function isAnswersDocument(document: unknown): boolean {
  return document !== null && typeof document === 'object' && ANSWERS_MARKER in document;
}

/** The saved file: stable key order, so the same answers always give the same bytes. */
export function answersFileText(answers: Answers, resume?: string): string {
  const ordered = Object.fromEntries(Object.keys(answersSchema.shape).filter((k) => k in answers).map((k) => [k, answers[k as AnswerKey]]));
  return JSON.stringify({ [ANSWERS_MARKER]: 1, ...(resume !== undefined && { resume }), answers: ordered }, null, 2) + '\n';
}
