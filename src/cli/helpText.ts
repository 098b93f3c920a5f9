import type { Command } from 'commander';

/**
 * What each command's --help ends with: examples to copy, and the exit codes a script can rely
 * on (ESLint and Spectral end their help the same way). Kept as data beside the commands, and
 * pinned by a snapshot test (test/cli/help.e2e.test.ts), so that a change to it is seen.
 */
interface HelpEnd {
  examples: readonly (readonly [command: string, what: string])[];
  exits: readonly (readonly [code: string, meaning: string])[];
}

const SCORING_EXITS = [
  ['0', 'scored (and at or above --min-score, when given)'],
  ['1', 'below --min-score (stderr says who, and by how much)'],
  ['2', 'usage error, unknown rubric, unreadable or invalid input, or the report could not be written'],
  ['130, 143', 'stopped by SIGINT or SIGTERM'],
] as const;

const PLAIN_EXITS = [
  ['0', 'done'],
  ['2', 'usage error, or unreadable or invalid input'],
] as const;

const HELP_ENDS: Readonly<Record<string, HelpEnd>> = {
  'tpm-assess': {
    examples: [
      ['tpm-assess', 'in a terminal: the interview; with data piped in: scores it like assess -'],
      ['tpm-assess assess resume.json', 'the gap report against the default rubric (tpm)'],
      ['cat resume.json | tpm-assess --format json --min-score 70', 'a CI gate: exit 1 below 70'],
      ['tpm-assess batch candidates.ndjson --format csv > scores.csv', 'many résumés, one row each'],
      ['tpm-assess rubrics list', 'the embedded rubrics'],
    ],
    exits: SCORING_EXITS,
  },
  assess: {
    examples: [
      ['tpm-assess assess resume.json', 'terminal report against the tpm rubric'],
      ['tpm-assess assess resume.json -r infra-tpm -f markdown -o report.md', 'another rubric, as markdown, to a file'],
      ['tpm-assess assess resume.json --rubric all', 'rank every role by fit'],
      ['tpm-assess assess linkedin-export.zip --job ad.txt', 'a LinkedIn export against a job ad'],
      ['tpm-assess assess resume.json --assume pmp --as-of 2026-11-01', 'what-if, on a fixed day'],
      ['cat resume.json | tpm-assess assess - --stdin-filename ana.json --min-score 70', 'a CI gate on piped input'],
    ],
    exits: SCORING_EXITS,
  },
  batch: {
    examples: [
      ['tpm-assess batch candidates.ndjson > scores.ndjson', 'one JSON line per record, in input order'],
      ['tpm-assess batch resumes/*.json exports/*.zip --format csv -o scores.csv', 'résumés and LinkedIn exports, a spreadsheet'],
      ['tpm-assess batch candidates.ndjson --format junit --min-score 70', 'a CI test report'],
      ['tpm-assess batch candidates.ndjson --top 10 --format markdown', 'a shortlist, best first'],
      ['tpm-assess batch candidates.ndjson --report-dir reports --report-format html', 'one report file per candidate too'],
    ],
    exits: [
      ['0', 'every record scored (and at or above --min-score, when given)'],
      ['1', 'a scored candidate is below --min-score'],
      ['2', 'usage error, or at least one record could not be scored (every other record is still scored and printed)'],
      ['130, 143', 'stopped by SIGINT or SIGTERM: stderr says how many records were done'],
    ],
  },
  convert: {
    examples: [
      ['tpm-assess convert linkedin-export.zip -o resume.json', 'a LinkedIn data export as JSON Resume 1.0'],
      ['tpm-assess convert messy.json > clean.json', 'a résumé normalised (dates, nulls), warnings on stderr'],
    ],
    exits: PLAIN_EXITS,
  },
  interview: {
    examples: [
      ['tpm-assess interview', 'the questionnaire; Enter skips a question'],
      ['tpm-assess interview --resume resume.json', 'asks only what the résumé does not say'],
      ['tpm-assess interview --resume linkedin-export.zip --quiet', 'or what a LinkedIn export does not say, without warnings'],
      ['tpm-assess interview --save answers.json', 'keeps every answer; run again to go on'],
      ['tpm-assess assess answers.json', 'scores saved answers again, without asking'],
    ],
    exits: [
      ['0', 'scored (and at or above --min-score, when given)'],
      ['1', 'below --min-score'],
      ['2', 'usage error, no terminal on stdin, or unreadable input'],
      ['130', 'stopped by Ctrl-C: the answers given are kept with --save'],
    ],
  },
  'rubrics list': { examples: [['tpm-assess rubrics list', 'ids, titles and descriptions']], exits: PLAIN_EXITS },
  'rubrics show': {
    examples: [
      ['tpm-assess rubrics show tpm', 'an embedded rubric, with its sources'],
      ['tpm-assess rubrics show my-role.yaml', 'your own, resolved'],
    ],
    exits: PLAIN_EXITS,
  },
  'rubrics validate': {
    examples: [['tpm-assess rubrics validate rubrics/*.yaml', 'every error as file:line:col']],
    exits: [
      ['0', 'every file is valid'],
      ['2', 'a file is invalid or unreadable'],
    ],
  },
  'rubrics from-job': {
    examples: [
      ['tpm-assess rubrics from-job ad.txt -o my-role.yaml', 'a rubric from a job ad, each criterion with its line'],
      ['cat ad.txt | tpm-assess rubrics from-job - --extends tpm', 'only what the ad changes from tpm'],
    ],
    exits: [
      ['0', 'a rubric was written'],
      ['2', 'usage error, unreadable input, or nothing could be extracted'],
    ],
  },
  'rubrics schema': {
    examples: [['tpm-assess rubrics schema > rubric.schema.json', 'for # yaml-language-server: $schema= in your editor']],
    exits: PLAIN_EXITS,
  },
  'rubrics test': {
    examples: [['tpm-assess rubrics test my-role.yaml my-role.cases.yaml', 'expected outcomes for sample résumés']],
    exits: [
      ['0', 'every case passed'],
      ['1', 'a case failed'],
      ['2', 'usage error, or an unreadable or invalid rubric or test file'],
    ],
  },
  'report-schema': {
    examples: [
      ['tpm-assess report-schema > report.schema.json', 'the JSON report, for validators and code generators'],
      ['tpm-assess report-schema --fit', 'the role-fit report (--rubric all)'],
    ],
    exits: PLAIN_EXITS,
  },
};

/** The name --help knows a command by: `tpm-assess`, `assess`, `rubrics show`. */
function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.length ? names.join(' ') : command.name();
}

function helpEndText(end: HelpEnd): string {
  const codeWidth = Math.max(...end.exits.map(([c]) => c.length));
  return [
    '',
    'Examples:',
    ...end.examples.flatMap(([command, what]) => [`  # ${what}`, `  ${command}`]),
    '',
    'Exit codes:',
    ...end.exits.map(([code, meaning]) => `  ${code.padEnd(codeWidth)}  ${meaning}`),
  ].join('\n');
}

/** Ends the help of the program and of each command that has an entry above with its examples and exit codes. */
export function addHelpEnds(program: Command): void {
  const visit = (command: Command) => {
    const end = HELP_ENDS[pathOf(command)];
    if (end) command.addHelpText('after', helpEndText(end));
    command.commands.forEach(visit);
  };
  visit(program);
}

/** Every command path that has a help ending (for the test that no command lacks one). */
export const commandsWithHelpEnds: readonly string[] = Object.keys(HELP_ENDS);
