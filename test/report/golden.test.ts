import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, fitReportSchema, type Assessment } from '../../src/engine/assessment.js';
import type { FitReport } from '../../src/engine/rankFit.js';
import { CORPUS, runCli, type CliRun } from '../support/runCli.js';

/**
 * Golden files of every reporter, produced by the built binary as a user runs it, so that a
 * change to a report shows up as a reviewable diff of test/report/__golden__/. After an
 * intended change: `npm run build && npx vitest run test/report -u` (-u before the path would take it as its value), then read the diff.
 */

const AS_OF = ['--as-of', '2026-11-01'];
const ESC = '\u001b';

interface Input {
  name: string;
  file: string;
}
const INPUTS: Input[] = [
  ...readdirSync('fixtures/resumes')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), file: `fixtures/resumes/${f}` })),
  // Written by other projects: a full résumé, and one with every field empty (no name, unknowns).
  { name: 'corpus.sample-data.complete-resume', file: join(CORPUS, 'samples/sample-data.complete-resume.json') },
  { name: 'corpus.fresh.empty', file: join(CORPUS, 'samples/fresh.empty.json') },
];
const FIT: Input = { name: 'fit.marco-internal-it', file: 'fixtures/resumes/marco-internal-it.json' };

type Format = 'terminal' | 'markdown' | 'json';
const EXTENSION: Record<Format, string> = { terminal: 'txt', markdown: 'md', json: 'json' };

const runs = new Map<string, CliRun>();
/** Each distinct run once: the golden tests and the property checks share them. */
function report(input: Input, format: Format, options: { fit?: boolean; colour?: boolean } = {}): string {
  const args = ['assess', input.file, ...AS_OF, '--format', format, ...(options.fit ? ['--rubric', 'all'] : [])];
  const key = JSON.stringify([args, options.colour]);
  let run = runs.get(key);
  if (!run) {
    run = runCli(args, options.colour ? { env: { FORCE_COLOR: '1' } } : {});
    runs.set(key, run);
  }
  // Warnings (a job without a start date, say) are fine; errors are not.
  expect(run.stderr.split('\n').filter((line) => line && !line.startsWith('warning: '))).toEqual([]);
  expect(run.code).toBe(0);
  return run.stdout;
}

const golden = (name: string, format: Format) => `__golden__/${name}.${EXTENSION[format]}`;

/** Code points, not UTF-16 units: "é" is one column, and so is "█". */
const columns = (line: string) => [...line].length;

/** Markdown with backslash escapes undone: what GitHub shows as text. */
const unescape = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

/** The cells of a GFM table row: a pipe after a backslash belongs to the cell. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out.slice(1, -1);
}

/** The body rows of every criteria table in a markdown report, table by table. */
function criteriaTables(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const tables: string[][] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('| Status | Criterion |')) return;
    const rows: string[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(lines[j]!);
    tables.push(rows);
  });
  return tables;
}

describe('golden reports (the built binary, --as-of 2026-11-01)', () => {
  describe.each(INPUTS)('$name', (input) => {
    it.each<Format>(['terminal', 'markdown', 'json'])('%s', async (format) => {
      await expect(report(input, format)).toMatchFileSnapshot(golden(input.name, format));
    });

    it('json validates against the report schema', () => {
      expect(assessmentSchema.safeParse(JSON.parse(report(input, 'json'))).error).toBeUndefined();
    });
  });

  it('role-fit JSON validates against the role-fit report schema', () => {
    expect(fitReportSchema.safeParse(JSON.parse(report(FIT, 'json', { fit: true }))).error).toBeUndefined();
  });

  describe(`role fit (--rubric all) for ${FIT.file}`, () => {
    it.each<Format>(['terminal', 'markdown'])('%s', async (format) => {
      await expect(report(FIT, format, { fit: true })).toMatchFileSnapshot(golden(FIT.name, format));
    });
  });
});

const TERMINAL_CASES = [...INPUTS.map((input) => ({ input, fit: false })), { input: FIT, fit: true }];

describe('terminal report properties', () => {
  describe.each(TERMINAL_CASES.map((c) => ({ ...c, name: c.fit ? FIT.name : c.input.name })))('$name', ({ input, fit }) => {
    it('fits 80 columns, counting code points', () => {
      const text = report(input, 'terminal', { fit });
      const long = text.split('\n').filter((line) => columns(line) > 80);
      expect(long).toEqual([]);
    });

    it('has no trailing white space', () => {
      const text = report(input, 'terminal', { fit });
      expect(text.split('\n').filter((line) => line !== line.trimEnd())).toEqual([]);
    });

    it('has no escape codes when stdout is not a terminal and colour is not forced', () => {
      expect(report(input, 'terminal', { fit })).not.toContain(ESC);
    });

    it('with FORCE_COLOR=1 has colour, which does not change a single character of the layout', () => {
      const coloured = report(input, 'terminal', { fit, colour: true });
      expect(coloured).toContain(`${ESC}[`);
      expect(stripVTControlCharacters(coloured)).toBe(report(input, 'terminal', { fit }));
    });
  });
});

