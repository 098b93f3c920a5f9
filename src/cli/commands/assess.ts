import { type Command, Option } from 'commander';
import type { Problem, Result } from '../../problem.js';
import type { CandidateProfile } from '../../profile/profile.js';
import { parseJson } from '../../readers/jsonResume/parseJson.js';
import { formatProblem } from '../formatProblem.js';
import { jobRubric } from '../loadRubrics.js';
import { scoringOptions, type ScoringOptions } from '../options.js';
import { readCandidateDocument } from '../readCandidateDocument.js';
import { readExportProfile, readExportZip } from '../readExportInput.js';
import { readInputOrZip } from '../readInput.js';
import { deliverReport, prepareScoring, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import type { CommandContext } from './context.js';

export function registerAssess(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('assess')
    .description('score one résumé (JSON Resume, a LinkedIn data export as ZIP or folder, or answers saved by interview --save) and print the gap report')
    .argument('<file|->', 'the résumé; - reads stdin (JSON, or a LinkedIn export\'s ZIP)');
  for (const option of scoringOptions('terminal')) command.addOption(option);
  command.addOption(new Option('--job <file>', 'score against a job ad directly, as rubrics from-job reads it (with --rubric: as one more role)'));
  command.addOption(new Option('--quiet', 'nothing on stderr but errors: no warnings about the résumé, no below-the-gate line'));
  command.action(async (input: string, options: ScoringOptions & { job?: string; quiet?: boolean }) => {
    const warn = (w: Problem) => {
      if (!options.quiet) io.stderr.write(formatProblem(w, 'warning') + '\n');
    };
    if (options.job === '-' && input === '-') {
      throw new UsageError({ code: 'stdin-twice', message: '--job - and the résumé - cannot both be read from stdin', hint: 'give the job ad or the résumé as a file' });
    }
    const scoring = await prepareScoring(options, io);
    if (options.job !== undefined) {
      const job = await jobRubric(options.job, scoring.vocabulary, io);
      job.warnings.forEach(warn);
      // Alone, the ad replaces the default rubric; with --rubric it is one more role to rank.
      scoring.rubrics = options.rubric?.length ? [...scoring.rubrics.filter((r) => r.id !== job.rubric.id), job.rubric] : [job.rubric];
    }
    const deliver = async (read: Result<CandidateProfile>, before: readonly Problem[] = []) => {
      [...before, ...read.warnings].forEach(warn);
      if (!read.ok) throw new UsageError(read.problems);
      await deliverReport(scoreProfile(read.value, scoring), options, io, setExit);
    };
    const exported = await readExportProfile(input, scoring.vocabulary);
    if (exported) return deliver(exported);
    const document = await readInputOrZip(input, io, 'résumé', { stdinName: options.stdinFilename });
    // A LinkedIn export's ZIP may come on stdin too: `cat export.zip | tpm-assess assess -`.
    if ('zip' in document) return deliver(await readExportZip(document.zip, document.source, scoring.vocabulary));
    const { text, source, warnings } = document;
    if (input === '-' && text.trim() === '') {
      throw new UsageError({ code: 'input-empty', message: 'no résumé on stdin', hint: 'pipe a JSON Resume document in, or give a file: tpm-assess assess resume.json' });
    }
    const json = parseJson(text, source);
    // Reading (invalid UTF-8), JSON syntax that was relaxed, then the résumé's own values.
    return deliver(json.ok ? await readCandidateDocument(json.value, source, scoring) : json, [...warnings, ...(json.ok ? json.warnings : [])]);
  });
}
