import type * as Inquirer from '../prompts.js';
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { answersFileText, isAnswersDocument, type Answers, type AnswersFile } from '../../readers/answers/answersSchema.js';
import { answersFileOf } from '../../readers/answers/answersFile.js';
import { answersToProfile } from '../../readers/answers/answersToProfile.js';
import { fillUnknowns } from '../../readers/answers/fillUnknowns.js';
import { deriveQuestions, type Question, type Reader } from '../../interview/deriveQuestions.js';
import { interviewIntro, progressLine, resumeSummary } from '../../interview/interviewText.js';
import { parseAmount, parseCount, parseYears, type Parsed } from '../../interview/parseAnswer.js';
import { isAnswered, withAnswer } from '../../interview/recordAnswer.js';
import type { CandidateProfile } from '../../profile/profile.js';
import { documentToProfile } from '../../readers/jsonResume/readResume.js';
import { parseJson } from '../../readers/jsonResume/parseJson.js';
import { formatProblem } from '../formatProblem.js';
import type { Io } from '../io.js';
import { scoringOptions, type ScoringOptions } from '../options.js';
import { readExportProfile } from '../readExportInput.js';
import { fileProblem, readInput } from '../readInput.js';
import { deliverReport, prepareScoring, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import { writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

interface InterviewOptions extends ScoringOptions {
  resume?: string;
  save?: string;
  quiet?: boolean;
}

const RESUME_FOLDER_HINT = '--resume takes a JSON résumé file or a LinkedIn export: the ZIP, or the folder it unpacks to';

/** The exit code after Ctrl-C, as shells report a process ended by SIGINT. */
export const INTERRUPTED = 130;

export function registerInterview(program: Command, ctx: CommandContext): void {
  const command = program
    .command('interview')
    .description('the interactive questionnaire; every question can be skipped with Enter')
    .option('--resume <file>', 'pre-fill from a JSON Resume or a LinkedIn data export (ZIP or folder) and ask only what it does not establish')
    .option('--save <file>', 'keep the answers in a file after every answer (run again with it to continue)')
    .option('--quiet', 'nothing on stderr but errors and the questions: no warnings about the résumé, no below-the-gate line');
  for (const option of scoringOptions('terminal')) command.addOption(option);
  command.action((options: InterviewOptions) => runInterview(options, ctx));
}

export async function runInterview(options: InterviewOptions, { io, setExit }: CommandContext): Promise<void> {
  if (!io.stdin.isTTY) {
    throw new UsageError({ code: 'interview-needs-terminal', message: 'interview needs a terminal', hint: 'to score a résumé from a pipe, use tpm-assess assess -' });
  }
  const scoring = await prepareScoring(options, io);
  const saved0 = options.save ? await savedAnswers(options.save) : null;
  let answers: Answers = saved0?.answers ?? {};
  // A run that completed a résumé goes on completing it.
  const resumePath = options.resume ?? (saved0?.resume && options.save ? resolve(dirname(options.save), saved0.resume) : undefined);
  let fromResume: CandidateProfile | null = null;
  let fromExport = false;
  const exported = resumePath ? await readExportProfile(resumePath, scoring.vocabulary, RESUME_FOLDER_HINT) : null;
  if (exported) {
    // A LinkedIn export (ZIP or folder) pre-fills as a JSON résumé does.
    for (const w of options.quiet ? [] : exported.warnings) io.stderr.write(formatProblem(w, 'warning') + '\n');
    if (!exported.ok) throw new UsageError(exported.problems);
    fromResume = exported.value;
    fromExport = true;
  } else if (resumePath) {
    const { text, source, warnings } = await readInput(resumePath, io, 'résumé');
    const json = parseJson(text, source);
    if (json.ok && isAnswersDocument(json.value)) {
      throw new UsageError({ code: 'resume-is-answers', message: `${source} holds interview answers, not a résumé`, hint: `to go on with them, use --save ${source}` });
    }
    const read = json.ok ? documentToProfile(json.value, source, scoring.vocabulary) : json;
    for (const w of options.quiet ? [] : [...warnings, ...read.warnings]) io.stderr.write(formatProblem(w, 'warning') + '\n');
    if (!read.ok) throw new UsageError(read.problems);
    fromResume = read.value;
  }

  // Loaded only now: inquirer is a large dependency that no other command needs.
  const prompts = await import('../prompts.js');
  // The questions go to the terminal: to stdout, or to stderr when stdout is redirected to a
  // file (tpm-assess > report.txt), so that the prompts stay visible and the file gets the report.
  const context = { input: io.stdin, output: io.stdout.isTTY ? io.stdout : io.stderr };
  const resumeLink = resumePath && options.save ? relative(dirname(resolve(options.save)), resolve(resumePath)) : undefined;
  const derived = deriveQuestions(scoring.rubrics, scoring.vocabulary);
  // What the résumé establishes is not asked; it is said, once, so the person knows why.
  const inPlay = fromResume ? derived.filter((q) => q.fromResume(fromResume, scoring.asOf) === null) : derived;
  const applicable = () => inPlay.filter((q) => !q.when || q.when(answers));
  const answeredCount = () => applicable().filter((q) => isAnswered(q, answers)).length;
  context.output.write(
    interviewIntro({
      rubrics: scoring.rubrics.map((r) => r.title),
      questions: applicable(),
      save: options.save,
      continuing: saved0 ? { answered: answeredCount(), of: applicable().length } : null,
      fromResume: fromResume ? resumeSummary(derived, fromResume, scoring.asOf) : null,
      resumeKind: fromExport ? 'LinkedIn export' : 'résumé',
    }),
  );
  let saved = false;
  for (let q = nextQuestion(applicable(), answers); q; q = nextQuestion(applicable(), answers)) {
    let value: unknown;
    try {
      value = await ask(prompts, q, progressLine(answeredCount() + 1, applicable().length), context);
    } catch (error) {
      if ((error as Error).name !== 'ExitPromptError') throw error;
      io.stderr.write(
        saved || (options.save && Object.keys(answers).length)
          ? `\nStopped. Your answers so far are in ${options.save}; run the same command to go on.\n`
          : `\nStopped. Nothing was saved${options.save ? '' : ' (use --save to keep answers)'}.\n`,
      );
      setExit(INTERRUPTED);
      return;
    }
    answers = withAnswer(q, answers, value);
    // After every answer, so that Ctrl-C (or a crash) loses nothing.
    if (options.save) {
      await writeAtomically(options.save, answersFileText(answers, resumeLink));
      saved = true;
    }
  }

  const fromAnswers = answersToProfile(answers, scoring.asOf, scoring.vocabulary);
  const profile = fromResume ? fillUnknowns(fromResume, answers, fromAnswers) : fromAnswers;
  // A blank line after the questions, on the terminal they were asked on; the report itself
  // is byte-for-byte what assess prints for the same answers.
  if (options.output === undefined) context.output.write('\n');
  await deliverReport(scoreProfile(profile, scoring), options, io, setExit);
}

type Prompts = typeof Inquirer;
type Context = { input: Io['stdin']; output: Io['stdout'] };

const nextQuestion = (questions: Question[], answers: Answers) => questions.find((q) => !isAnswered(q, answers));

const READERS: Record<Reader, (text: string) => Parsed> = {
  years: parseYears,
  amount: (t) => parseAmount(t),
  people: (t) => parseCount(t, 100_000, 'people'),
  hours: (t) => parseCount(t, 10_000, 'hours'),
};

async function ask(p: Prompts, q: Question, progress: string, context: Context): Promise<unknown> {
  const message = `${progress} ${q.message}`;
  switch (q.input.kind) {
    case 'text':
      return p.input({ message: `${message} (Enter skips)` }, context);
    case 'number': {
      const read = READERS[q.input.read];
      const text = await p.input({ message: `${message} (${q.input.hint}; Enter skips)`, validate: (t) => { const r = read(t); return r.ok || r.reason; } }, context);
      const r = read(text);
      return r.ok ? r.value : null;
    }
    case 'choice':
      return p.select({ message, choices: q.input.choices.map((c) => ({ name: c.name, value: c.value })), default: q.input.choices[0]?.value, pageSize: 12 }, context);
    case 'multi':
      return p.checkbox({ message, choices: q.input.choices.map((c) => ({ name: c.name, value: c.value as string })), pageSize: 12 }, context);
  }
}

/** Answers saved by an earlier run, to go on from; none when the file does not exist yet. */
async function savedAnswers(path: string): Promise<AnswersFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(fileProblem(path, error, 'answers file'));
  }
  const startAgain = `delete ${path} to start again, or give --save another file`;
  const json = parseJson(text, path);
  if (!json.ok) throw new UsageError(json.problems.map((p) => ({ ...p, hint: startAgain })));
  const file = answersFileOf(json.value, path);
  if (!file.ok || !file.value) {
    const problems = file.ok ? [{ code: 'answers-not-answers', message: 'is not an answers file written by tpm-assess interview --save', source: path }] : file.problems;
    throw new UsageError(problems.map((p) => ({ ...p, hint: startAgain })));
  }
  return file.value;
}
