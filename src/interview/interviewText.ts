import type { Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import type { Question } from './deriveQuestions.js';

/** "Question 4 of 11", on every prompt. */
export const progressLine = (n: number, of: number) => `Question ${n} of ${of}:`;

/** What each slot asks about, for the introduction's one-line overview. */
const TOPIC: Record<Question['slot']['field'], string> = {
  name: 'your name',
  degreeLevel: 'your degree',
  degreeField: 'your degree',
  roleYears: 'years in roles',
  customerFacing: 'client delivery',
  clientYears: 'client delivery',
  credentials: 'certifications',
  credentialCurrent: 'certifications',
  domains: 'technical domains',
  methodologies: 'methodologies',
  tools: 'tools',
  skills: 'skills',
  teamSize: 'team size',
  budget: 'budget',
  remote: 'remote work',
  trainingHours: 'training hours',
};

export interface IntroFacts {
  rubrics: readonly string[];
  questions: readonly Question[];
  save: string | undefined;
  continuing: { answered: number; of: number } | null;
  fromResume: string | null;
  /** What --resume named, in the intro's words: a résumé unless said otherwise. */
  resumeKind?: 'résumé' | 'LinkedIn export';
}

/** The first screen: what the interview will ask and why, that Enter skips, and where answers go. */
export function interviewIntro(f: IntroFacts): string {
  const topics = [...new Set(f.questions.map((q) => TOPIC[q.slot.field]))];
  const lines = [
    `tpm-assess interview, for ${f.rubrics.join(', ')}.`,
    f.questions.length
      ? `${f.questions.length} question${f.questions.length === 1 ? '' : 's'}, on what the rubric${f.rubrics.length === 1 ? '' : 's'} score${f.rubrics.length === 1 ? 's' : ''}: ${topics.join(', ')}.`
      : 'Nothing left to ask.',
    'Press Enter to skip any question: the report then says that fact is unknown.',
    f.save ? `Your answers are saved to ${f.save} after each one; Ctrl-C stops, and the same command goes on.` : 'Answers are not saved (add --save answers.json to keep them).',
  ];
  const kind = f.resumeKind ?? 'résumé';
  if (f.fromResume !== null) lines.push(f.fromResume ? `From your ${kind}: ${f.fromResume}.` : `Your ${kind} leaves every question open.`);
  if (f.continuing) lines.push(`Continuing from ${f.save}: ${f.continuing.answered} of ${f.continuing.of} answered.`);
  return lines.join('\n') + '\n\n';
}

/** "7.5 years as a Project Manager…, the PMP, a bachelor's in computer science": what the résumé settled, in question order. */
export function resumeSummary(questions: readonly Question[], resume: CandidateProfile, asOf: Day): string {
  return questions
    .map((q) => q.fromResume(resume, asOf))
    .filter((t): t is string => !!t)
    .join('; ');
}
