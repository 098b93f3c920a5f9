import type { Question } from './deriveQuestions.js';
import { NONE, OTHER } from './deriveQuestions.js';

/** The questions as a Markdown list, follow-ups marked: what the README shows for a rubric (kept true by a test). */
export function questionList(questions: readonly Question[]): string {
  return questions
    .map((q) => {
      const choices = q.input.kind === 'choice' || q.input.kind === 'multi' ? q.input.choices.filter((c) => c.value !== null && c.value !== NONE && c.value !== OTHER).map((c) => c.name) : [];
      const then = q.when ? ' (a follow-up, when it applies)' : '';
      const input = q.input.kind === 'number' ? ` (${q.input.hint})` : choices.length ? ` — ${choices.join('; ')}${q.input.kind === 'multi' ? '; or none of these' : ''}` : '';
      return `${q.when ? '   ' : ''}- ${q.message.replace(/ \(space selects.*\)$/, '')}${then}${input}`;
    })
    .join('\n');
}
