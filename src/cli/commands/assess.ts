import type { Command } from 'commander';
import { assess } from '../../engine/assess.js';
import type { Assessment } from '../../engine/assessment.js';
import { rankFit } from '../../engine/rankFit.js';
import { applyAssumptions } from '../../profile/applyAssumptions.js';
import { readResume } from '../../resume/readResume.js';
import { formatters } from '../../report/formatters.js';
import { vocabulary } from '../../vocabulary/vocabulary.js';
import { colourLevel, styleFor } from '../colour.js';
import { formatProblem } from '../formatProblem.js';
import { loadRubrics } from '../loadRubrics.js';
import { asOfOrToday, scoringOptions, type ScoringOptions } from '../options.js';
import { readInput } from '../readInput.js';
import { UsageError } from '../UsageError.js';
import { writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

export function registerAssess(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('assess')
    .description('score one résumé (JSON Resume) and print the gap report')
    .argument('<file|->', 'the résumé; - reads stdin');
  for (const option of scoringOptions('terminal')) command.addOption(option);
  command.action(async (input: string, options: ScoringOptions) => {
    const vocab = vocabulary();
    const { rubrics } = await loadRubrics(options.rubric ?? [], vocab, io);
    const { text, source } = await readInput(input, io, 'résumé');
    if (input === '-' && text.trim() === '') {
      throw new UsageError({ code: 'input-empty', message: 'no résumé on stdin', hint: 'pipe a JSON Resume document in, or give a file: tpm-assess assess resume.json' });
    }
    const read = readResume(text, source, vocab);
    for (const w of read.warnings) io.stderr.write(formatProblem(w, 'warning') + '\n');
    if (!read.ok) throw new UsageError(read.problems);

    const asOf = asOfOrToday(options, io.now ?? (() => new Date()));
    const assumed = applyAssumptions(read.value, options.assume ?? [], asOf.day, vocab);
    if (assumed.unknown.length) {
      throw new UsageError(assumed.unknown.map((value) => ({ code: 'assume-unknown', message: `--assume ${value}: not a known credential, term or degree`, hint: 'use an id such as pmi-pmp, scrum, jira or master' })));
    }
    const profile = options.assume?.length ? assumed.profile : read.value;
    const assessments: Assessment[] = rubrics.map((rubric) => assess(profile, rubric, { asOf: asOf.day, vocabulary: vocab, assumptions: assumed.applied }));

    const format = options.format ?? 'terminal';
    const toFile = options.output !== undefined;
    const style = styleFor(format === 'terminal' && !toFile ? colourLevel(options.color, io.env, io.stdout.isTTY) : 0);
    const formatter = formatters[format];
    const report = assessments.length === 1 ? formatter.assessment(assessments[0]!, style) : formatter.fit(rankFit(assessments), style);
    if (toFile) await writeAtomically(options.output!, report);
    else io.stdout.write(report);

    if (options.minScore !== undefined && assessments.some((a) => a.score < options.minScore!)) setExit(1);
  });
}
