import type { Answers } from '../readers/answers/answersSchema.js';
import { NONE, OTHER, type Question } from './deriveQuestions.js';

/** Whether a question already has an answer (a skip counts): a resumed interview does not ask again. */
export function isAnswered(q: Question, answers: Answers): boolean {
  const s = q.slot;
  if (s.field === 'roleYears' || s.field === 'clientYears' || s.field === 'credentialCurrent') {
    const entries = answers[s.field];
    return entries !== undefined && s.key in entries;
  }
  return s.field in answers;
}

/** The answers with one more: `value` as the prompt returned it (already read, for numbers), in the saved form. */
export function withAnswer(q: Question, answers: Answers, value: unknown): Answers {
  const s = q.slot;
  if (s.field === 'roleYears' || s.field === 'clientYears') {
    return { ...answers, [s.field]: { ...answers[s.field], [s.key]: typeof value === 'number' && Number.isFinite(value) ? value : null } };
  }
  if (s.field === 'credentialCurrent') {
    return { ...answers, credentialCurrent: { ...answers.credentialCurrent, [s.key]: value === 'yes' || value === 'lapsed' ? value : null } };
  }
  if (s.field === 'customerFacing') {
    const served = value === 'external' || value === 'internal' || value === 'both' ? value : null;
    // Internal only is an answer to "for how long with clients?" too: not at all.
    return { ...answers, customerFacing: served, ...(served === 'internal' && { clientYears: { ...answers.clientYears, [s.clientKey]: 0 } }) };
  }
  if (q.input.kind === 'multi') {
    const list = (value as string[] | undefined) ?? [];
    // Nothing selected is a skip (unknown); "None of these" (or only another one) is a known empty list.
    return { ...answers, [s.field]: list.length === 0 ? null : list.filter((v) => v !== NONE && v !== OTHER) };
  }
  if (q.input.kind === 'text') return { ...answers, [s.field]: typeof value === 'string' && value.trim() ? value.trim() : null };
  if (q.input.kind === 'number') return { ...answers, [s.field]: typeof value === 'number' && Number.isFinite(value) ? value : null };
  return { ...answers, [s.field]: value ?? null };
}
