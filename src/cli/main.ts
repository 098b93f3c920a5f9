import { Command, CommanderError } from 'commander';
import { escapeControls, formatProblem } from './formatProblem.js';
import type { Io } from './io.js';
import { UsageError } from './UsageError.js';
import { registerAssess } from './commands/assess.js';
import { registerBatch } from './commands/batch.js';
import { registerConvert } from './commands/convert.js';
import { registerInterview } from './commands/interview.js';
import { registerReportSchema } from './commands/reportSchema.js';
import { registerRubrics } from './commands/rubrics.js';
import { registerRubricsTest } from './commands/rubricsTest.js';
import { settled, stdoutFailureLine } from './settled.js';
import { stopOnSignal } from './stopOnSignal.js';
import { VERSION } from './version.js';
import { addHelpEnds } from './helpText.js';

/**
 * The CLI: argv and io in, exit code out. Nothing below calls process.exit; the bin shim
 * sets process.exitCode from the return value.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('tpm-assess')
    .description(
      'How ready is a profile for a technical project manager role, and what to do next.\n\n' +
        'With no command: in a terminal, the interview (tpm-assess interview); with data piped on stdin, it is scored like tpm-assess assess -.',
    )
    .version(VERSION, '-v, --version')
    .option('--debug', 'show stack traces for unexpected errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`tpm-assess: ${s.replace(/^error: /, '')}`),
    });
  // A reader that goes away (`| head`) is not an error of ours: stop writing, quietly. Any other
  // failure to write the report (a full disk, /dev/full) fails the run: a CI job without its
  // report must not pass. stderr may go away too (`2>&1 | head`), with nowhere left to say so.
  let outputFailure: NodeJS.ErrnoException | null = null;
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') outputFailure ??= error;
  };
  const ignore = () => undefined;
  io.stdout.on('error', onOutputError);
  io.stderr.on('error', ignore);
  const signals = io.signals ? stopOnSignal(io.signals) : null;
  const ctx = { io, setExit, onInterrupt: signals ? signals.onInterrupt : () => () => undefined };
  registerAssess(program, ctx);
  registerBatch(program, ctx);
  registerConvert(program, ctx);
  registerInterview(program, ctx);
  registerRubrics(program, ctx);
  registerRubricsTest(program.commands.find((c) => c.name() === 'rubrics')!, ctx);
  registerReportSchema(program, ctx);
  addHelpEnds(program);

  try {
    setExit(await run(program, argv, io));
    await settled(io.stdout);
    const failure = outputFailure as NodeJS.ErrnoException | null;
    if (failure) {
      io.stderr.write(stdoutFailureLine(failure));
      setExit(2);
    }
    return exitCode;
  } finally {
    signals?.detach();
    io.stdout.off('error', onOutputError);
  }
}

async function run(program: Command, argv: readonly string[], io: Io): Promise<number> {
  try {
    // -V too, the version flag before ESLint's -v was taken up: no script that used it breaks.
    const args = argv.map((a) => (a === '-V' ? '--version' : a));
    await program.parseAsync(withDefaultCommand(args, program, io), { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander exits 1 on usage errors; the interface says 2. Help and version are not errors.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      for (const p of error.problems) io.stderr.write(`tpm-assess: ${formatProblem(p)}\n`);
      return 2;
    }
    const debug = argv.includes('--debug');
    io.stderr.write(`tpm-assess: unexpected error: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    else io.stderr.write('Run again with --debug for details, and please report it.\n');
    return 2;
  }
}

/**
 * `tpm-assess` alone: in a terminal, the interview; data piped on stdin is scored like
 * `assess -`; with neither (stdin closed or empty), `assess -` reports that nothing came in.
 */
function withDefaultCommand(argv: readonly string[], program: Command, io: Io): string[] {
  const globals = new Set(['--debug']);
  const first = argv.find((a) => !globals.has(a));
  const names = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  const wantsInfo = argv.some((a) => a === '-h' || a === '--help' || a === '-v' || a === '-V' || a === '--version');
  // A first word that is not an option is a command (or a typo of one, which commander reports).
  if (wantsInfo || (first !== undefined && (!first.startsWith('-') || names.has(first)))) return [...argv];
  if (io.stdin.isTTY) return ['interview', ...argv];
  return ['assess', '-', ...argv.filter((a) => !globals.has(a)), ...argv.filter((a) => globals.has(a))];
}
