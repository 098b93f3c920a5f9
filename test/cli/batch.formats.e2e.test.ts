import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAMES } from '../report/batch/aBatch.js';
import { runCli } from '../support/runCli.js';

/**
 * batch's cohort formats, through the built binary: a batch of the three fixtures under every
 * hostile name, with a record that is not JSON in the middle, gated at --min-score 70.
 */
const AS_OF = ['--as-of', '2026-11-01'];
const fixture = (name: string) => JSON.parse(readFileSync(`fixtures/resumes/${name}.json`, 'utf8')) as { basics: Record<string, unknown> };
const BASES = ['ana-beltran', 'lin-new-grad', 'marco-internal-it'].map(fixture);
const named = (name: string, i: number) => {
  const base = BASES[i % BASES.length]!;
  return JSON.stringify({ ...base, basics: { ...base.basics, name } });
};
const HOSTILE = HOSTILE_NAMES.map(named);
const BROKEN_AT = 2;
/** The batch: the hostile records, with a broken line as record 2 (line 3). */
const INPUT = [...HOSTILE.slice(0, BROKEN_AT), '{"basics": {"name": "half', ...HOSTILE.slice(BROKEN_AT)].join('\n') + '\n';
const RECORDS = HOSTILE.length + 1;
const GATE = ['--min-score', '70'];

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const batch = (format: string, extra: string[] = [], input = INPUT) => runCli(['batch', ...AS_OF, ...GATE, '--format', format, ...extra], { input });
/** What JSON lines say of each record: its score, or null when it could not be scored. */
let json: { record: { index: number }; score?: number; candidate?: { name: string } }[] | undefined;
const jsonScores = () =>
  (json ??= runCli(['batch', ...AS_OF], { input: INPUT })
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { record: { index: number }; score?: number; candidate?: { name: string } }));

describe('batch --format csv', () => {
  const r = batch('csv');
  const rows = parse(r.stdout, { relax_column_count: false }) as string[][];
  const [header, ...body] = rows;

  it('is one row per record under a header, read by a real CSV reader, and exits 2 for the broken record', () => {
    expect(r.code).toBe(2);
    expect(header!.slice(0, 7)).toEqual(['source', 'line', 'index', 'name', 'rubric', 'score', 'verdict']);
    expect(header!.at(-1)).toBe('error');
    expect(body.map((row) => row[2])).toEqual(Array.from({ length: RECORDS }, (_, i) => String(i)));
    const broken = body[BROKEN_AT]!;
    expect(broken[header!.indexOf('line')]).toBe(String(BROKEN_AT + 1));
    expect(broken.at(-1)).toMatch(/^invalid JSON/);
    expect(body.map((row) => row[5])).toEqual(jsonScores().map((l) => (l.score === undefined ? '' : l.score.toFixed(1))));
  });

  it('cannot be opened as formulas: no cell starts with =, +, -, @, and no control character is left', () => {
    for (const cell of body.flat()) {
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(cell).not.toMatch(CONTROL);
    }
    const names = body.map((row) => row[3]);
    expect(names).toContain("'=cmd|' /C calc'!A0");
    expect(names).toContain("'@SUM(A1:A2)");
  });
});

describe('batch --format junit', () => {
  const r = batch('junit');
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, parseTagValue: false, parseAttributeValue: false, isArray: (name) => name === 'testcase' });

  it('is one valid XML document: a testcase per record, failures below the gate, an error for the broken record', () => {
    expect(r.code).toBe(2);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).not.toMatch(XML_FORBIDDEN);
    const suite = (parser.parse(r.stdout) as { testsuites: { testsuite: Record<string, string> & { testcase: Record<string, unknown>[] } } }).testsuites.testsuite;
    const below = jsonScores().filter((l) => l.score !== undefined && l.score < 70).length;
    expect(suite.testcase).toHaveLength(RECORDS);
    expect(suite['@_tests']).toBe(String(RECORDS));
    expect(suite['@_failures']).toBe(String(below));
    expect(suite['@_errors']).toBe('1');
    expect(suite.testcase.filter((c) => 'failure' in c)).toHaveLength(below);
    expect(Object.keys(suite.testcase[BROKEN_AT]!)).toContain('error');
    expect(String(suite.testcase[1]!['@_name'])).toContain('<script>alert("x")</script> & co');
  });

  it('escapes markup: no hostile name reaches the document as a tag', () => {
    expect(r.stdout).not.toContain('<script>');
  });
});

