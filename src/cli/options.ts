import { InvalidArgumentError, Option } from 'commander';
import { parseIsoDate, type Day } from '../profile/day.js';

export const FORMATS = ['terminal', 'json', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

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
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function scoringOptions(defaultFormat: Format): Option[] {
  return [
    new Option('--rubric <id|path>', 'embedded rubric id or YAML file; repeat, or "all", to rank roles by fit (default: tpm)').argParser(collect),
    new Option('--format <format>', `report format (default: ${defaultFormat})`).choices(FORMATS),
    new Option('--output <file>', 'write the report to a file (whole or not at all)'),
    new Option('--as-of <YYYY-MM-DD>', 'the date taken as today (default: today)').argParser(parseAsOf),
    new Option('--min-score <0-100>', 'exit 1 when a candidate scores below this').argParser(parseMinScore),
    new Option('--assume <credential|term|degree>', 'what-if: score as if this were on the résumé (e.g. pmp, scrum, master); repeatable').argParser(collect),
    new Option('--redact', 'leave contact details (e-mail, phone, address, profiles, URLs) out of the report'),
    new Option('--no-color', 'no colour (also NO_COLOR; FORCE_COLOR forces it)'),
  ];
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
