import type { Answers } from '../answers/answersSchema.js';
import type { CandidateProfile } from '../profile/profile.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';

/** A choice; `null` is "skip" (unknown), which Enter picks. */
export interface Choice {
  name: string;
  value: string | boolean | null;
}

/**
 * One question of the interview, as data: the shell asks it with inquirer, tests read it
 * without a terminal. `key` is where the answer is kept; `ask` says whether it applies given
 * the answers so far and, with --resume, what the résumé already establishes.
 */
export type Question =
  | { kind: 'text'; key: 'name'; message: string; ask: Applies }
  | { kind: 'choice'; key: keyof Answers; message: string; choices: Choice[]; ask: Applies }
  | { kind: 'number'; key: keyof Answers; message: string; min: number; max: number; ask: Applies }
  | { kind: 'multi'; key: 'credentials' | 'domains' | 'methodologies' | 'tools' | 'skills'; message: string; choices: Choice[]; ask: Applies }
  | { kind: 'year'; key: 'credentialYears'; credential: string; message: string; ask: Applies };

type Applies = (answers: Answers, resume: CandidateProfile | null) => boolean;

export const SKIP: Choice = { name: 'Skip (not sure, or rather not say)', value: null };
export const NONE = '__none__';
const YES_NO: Choice[] = [SKIP, { name: 'Yes', value: true }, { name: 'No', value: false }];

const unknownIn = (resume: CandidateProfile | null, has: (p: CandidateProfile) => boolean) => !resume || !has(resume);
const hasTermOf = (category: string, vocab: Vocabulary) => (p: CandidateProfile) =>
  [...(p.terms?.keys() ?? [])].some((id) => vocab.terms.get(id)?.category === category);
const PM_FAMILIES = ['project-management', 'program-management', 'delivery-management'];

