import type { Command } from 'commander';
import type { Problem } from '../../problem.js';
import { plainStyle } from '../../report/style.js';
import { LineWriter } from '../LineWriter.js';
import { scoringOptions, type ScoringOptions } from '../options.js';
import { readCandidateDocument } from '../readCandidateDocument.js';
import { readRecords } from '../readRecords.js';
import { belowGate, prepareScoring, render, reportValue, scoreProfile } from '../scoring.js';
import { UsageError } from '../UsageError.js';
import { writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

/**
 * `batch`: many résumés in, one JSON line per record out, in input order, as they are scored.
 * A record that cannot be scored is printed as an error at its place; the others go on.
 */
export function registerBatch(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('batch')
    .description('score many résumés: NDJSON, a JSON array, or several files; one JSON line per record')
    .argument('[files...]', 'inputs (default: stdin); - is stdin');
  for (const option of scoringOptions('json')) command.addOption(option);
  command.action(async (files: string[], options: ScoringOptions) => {
    const inputs = files.length ? files : ['-'];
    if (inputs.includes('-') && io.stdin.isTTY) {
      throw new UsageError({ code: 'batch-no-input', message: 'batch reads résumés from stdin, and stdin is a terminal', hint: 'pipe NDJSON in (tpm-assess batch < candidates.ndjson) or name files' });
    }
    const scoring = await prepareScoring(options, io);
    const format = options.format ?? 'json';
    const buffered: string[] = [];
    const writer = options.output === undefined ? new LineWriter(io.stdout) : null;
    const emit = async (text: string) => (writer ? writer.write(text) : (buffered.push(text), true));
    const counts = { read: 0, scored: 0, below: 0, unreadable: 0 };

    for await (const raw of readRecords(inputs, io)) {
      const record = { index: counts.read++, line: raw.line, source: raw.source };
      let text: string;
      const profile = 'value' in raw ? await readCandidateDocument(raw.value, raw.source, scoring) : null;
      if (!profile || !profile.ok) {
        counts.unreadable++;
        const problems = profile && !profile.ok ? profile.problems : 'problem' in raw ? [raw.problem] : [];
        text = format === 'json' ? JSON.stringify({ record, error: errorOf(problems) }) + '\n' : `# record ${record.index} (${where(record)}): ${errorOf(problems).message}\n\n`;
      } else {
        const assessments = scoreProfile(profile.value, scoring);
        if (belowGate(assessments, options.minScore)) counts.below++;
        else counts.scored++;
        text = format === 'json' ? JSON.stringify({ record, ...reportValue(assessments) }) + '\n' : render(assessments, format, plainStyle) + '\n';
      }
      if (!(await emit(text))) break;
    }

    if (options.output !== undefined) await writeAtomically(options.output, buffered.join(''));
    const gate = options.minScore === undefined ? '' : ` (--min-score ${options.minScore})`;
    io.stderr.write(`tpm-assess batch: ${counts.read} records read: ${counts.scored} scored, ${counts.below} below the gate${gate}, ${counts.unreadable} unreadable\n`);
    if (counts.unreadable) setExit(2);
    else if (counts.below) setExit(1);
  });
}

function where(record: { line: number | null; source: string }): string {
  return `${record.source}${record.line === null ? '' : `:${record.line}`}`;
}

/** The first problem as the interface's { message, path }, with every problem kept. */
function errorOf(problems: readonly Problem[]) {
  const first = problems[0];
  const location = first?.line ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
  return {
    message: first ? `${first.message}${location}${first.hint ? `; ${first.hint}` : ''}` : 'could not be read',
    path: first?.path ?? null,
    code: first?.code ?? 'unreadable',
    ...(problems.length > 1 && { problems: problems.map((p) => ({ message: p.message, path: p.path ?? null, code: p.code })) }),
  };
}
