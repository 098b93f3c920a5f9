import type * as Inquirer from '../prompts.js';
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { answersFileSchema, answersFileText, type Answers } from '../../answers/answersSchema.js';
import { answersToProfile } from '../../answers/answersToProfile.js';
import { fillUnknowns } from '../../answers/fillUnknowns.js';
import { interviewQuestions, isAnswered, withAnswer, type Question } from '../../interview/questions.js';
import type { CandidateProfile } from '../../profile/profile.js';
import { readResume } from '../../resume/readResume.js';
import { parseJson } from '../../resume/parseJson.js';
import { zodProblems } from '../../zodProblems.js';
import { colourLevel, styleFor } from '../colour.js';
import { formatProblem } from '../formatProblem.js';
import type { Io } from '../io.js';
import { scoringOptions, type ScoringOptions } from '../options.js';
import { readInput } from '../readInput.js';
import { belowGate, prepareScoring, render, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import { writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

interface InterviewOptions extends ScoringOptions {
  resume?: string;
  save?: string;
}

/** The exit code after Ctrl-C, as shells report a process ended by SIGINT. */
export const INTERRUPTED = 130;

export function registerInterview(program: Command, ctx: CommandContext): void {
  const command = program
    .command('interview')
    .description('the interactive questionnaire; every question can be skipped with Enter')
    .option('--resume <file>', 'pre-fill from a JSON Resume and ask only what it does not establish')
    .option('--save <file>', 'keep the answers in a file after every answer (run again with it to continue)');
  for (const option of scoringOptions('terminal')) command.addOption(option);
  command.action((options: InterviewOptions) => runInterview(options, ctx));
}

export async function runInterview(options: InterviewOptions, { io, setExit }: CommandContext): Promise<void> {
  if (!io.stdin.isTTY) {
    throw new UsageError({ code: 'interview-needs-terminal', message: 'interview needs a terminal', hint: 'to score a résumé from a pipe, use tpm-assess assess -' });
  }
  const scoring = await prepareScoring(options, io);
  let answers: Answers = options.save ? await savedAnswers(options.save) : {};
  let fromResume: CandidateProfile | null = null;
  if (options.resume) {
    const { text, source } = await readInput(options.resume, io, 'résumé');
    const read = readResume(text, source, scoring.vocabulary);
    for (const w of read.warnings) io.stderr.write(formatProblem(w, 'warning') + '\n');
    if (!read.ok) throw new UsageError(read.problems);
    fromResume = read.value;
  }

  // Loaded only now: inquirer is a large dependency that no other command needs.
  const prompts = await import('../prompts.js');
  const context = { input: io.stdin, output: io.stdout };
  for (const q of interviewQuestions(scoring.vocabulary)) {
    if (isAnswered(q, answers) || !q.ask(answers, fromResume)) continue;
    let value: unknown;
    try {
      value = await ask(prompts, q, context);
    } catch (error) {
      if ((error as Error).name !== 'ExitPromptError') throw error;
      io.stderr.write(options.save ? `\nStopped. Your answers so far are in ${options.save}; run the same command to go on.\n` : '\nStopped. Nothing was saved (use --save to keep answers).\n');
      setExit(INTERRUPTED);
      return;
    }
    answers = withAnswer(q, answers, value);
    // After every answer, so that Ctrl-C (or a crash) loses nothing.
    if (options.save) await writeAtomically(options.save, answersFileText(answers));
  }

  const fromAnswers = answersToProfile(answers, scoring.asOf, scoring.vocabulary);
  const profile = fromResume ? fillUnknowns(fromResume, answers, fromAnswers) : fromAnswers;
  const assessments = scoreProfile(profile, scoring);
  const format = options.format ?? 'terminal';
  const toFile = options.output !== undefined;
  const report = render(assessments, format, styleFor(format === 'terminal' && !toFile ? colourLevel(options.color, io.env, io.stdout.isTTY) : 0));
  if (toFile) await writeAtomically(options.output!, report);
  else io.stdout.write('\n' + report);
  if (belowGate(assessments, options.minScore)) setExit(1);
}

type Prompts = typeof Inquirer;
type Context = { input: Io['stdin']; output: Io['stdout'] };

function ask(p: Prompts, q: Question, context: Context): Promise<unknown> {
  switch (q.kind) {
    case 'text':
      return p.input({ message: q.message }, context);
    case 'number':
      return p.number({ message: `${q.message} (Enter to skip)`, min: q.min, max: q.max, required: false, step: 'any' }, context);
    case 'year':
      return p.number({ message: `${q.message} (Enter to skip)`, min: 1950, max: 2100, required: false }, context);
    case 'choice':
      return p.select({ message: q.message, choices: q.choices.map((c) => ({ name: c.name, value: c.value })), default: null, pageSize: 12 }, context);
    case 'multi':
      return p.checkbox({ message: q.message, choices: q.choices.map((c) => ({ name: c.name, value: c.value as string })), pageSize: 12 }, context);
  }
}

/** Answers saved by an earlier run, to go on from; none when the file does not exist yet. */
async function savedAnswers(path: string): Promise<Answers> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new UsageError({ code: 'answers-unreadable', message: `cannot read answers ${path}: ${(error as Error).message}`, hint: 'give --save a file path' });
  }
  const json = parseJson(text, path);
  if (!json.ok) throw new UsageError(json.problems);
  const parsed = answersFileSchema.safeParse(json.value);
  if (!parsed.success) throw new UsageError(zodProblems(parsed.error.issues, { source: path, input: json.value }));
  return parsed.data.answers;
}
