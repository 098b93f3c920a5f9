import type { Command } from 'commander';
import { formatDay } from '../../profile/day.js';
import { readDate } from '../../profile/readDate.js';
import { readJsonResume } from '../../readers/jsonResume/readJsonResume.js';
import { vocabulary } from '../../vocabulary/vocabulary.js';
import { parseJson } from '../../readers/jsonResume/parseJson.js';
import type { Problem } from '../../problem.js';
import { formatProblem } from '../formatProblem.js';
import type { ExportTexts } from '../../readers/linkedin/exportFiles.js';
import { readExportInput, unzippedExport } from '../readExportInput.js';
import { readInputOrZip } from '../readInput.js';
import { UsageError } from '../UsageError.js';
import { writeAtomically } from '../writeAtomically.js';
import type { CommandContext } from './context.js';

/**
 * `convert`: a LinkedIn data export (ZIP or folder) -> a JSON Resume 1.0 document, and a messy
 * JSON résumé -> the document the reader made of it (nulls and misplaced values repaired or left
 * out), with the warnings on stderr. Assessing the output scores as assessing the input.
 */
export function registerConvert(program: Command, { io }: CommandContext): void {
  program
    .command('convert')
    .description('write a JSON Resume document from a LinkedIn data export (ZIP or folder) or from a messy JSON résumé')
    .argument('<file|folder|->', 'the export or the résumé; - reads stdin (JSON, or an export\'s ZIP)')
    .option('-o, --output <file>', 'write the document to a file (whole or not at all)')
    .action(async (input: string, options: { output?: string }) => {
      const { document, warnings } = await convert(input);
      for (const w of warnings) io.stderr.write(formatProblem(w, 'warning') + '\n');
      const text = JSON.stringify(document, null, 2) + '\n';
      if (options.output !== undefined) await writeAtomically(options.output, text);
      else io.stdout.write(text);
    });

  async function convert(input: string): Promise<{ document: unknown; warnings: Problem[] }> {
    const exported = await readExportInput(input);
    if (exported) return convertedExport(exported);
    const document = await readInputOrZip(input, io, 'résumé');
    // A ZIP piped in is an export too: `cat export.zip | tpm-assess convert -`.
    if ('zip' in document) return convertedExport(await unzippedExport(document.zip, document.source));
    const { text, source, warnings } = document;
    const json = parseJson(text, source);
    if (!json.ok) throw new UsageError(json.problems);
    const value = json.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError({ code: 'resume-not-an-object', message: 'expected a JSON Resume object', source, hint: 'give one résumé; batch reads many' });
    const read = readJsonResume(value as Record<string, unknown>);
    const all = [...warnings, ...json.warnings, ...read.warnings].map((w) => ({ source, ...w }));
    if (!read.ok) throw new UsageError(read.problems.map((p) => ({ source, ...p })));
    return { document: withIsoDates(read.value as Record<string, unknown>), warnings: all };
  }
}

async function convertedExport(exported: { texts: ExportTexts; source: string; problems: Problem[] }): Promise<{ document: unknown; warnings: Problem[] }> {
  if (exported.problems.length) throw new UsageError(exported.problems);
  const { convertExport } = await import('../../readers/linkedin/readExport.js');
  const converted = convertExport(exported.texts, exported.source);
  if (!converted.ok) throw new UsageError(converted.problems);
  return { document: { $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json', ...converted.value.resume }, warnings: converted.warnings };
}

const DATED_SECTIONS = ['work', 'volunteer', 'education', 'projects', 'awards', 'certificates', 'publications'];

/**
 * Dates as JSON Resume wants them: a date read from words ("June 2016") becomes the day it
 * was read as, and a current job says so by leaving endDate out (not null or "Present"). The
 * reader reads the result to the same days, so the score does not change.
 */
function withIsoDates(resume: Record<string, unknown>): Record<string, unknown> {
  const words = vocabulary().dates;
  const out: Record<string, unknown> = { ...resume };
  for (const section of DATED_SECTIONS) {
    const entries = out[section];
    if (!Array.isArray(entries)) continue;
    out[section] = entries.map((entry: unknown) => {
      if (!entry || typeof entry !== 'object') return entry;
      const copy = { ...(entry as Record<string, unknown>) };
      for (const key of ['startDate', 'endDate', 'date', 'releaseDate'] as const) {
        const value = copy[key];
        if (value === null || value === '') {
          delete copy[key];
          continue;
        }
        if (typeof value !== 'string') continue;
        const reading = readDate(value, key === 'endDate' ? 'end' : 'start', words);
        // Unreadable: the reader has warned and scores it unknown; the schema would refuse it.
        if (!reading.ok) delete copy[key];
        if (!reading.ok || reading.how === null) continue;
        if (reading.day === 'now') delete copy[key];
        else copy[key] = formatDay(reading.day);
      }
      return copy;
    });
  }
  return out;
}