describe('batch --format github', () => {
  const r = batch('github');
  const commands = r.stdout.split('\n').filter(Boolean);

  it('is a workflow command per failing record and nothing else, one line each', () => {
    expect(r.code).toBe(2);
    const failing = jsonScores().filter((l) => l.score === undefined || l.score < 70).length;
    expect(commands).toHaveLength(failing);
    for (const c of commands) expect(c).toMatch(/^::(error|warning) file=<stdin>,line=\d+,title=[^:]*::\S/);
    expect(commands.filter((c) => c.includes('title=record 2 could not be scored'))).toHaveLength(1);
  });

  it('escapes what would start another command or break a line', () => {
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).not.toContain('::error::injected');
    expect(r.stdout).toContain('%250A%3A%3Aerror%3A%3Ainjected');
  });
});

describe('batch --format markdown', () => {
  const r = batch('markdown');

  it('is one page: a ranked shortlist, the distribution, the shared gaps, the broken record; not a report per record', () => {
    expect(r.code).toBe(2);
    expect(r.stdout.match(/^# .*$/gm)).toEqual(['# Shortlist: Technical Project Manager']);
    const rows = r.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(RECORDS - 1);
    const scores = rows.map((l) => Number(l.split(' | ')[2]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.stdout).toContain('## Score distribution');
    expect(r.stdout).toContain('## Gaps most candidates share');
    expect(r.stdout).toMatch(/## Could not be scored\n\n- Record 2, `<stdin>:3`: invalid JSON/);
  });

  it('leaves no markup, control character or table break to a hostile name', () => {
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).not.toMatch(CONTROL);
    for (const row of r.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l))) expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
  });
});

describe('batch --format json (the default) with hostile names', () => {
  it('keeps every name as the résumé gives it, one JSON line per record', () => {
    const lines = jsonScores();
    expect(lines).toHaveLength(RECORDS);
    expect(lines[0]!.candidate!.name).toBe(HOSTILE_NAMES[0]);
    expect(lines[1]!.candidate!.name).toBe(HOSTILE_NAMES[1]);
  });
});

describe('batch exit codes, whatever the format', () => {
  const good = [named('Ana', 0), named('Marco', 2)].join('\n') + '\n';
  const withLow = [named('Ana', 0), named('Lin', 1)].join('\n') + '\n';
  it.each(['json', 'csv', 'junit', 'github', 'markdown'])('%s: 0 when all pass, 1 when one is below the gate, 2 when one is unreadable', (format) => {
    expect(batch(format, [], good).code).toBe(0);
    expect(batch(format, [], withLow).code).toBe(1);
    expect(batch(format, [], withLow + '{oops\n').code).toBe(2);
  });
});

describe('formats that are not for batch, or only for batch', () => {
  it('batch --format html is one cohort page: every scored name escaped, the broken record listed, nothing run', () => {
    const r = batch('html');
    expect(r.code).toBe(2); // the broken record
    expect(r.stdout.match(/<!DOCTYPE html>/gi)).toHaveLength(1);
    expect(r.stdout).toContain('<svg class="histogram"');
    expect(r.stdout).not.toMatch(/<script/i);
    expect(r.stdout).toContain('&lt;script&gt;');
    expect(r.stdout).toMatch(/Could not be scored/);
  });

  it.each(['csv', 'junit', 'github'])('assess refuses %s and says batch writes it', (format) => {
    const r = runCli(['assess', 'fixtures/resumes/ana-beltran.json', '--format', format]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Allowed choices are terminal, json, markdown, html. ${format} is a format for many candidates: use tpm-assess batch --format ${format}.`);
  });
});
