import type { Command } from 'commander';
import { RubricCatalog } from '../../rubric/catalog.js';
import { vocabulary } from '../../vocabulary/vocabulary.js';
import { rubricByRef } from '../loadRubrics.js';
import { readInput } from '../readInput.js';
import { UsageError } from '../UsageError.js';
import type { CommandContext } from './context.js';

/**
 * `rubrics test <rubric> <cases.yaml>`: a rubric author's expected outcomes for sample résumés
 * (the format of rubrics/tests/*.test.yaml), run like a test suite. Exit 1 when a case fails.
 */
export function registerRubricsTest(rubrics: Command, { io, setExit }: CommandContext): void {
  rubrics
    .command('test')
    .description('run a rubric against the expected outcomes in a test file (see rubrics/tests/)')
    .argument('<id|file>', 'an embedded rubric id or a rubric YAML file')
    .argument('<cases>', 'a YAML file of cases: name, resume, asOf, expect')
    .action(async (ref: string, casesPath: string) => {
      const vocab = vocabulary();
      const rubric = await rubricByRef(new RubricCatalog(vocab), ref, io);
      if (!rubric.ok) throw new UsageError(rubric.problems);
      const { text, source } = await readInput(casesPath, io, 'test file');
      // The tester reads YAML; loaded here so that the YAML parser stays off every other start-up.
      const { parseRubricTests, runRubricTests } = await import('../../rubricTests/rubricTester.js');
      const cases = parseRubricTests(text, source);
      if (!cases.ok) throw new UsageError(cases.problems);
      const results = runRubricTests(rubric.value, vocab, cases.value);
      for (const r of results) {
        io.stdout.write(`${r.failures.length ? '✘' : '✔'} ${r.name}\n`);
        for (const f of r.failures) io.stdout.write(`    ${f}\n`);
      }
      const failed = results.filter((r) => r.failures.length).length;
      io.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
      if (failed) setExit(1);
    });
}
