import { STDIN_NAME } from './io.js';
import { InvalidArgumentError, Option } from 'commander';
import { parseIsoDate, type Day } from '../profile/day.js';

export const FORMATS = ['terminal', 'json', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats of a whole cohort, which only batch writes: a table, a test report, CI annotations. */
export const COHORT_ONLY_FORMATS = ['csv', 'junit', 'github'] as const;
export const BATCH_FORMATS = [...FORMATS, ...COHORT_ONLY_FORMATS] as const;
export type BatchFormatName = (typeof BATCH_FORMATS)[number];

/** The options assess, batch and interview share (interface.md, "Options of assess, batch and interview"). */
export interface ScoringOptions {
  rubric: string[];
  format?: Format;
  output?: string;
  asOf?: Day;
  minScore?: number;
  color: boolean;
  assume: string[];
  redact?: boolean;
  /** --stdin-filename: the name piped input goes by in reports and errors. */
  stdinFilename?: string;
}


const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The options of a scoring command. `formats` is what its --format accepts: assess and the
 * interview write one candidate's report, batch also the cohort formats.
 */
export function scoringOptions(defaultFormat: Format, formats: readonly string[] = FORMATS): Option[] {
  return [
    new Option('-r, --rubric <id|path>', 'embedded rubric id or YAML file; repeat, or "all", to rank roles by fit (default: tpm)').argParser(collect),
    new Option('-f, --format <format>', `report format: ${formats.join(', ')} (default: ${defaultFormat})`).argParser(formatParser(formats)),
    new Option('-o, --output <file>', 'write the report to a file (whole or not at all)'),
    new Option('--as-of <YYYY-MM-DD>', 'the date taken as today (default: today)').argParser(parseAsOf),
    new Option('--min-score <0-100>', 'exit 1 when a candidate scores below this').argParser(parseMinScore),
    new Option('--assume <credential|term|degree>', 'what-if: score as if this were on the résumé (e.g. pmp, scrum, master); repeatable').argParser(collect),
    new Option('--redact', 'leave contact details (e-mail, phone, address, profiles, URLs) out of the report'),
    new Option('--no-color', 'no colour (also NO_COLOR; FORCE_COLOR forces it)'),
    new Option('--stdin-filename <name>', `the name piped input (-) goes by in reports and errors (default: ${STDIN_NAME})`),
  ];
}

/** commander's own wording for a bad choice, plus where a batch-only format is to be had. */
function formatParser(formats: readonly string[]) {
  return (value: string): string => {
    if (formats.includes(value)) return value;
    const allowed = `Allowed choices are ${formats.join(', ')}.`;
    if ((COHORT_ONLY_FORMATS as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${allowed} ${value} is a format for many candidates: use tpm-assess batch --format ${value}.`);
    }
    throw new InvalidArgumentError(allowed);
  };
}

/** --top: a whole number of candidates, at least one. */
export function parseTop(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a number of candidates (a whole number, 1 or more).`);
  return n;
}

function parseAsOf(value: string): Day {
  const day = parseIsoDate(value);
  if (day === null) throw new InvalidArgumentError(`"${value}" is not a date like 2026-11-01 (years 1900 to 2999).`);
  return day;
}

function parseMinScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(`"${value}" is not a score from 0 to 100.`);
  return n;
}