/** The questionnaire, in the order it is asked. Built once per run from the vocabularies. */
export function interviewQuestions(vocab: Vocabulary): Question[] {
  const termChoices = (category: string): Choice[] => [
    ...[...vocab.terms.values()].filter((t) => t.category === category).map((t) => ({ name: t.title, value: t.id })),
    { name: 'None of these', value: NONE },
  ];
  const questions: Question[] = [
    { kind: 'text', key: 'name', message: 'Your name (for the report)', ask: (_a, r) => unknownIn(r, (p) => p.name !== null) },
    {
      kind: 'choice',
      key: 'degreeLevel',
      message: 'Your highest completed degree',
      choices: [
        SKIP,
        { name: 'No degree', value: 'none' },
        { name: 'Secondary school or high-school diploma', value: 'secondary' },
        { name: "Associate's degree", value: 'associate' },
        { name: "Bachelor's degree", value: 'bachelor' },
        { name: "Master's degree (MSc, MBA, MEng…)", value: 'master' },
        { name: 'Doctorate', value: 'doctorate' },
      ],
      ask: (_a, r) => unknownIn(r, (p) => p.degrees !== null && p.degrees.every((d) => d.level !== null)),
    },
    {
      kind: 'choice',
      key: 'degreeField',
      message: 'Its field',
      // The vocabulary's fields end with "Another field" (id other).
      choices: [SKIP, ...[...vocab.degreeFields].map(([id, title]) => ({ name: title, value: id }))],
      ask: (a) => a.degreeLevel != null && a.degreeLevel !== 'none' && a.degreeLevel !== 'secondary',
    },
    { kind: 'number', key: 'pmYears', message: 'Years you have spent managing projects or programs', min: 0, max: 60, ask: (_a, r) => unknownIn(r, (p) => p.positions !== null) },
    {
      kind: 'choice',
      key: 'pmCurrent',
      message: 'Are you managing projects now?',
      choices: YES_NO,
      ask: (a, r) => (a.pmYears ?? 0) > 0 && unknownIn(r, (p) => p.positions !== null),
    },
    { kind: 'number', key: 'technicalYears', message: 'Years in technical roles (engineering, IT, analysis)', min: 0, max: 60, ask: (_a, r) => unknownIn(r, (p) => p.positions !== null) },
    {
      kind: 'choice',
      key: 'customerFacing',
      message: 'Who were your projects delivered for?',
      choices: [
        SKIP,
        { name: 'External clients (professional or managed services, consulting, vendor-side)', value: 'external' },
        { name: 'Internal teams of my own employer only', value: 'internal' },
        { name: 'Both', value: 'both' },
      ],
      // Asked when no project-management job in the résumé says who it delivered for.
      ask: (a, r) =>
        r?.positions
          ? !r.positions.some((p) => p.families.some((f) => PM_FAMILIES.includes(f)) && p.engagement !== 'unclear')
          : (a.pmYears ?? 0) > 0,
    },
    {
      kind: 'multi',
      key: 'credentials',
      message: 'Certifications you hold (space to select, Enter to confirm; none selected skips)',
      choices: [...[...vocab.credentials.values()].map((c) => ({ name: c.name, value: c.id })), { name: 'None of these', value: NONE }],
      ask: (_a, r) => unknownIn(r, (p) => p.credentials !== null),
    },
  ];
  for (const c of vocab.credentials.values()) {
    if (!c.validityYears) continue;
    questions.push({
      kind: 'year',
      key: 'credentialYears',
      credential: c.id,
      message: `Year you earned or last renewed the ${c.name}`,
      ask: (a) => (a.credentials ?? []).includes(c.id),
    });
  }
  questions.push(
    { kind: 'multi', key: 'domains', message: 'Technical domains you have worked in', choices: termChoices('domain'), ask: (_a, r) => unknownIn(r, hasTermOf('domain', vocab)) },
    { kind: 'multi', key: 'methodologies', message: 'Methodologies you have used', choices: termChoices('methodology'), ask: (_a, r) => unknownIn(r, hasTermOf('methodology', vocab)) },
    { kind: 'multi', key: 'tools', message: 'Tools you have used', choices: termChoices('tool'), ask: (_a, r) => unknownIn(r, hasTermOf('tool', vocab)) },
    { kind: 'multi', key: 'skills', message: 'Skills you have practised', choices: termChoices('skill'), ask: (_a, r) => unknownIn(r, hasTermOf('skill', vocab)) },
    { kind: 'number', key: 'teamSize', message: 'Size of the largest team you have led', min: 0, max: 100_000, ask: (_a, r) => unknownIn(r, (p) => p.teamSize !== null) },
    { kind: 'number', key: 'budget', message: 'Largest budget you have managed (in your currency)', min: 0, max: 1e12, ask: (_a, r) => unknownIn(r, (p) => p.budget !== null) },
    {
      kind: 'choice',
      key: 'remote',
      message: 'Have you worked remotely or led distributed teams?',
      choices: YES_NO,
      ask: (_a, r) => unknownIn(r, (p) => (p.remote?.length ?? 0) > 0),
    },
    { kind: 'number', key: 'trainingHours', message: 'Hours of project-management training you have taken', min: 0, max: 10_000, ask: (_a, r) => unknownIn(r, (p) => p.trainingHours !== null) },
  );
  return questions;
}

/** Whether a question already has an answer (a skip counts): a resumed interview does not ask again. */
export function isAnswered(q: Question, answers: Answers): boolean {
  if (q.kind === 'year') return answers.credentialYears !== undefined && q.credential in answers.credentialYears;
  return q.key in answers;
}

/** The answers with one more: `value` as the prompt returned it, read into the saved form. */
export function withAnswer(q: Question, answers: Answers, value: unknown): Answers {
  if (q.kind === 'year') return { ...answers, credentialYears: { ...answers.credentialYears, [q.credential]: typeof value === 'number' ? value : null } };
  if (q.kind === 'multi') {
    const list = (value as string[] | undefined) ?? [];
    // Nothing selected is a skip (unknown); "None of these" is a known empty list.
    return { ...answers, [q.key]: list.length === 0 ? null : list.filter((v) => v !== NONE) };
  }
  if (q.kind === 'text') return { ...answers, [q.key]: typeof value === 'string' && value.trim() ? value.trim() : null };
  if (q.kind === 'number') return { ...answers, [q.key]: typeof value === 'number' && Number.isFinite(value) ? value : null };
  return { ...answers, [q.key]: value ?? null };
}
