import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Problem } from '../../src/problem.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { readRubricFile } from '../../src/rubric/readRubricFile.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aPosition, aProfile, day } from '../support/builders.js';

const vocab = vocabulary();

/** A small valid ladder; `criteria` replaces its criteria block (YAML lines, indented 2). */
function ladder(criteria: string, extra = ''): string {
  return `id: my-ladder
title: My ladder
version: 1
description: A test ladder.
levels:
  - {id: entry, title: Entry, description: First job}
  - {id: senior, title: Senior, description: Leads}
  - {id: principal, title: Principal, description: Many teams}
${extra}sources:
  - {id: s, title: test, ref: test}
criteria:
${criteria}`;
}

const EXPERIENCE = `  - id: pm-experience
    title: Years of project management
    kind: experience
    weight: 30
    required: true
    source: s
    minYears: {entry: 0, senior: 5, principal: 8}
    roles: [project-management]
  - id: tools
    title: Tools
    kind: tools
    weight: 10
    source: s
    anyOf: [jira, ms-project]
`;

/** Checked and resolved as `rubrics validate` does it. */
function validate(text: string): Problem[] {
  const { rubric, problems } = readRubricFile(text, 'my-ladder.yaml');
  if (!rubric) return problems;
  const result = new RubricCatalog(vocab).add(rubric);
  return result.ok ? [] : result.problems;
}

const brief = (p: Problem) => `${p.source}:${p.line}:${p.column} ${p.message}`;

describe('rubrics validate on a ladder', () => {
  it('accepts a ladder whose thresholds rise', () => {
    expect(validate(ladder(EXPERIENCE))).toEqual([]);
  });

  it('explains a threshold that falls, at the value that falls', () => {
    const text = ladder(EXPERIENCE.replace('principal: 8', 'principal: 4'));
    expect(validate(text).map(brief)).toEqual(['my-ladder.yaml:18:48 minYears falls from 5 at senior to 4 at principal']);
  });

  it('explains an accepted set that grows, at the credential added', () => {
    const text = ladder(`  - id: cert
    title: A certificate
    kind: certification
    weight: 10
    source: s
    anyOf:
      entry: [pmi-capm, pmi-pmp]
      senior: [pmi-pmp]
      principal: [pmi-pmp, pmi-acp]
`);
    expect(validate(text).map(brief)).toEqual(['my-ladder.yaml:20:28 anyOf at principal accepts pmi-acp, which senior does not']);
  });

  it('explains a knock-out dropped above a level, and a degree level that falls', () => {
    const text = ladder(`  - id: degree
    title: A degree
    kind: degree
    weight: 10
    source: s
    required: {entry: true, senior: true, principal: false}
    minLevel: {entry: bachelor, senior: master, principal: bachelor}
`);
    expect(validate(text).map((p) => p.message)).toEqual([
      'minLevel falls from master at senior to bachelor at principal',
      'degree is required at senior but not at principal',
    ]);
  });

  it('names a level that does not exist, and a level a per-level value leaves out', () => {
    const problems = validate(ladder(EXPERIENCE.replace('senior: 5', 'senoir: 5')));
    expect(problems.map((p) => [p.code, p.message, p.hint])).toEqual([
      ['ladder-unknown-level', 'minYears names "senoir", which is not a level of this ladder (entry, senior, principal)', 'did you mean senior?'],
      ['ladder-level-missing', 'minYears gives no value for senior', "give a value for every level from the criterion's first level up"],
    ]);
    expect(problems[0]!.line).toBe(18);
  });

  it('accepts weights per level only where no score can rise', () => {
    // Moving weight onto a criterion the lower level waives lets a score rise: refused.
    const rising = ladder(EXPERIENCE.replace('weight: 30', 'weight: {entry: 5, senior: 30, principal: 30}'));
    expect(validate(rising).map((p) => p.code)).toEqual(['ladder-weights']);
    expect(validate(rising)[0]!.message).toMatch(/^the weights let a score rise from entry to senior: pm-experience weighs 33.3% of the total at entry and 75% at senior$/);
    // Moving weight off a criterion the lower level waives cannot: accepted.
    expect(validate(ladder(EXPERIENCE.replace('weight: 30', 'weight: {entry: 60, senior: 30, principal: 30}')))).toEqual([]);
  });

  it('points unknown vocabulary inside a per-level value at its level', () => {
    const problems = validate(ladder(EXPERIENCE.replace('anyOf: [jira, ms-project]', 'anyOf: {entry: [jira, ms-projct], senior: [jira], principal: [jira]}')));
    expect(problems.map((p) => [p.path, p.message, p.line])).toEqual([['criteria[1].anyOf.entry[1]', 'unknown term "ms-projct"', 25]]);
  });

  it('refuses a rubric that extends a ladder level, saying why', () => {
    const { rubric } = readRubricFile('id: mine\ntitle: Mine\nversion: 1\ndescription: x\nextends: tpm-senior\n', 'mine.yaml');
    const result = new RubricCatalog(vocab).add(rubric!);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.message])).toEqual([
      ['rubric-extends-ladder', 'extends "tpm-senior", a level of the ladder tpm-ladder, which a rubric cannot build on'],
    ]);
  });
});

describe('scoring a ladder', () => {
  const catalog = new RubricCatalog(vocab);
  const { rubric } = readRubricFile(ladder(EXPERIENCE), 'my-ladder.yaml');
  const result = catalog.add(rubric!);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const score = (months: number) =>
    assess(aProfile({ positions: [aPosition({ from: '2016-06-01', end: day('2016-06-01') + Math.round(months * 30.44) })], terms: new Map([['jira', [{ path: '/skills/0', text: 'Jira' }]]]) }), result.value, { asOf: day('2026-06-01'), vocabulary: vocab });

  it('counts what a level asks nothing of as met there, with its weight', () => {
    const entry = catalog.byId('my-ladder-entry');
    expect(entry.ok && entry.value.waived).toEqual(['pm-experience']);
    const report = score(6);
    expect(report.ladder!.levels.map((l) => [l.id, l.score, l.verdict])).toEqual([
      ['entry', 100, 'ready'],
      ['senior', 32.5, 'not-ready'],
      ['principal', 29.7, 'not-ready'],
    ]);
    expect(report.ladder).toMatchObject({ reached: 'entry', next: 'senior', shown: 'senior' });
    // The report is the next level's: its criteria and what stands between.
    expect(report.criteria.find((c) => c.id === 'pm-experience')).toMatchObject({ status: 'partial', expected: 5 });
    expect(report.actions.map((a) => a.criterion)).toContain('pm-experience');
  });

  it('shows the top level when every level is reached, with next null', () => {
    const report = score(120);
    expect(report.ladder).toMatchObject({ reached: 'principal', next: null, shown: 'principal' });
    expect(report.score).toBe(report.ladder!.levels[2]!.score);
  });

  it('reaches no level when entry is not ready, and shows entry', () => {
    const strict = new RubricCatalog(vocab).add(readRubricFile(ladder(EXPERIENCE, 'passScore: 80\n'), 'my-ladder.yaml').rubric!);
    if (!strict.ok) throw new Error(JSON.stringify(strict.problems));
    const report = assess(aProfile({ positions: [], terms: new Map() }), strict.value, { asOf: day('2026-06-01'), vocabulary: vocab });
    expect(report.ladder).toMatchObject({ reached: null, next: 'entry', shown: 'entry' });
  });
});
