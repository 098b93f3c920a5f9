import type { Command } from 'commander';
import { RubricCatalog } from '../../rubric/catalog.js';
import { embeddedLevelLadders } from '../../rubric/library.js';
import type { Rubric } from '../../rubric/schema.js';
import { formatRubric } from '../../report/formatRubric.js';
import { rubricJsonSchema } from '../../rubric/rubricJsonSchema.js';
import { vocabulary } from '../../vocabulary/vocabulary.js';
import { formatProblem } from '../formatProblem.js';
import { addRubricFile, rubricByRef } from '../loadRubrics.js';
import { UsageError } from '../UsageError.js';
import { readInput } from '../readInput.js';
import { writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

/** The rubric --extends names: an embedded one that a rubric file can extend (not a ladder, nor one of its levels). */
function extendableBase(id: string): Rubric {
  const catalog = new RubricCatalog(vocabulary());
  const found = catalog.byId(id);
  if (!found.ok) throw new UsageError(found.problems.map((p) => ({ ...p, message: `--extends: ${p.message}` })));
  if (found.value.ladder || embeddedLevelLadders.has(id)) {
    throw new UsageError({ code: 'extends-not-extendable', message: `--extends ${id}: a ladder or one of its levels cannot be extended`, hint: 'extend a role rubric such as tpm or infra-tpm (tpm-assess rubrics list)' });
  }
  return found.value;
}

export function registerRubrics(program: Command, { io, setExit }: CommandContext): void {
  const rubrics = program.command('rubrics').description('list, show, validate the competency models');

  rubrics
    .command('list')
    .description('embedded rubric ids, titles and descriptions')
    .action(() => {
      const catalog = new RubricCatalog(vocabulary());
      const rows = catalog.embeddedIds.map((id) => {
        const r = catalog.byId(id);
        return r.ok ? [id, r.value.title, r.value.description] : [id, '(invalid)', ''];
      });
      const width = Math.max(...rows.map((r) => r[0]!.length));
      for (const [id, title, description] of rows) io.stdout.write(`${id!.padEnd(width)}  ${title} — ${description}\n`);
    });

  rubrics
    .command('show')
    .description('a rubric in readable form')
    .argument('<id|file>', 'an embedded rubric id or a YAML file')
    .action(async (ref: string) => {
      const catalog = new RubricCatalog(vocabulary());
      const result = await rubricByRef(catalog, ref, io);
      if (!result.ok) throw new UsageError(result.problems);
      io.stdout.write(formatRubric(result.value, vocabulary()));
    });

  rubrics
    .command('validate')
    .description('check rubric files; errors name file, line and column')
    .argument('<file...>', 'rubric YAML files')
    .action(async (files: string[]) => {
      const catalog = new RubricCatalog(vocabulary());
      for (const file of files) {
        let problems;
        try {
          const result = await addRubricFile(catalog, file, io, { replace: true });
          problems = result.ok ? [] : result.problems;
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          // The file could not be read: the message names it already, as main() prints it.
          for (const p of error.problems) io.stderr.write(`tpm-assess: ${formatProblem(p)}\n`);
          setExit(2);
          continue;
        }
        if (problems.length === 0) io.stdout.write(`${file}: valid\n`);
        for (const p of problems) io.stderr.write(formatProblem({ source: file, ...p }) + '\n');
        if (problems.length) setExit(2);
      }
    });

  rubrics
    .command('from-job')
    .description('write a rubric (YAML) extracted from a job ad: plain text, HTML, or a JSON Resume job document')
    .argument('<file|->', 'the job ad; - reads stdin')
    .option('-o, --output <file>', 'write the rubric to a file (whole or not at all)')
    .option('--extends <id>', 'start from an embedded rubric and write only the differences (override, add, remove)')
    .action(async (input: string, options: { output?: string; extends?: string }) => {
      const base = options.extends === undefined ? undefined : extendableBase(options.extends);
      const { text, source } = await readInput(input, io, 'job ad');
      // The extractor is loaded only for this command, off the start-up path of assess.
      const { jobAdToRubric } = await import('../../jobAd/jobAdToRubric.js');
      const result = jobAdToRubric(text, source, vocabulary(), base);
      for (const w of result.warnings) io.stderr.write(formatProblem(w, 'warning') + '\n');
      if (!result.ok) throw new UsageError(result.problems);
      if (options.output !== undefined) await writeAtomically(options.output, result.value);
      else io.stdout.write(result.value);
    });

  rubrics
    .command('schema')
    .description('the JSON Schema of the rubric format, for editor completion')
    .action(() => {
      io.stdout.write(JSON.stringify(rubricJsonSchema(), null, 2) + '\n');
    });
}