describe('markdown report properties', () => {
  describe.each(INPUTS)('$name', (input) => {
    it('names every criterion of the JSON report, by id and title, and has one table row per criterion', () => {
      const json = JSON.parse(report(input, 'json')) as Assessment;
      const markdown = report(input, 'markdown');
      const shown = unescape(markdown);
      for (const c of json.criteria) {
        expect(shown).toContain(`\`${c.id}\``);
        expect(shown).toContain(c.title);
      }
      const [rows, ...others] = criteriaTables(markdown);
      expect(others).toEqual([]);
      expect(rows).toHaveLength(json.criteria.length);
      for (const row of rows!) expect(cells(row)).toHaveLength(6);
      expect(rows!.map((row) => unescape(cells(row)[1]!))).toEqual(json.criteria.map((c) => `${c.title}${c.required ? ' **(required)**' : ''}`));
    });
  });

  it('role fit: one criteria table per rubric, each with every criterion of that rubric', () => {
    const fit = JSON.parse(report(FIT, 'json', { fit: true })) as FitReport;
    const markdown = report(FIT, 'markdown', { fit: true });
    const tables = criteriaTables(markdown);
    expect(tables.map((rows) => rows.length)).toEqual(fit.assessments.map((a) => a.criteria.length));
    for (const a of fit.assessments) {
      expect(markdown).toContain(`(\`${a.rubric.id}\`)`);
      for (const c of a.criteria) expect(unescape(markdown)).toContain(c.title);
    }
  });
});

describe('résumé text with markdown and terminal control characters in it', () => {
  const nasty = 'a | pipe, **stars**, _under_scores_, <b>tags</b>, `ticks`, [link](x), ~~strike~~, C:\\path\\| and\n| a | fake | row |';
  const resume = {
    basics: { name: 'Zoë | *Star* _Under_ <i>Tag</i> `Tick`', label: nasty, summary: `Runs Jira and Confluence; risk management, scheduling. ${nasty}` },
    work: [
      {
        name: 'Pipe | Works <Ltd>',
        position: 'Technical Project Manager | *lead* \u001b[31mred\u001b[0m \u001b]0;title\u0007bell\u009b2J',
        startDate: '2015-01',
        summary: `Delivered cloud migrations for external clients. ${nasty}`,
        highlights: [`Stakeholder management ${nasty}`],
      },
    ],
    education: [{ institution: 'Uni | *versity*', area: 'Computer Science', studyType: 'Bachelor', endDate: '2012-06' }],
    certificates: [{ name: 'PMP | <pmp> *cert*', date: '2020-01-01', issuer: 'PMI' }],
    skills: [{ name: 'Tools | *x*', keywords: ['Jira | Confluence', 'MS Project', '`Smartsheet`'] }],
  };
  const run = (format: Format, env: Record<string, string> = {}) => {
    const r = runCli(['assess', '-', ...AS_OF, '--format', format], { input: JSON.stringify(resume), env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it('cannot break the markdown table, a list item or a heading', () => {
    const markdown = run('markdown');
    const json = JSON.parse(run('json')) as Assessment;
    const [rows] = criteriaTables(markdown);
    expect(rows).toHaveLength(json.criteria.length);
    for (const row of rows!) expect(cells(row)).toHaveLength(6);
    // Every line is one of the report's own: nothing from the résumé starts a line.
    for (const line of markdown.split('\n')) expect(line).toMatch(/^(|#{1,3} .*|\*\*.*|Rubric .*|Experience \(years\): .*|\| .* \||\|---.*|- “.*” — `[^`]+`|_No evidence found\._|\d+\. \*\*\+.*|\d+ criteri.*)$/);
    // No raw markup survives: every markdown or HTML character from the résumé is escaped.
    expect(markdown.split('\n')[0]).toBe('# Gap report: Zoë \\| \\*Star\\* \\_Under\\_ \\<i\\>Tag\\</i\\> \\`Tick\\` — Technical Project Manager');
    expect(markdown).not.toMatch(/(?<!\\)<(?!\/?\w)|(?<!\\)<[a-z]/i);
    expect(unescape(markdown)).toContain('Delivered cloud migrations for external clients. a | pipe, **stars**, _under_scores_, <b>tags</b>, `ticks`, [link](x), ~~strike~~, C:\\path\\| and | a | fake | row |');
  });

  it('cannot send escape codes to the terminal, nor break the layout', () => {
    const plain = run('terminal');
    expect(plain).not.toContain(ESC);
    expect(plain).not.toContain('\u0007');
    expect(plain).not.toContain('\u009b');
    expect(plain).toContain('“Technical Project Manager | *lead* red bell 2J, Pipe | Works');
    expect(plain.split('\n').filter((line) => columns(line) > 80)).toEqual([]);
    const coloured = run('terminal', { FORCE_COLOR: '1' });
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });
});
