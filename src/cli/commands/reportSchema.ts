import type { Command } from 'commander';
import { reportJsonSchema } from '../../engine/reportJsonSchema.js';
import type { CommandContext } from './context.js';

export function registerReportSchema(program: Command, { io }: CommandContext): void {
  program
    .command('report-schema')
    .description('the JSON Schema of the JSON report (assess --format json)')
    .option('--fit', 'the role-fit report instead (several --rubric, or --rubric all)')
    .action((options: { fit?: boolean }) => {
      io.stdout.write(JSON.stringify(reportJsonSchema(options.fit ? 'fit' : 'assessment'), null, 2) + '\n');
    });
}
