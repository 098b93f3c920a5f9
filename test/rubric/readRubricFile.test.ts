import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/cli/formatProblem.js';
import type { Problem } from '../../src/problem.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { MAX_ALIASES, parseYaml } from '../../src/rubric/parseYaml.js';
import { readRubricFile } from '../../src/rubric/readRubricFile.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

// Rubric errors, by their text: every message a user can get from a rubric file, exactly as
// the CLI prints it (file:line:col: path: message (hint)).

/** A minimal valid rubric. The line numbers are the ones the expected messages name. */
const BASE = [
  /*  1 */ 'id: mine',
  /*  2 */ 'title: My rubric',
  /*  3 */ 'version: 1',
  /*  4 */ 'description: A small rubric for the tests.',
  /*  5 */ 'passScore: 70',
  /*  6 */ 'sources:',
  /*  7 */ '  - id: jd',
  /*  8 */ '    title: The job description',
  /*  9 */ '    ref: jd.txt',
  /* 10 */ 'criteria:',
  /* 11 */ '  - id: years',
  /* 12 */ '    title: 5+ years of project management',
  /* 13 */ '    kind: experience',
  /* 14 */ '    weight: 60',
  /* 15 */ '    source: jd',
  /* 16 */ '    minYears: 5',
  /* 17 */ '    roles: [project-management]',
  /* 18 */ '  - id: pmp',
  /* 19 */ '    title: PMP certification',
  /* 20 */ '    kind: certification',
  /* 21 */ '    weight: 40',
  /* 22 */ '    source: jd',
  /* 23 */ '    anyOf: [pmi-pmp]',
];

/**
 * BASE with some lines changed. A key is a line number, or the text of a line that occurs once
 * (without its indentation); the value replaces the line, keeping its indentation (a `\n` adds
 * lines at the same indentation), or null deletes it. `append` adds lines at the end.
 */
function rubric(edits: Record<string | number, string | null> = {}, append: string[] = []): string {
  const lines: (string | null)[] = [...BASE];
  for (const [key, replacement] of Object.entries(edits)) {
    const index = /^\d+$/.test(key) ? Number(key) - 1 : BASE.findIndex((l) => l.trim() === key);
    if (index < 0 || index >= BASE.length) throw new Error(`rubric(): no line ${key}`);
    if (/^\D/.test(key) && BASE.filter((l) => l.trim() === key).length > 1) throw new Error(`rubric(): "${key}" is on several lines`);
    const indent = /^\s*/.exec(BASE[index]!)![0];
    lines[index] = replacement === null ? null : replacement.split('\n').map((l) => indent + l).join('\n');
  }
  return [...lines.filter((l) => l !== null), ...append].join('\n') + '\n';
}

/** A rubric that starts from the embedded tpm (criteria degree, pm-experience, pmp, ...). */
const extendingTpm = (...lines: string[]) => ['id: mine', 'title: My TPM', 'version: 1', 'description: tpm, adjusted.', 'extends: tpm', ...lines].join('\n') + '\n';

const toolsCriterion = (...lines: string[]) => ['  - id: tools', '    title: Tools', '    kind: tools', '    weight: 10', '    source: jd', ...lines];

/** Reads and resolves a rubric as the CLI does; every problem, located. */
function problemsOf(text: string, catalog = new RubricCatalog(vocabulary())): Problem[] {
  const { rubric: read, problems } = readRubricFile(text, 'mine.yaml');
  if (!read) return problems;
  const resolved = catalog.add(read);
  return resolved.ok ? [] : resolved.problems;
}

const messages = (text: string) => problemsOf(text).map((p) => [p.code, formatProblem(p)]);

describe('the minimal rubrics of these tests', () => {
  it('are valid as written', () => {
    expect(problemsOf(rubric())).toEqual([]);
    expect(problemsOf(extendingTpm('override:', '  pmp:', '    weight: 25'))).toEqual([]);
  });

  it('take changes by line text or number, and refuse a line that is not there', () => {
    expect(rubric({ 'passScore: 70': 'passScore: 80', 22: 'source: jd' })).toContain('\npassScore: 80\n');
    expect(() => rubric({ 'source: jd': 'source: x' })).toThrow(/several lines/);
    expect(() => rubric({ 'nope: 1': null })).toThrow(/no line/);
  });
});

describe('rubric error messages', () => {
  const cases: [name: string, text: string, code: string, message: string][] = [
    // YAML itself
    ['a YAML syntax error', rubric().replace('    weight: 60', '   weight: 60'), 'yaml-syntax', 'mine.yaml:14:1: sequence item without - indicator'],
    ['a key indented too far', rubric({ 'weight: 60': ' weight: 60' }), 'yaml-syntax', 'mine.yaml:13:11: nested mappings are not allowed in compact mappings'],
    ['an unclosed flow list', rubric({ 'title: My rubric': 'title: [My rubric' }), 'yaml-syntax', 'mine.yaml:3:1: flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['a key written twice', rubric({ 'passScore: 70': 'passScore: 70\npassScore: 80' }), 'yaml-syntax', 'mine.yaml:6:1: the key "passScore" appears twice in the same mapping (keep one of them)'],
    ['a YAML list instead of a mapping', '- id: mine\n- title: My rubric\n', 'rubric-not-a-mapping', 'mine.yaml:1:1: expected a rubric, a mapping of keys (id:, title:, criteria: …), got a list (start with id:, title:, version:, description: and criteria:, or extends: tpm)'],
    ['an empty file', '# nothing yet\n', 'rubric-not-a-mapping', 'mine.yaml:1:1: expected a rubric, a mapping of keys (id:, title:, criteria: …), got an empty file (start with id:, title:, version:, description: and criteria:, or extends: tpm)'],

    // The schema
    ['an unknown top-level key', rubric({ 'passScore: 70': 'pasScore: 70' }), 'schema-unknown-key', 'mine.yaml:5:1: pasScore: unknown key "pasScore" (did you mean passScore?)'],
    // The misspelt key is the one error: not also "weight is missing".
    ['an unknown criterion key, at the key itself', rubric({ 'weight: 60': 'weigth: 60' }), 'schema-unknown-key', 'mine.yaml:14:5: criteria[0].weigth: unknown key "weigth" (did you mean weight?)'],
    ['a key no kind of criterion has', rubric({ 'weight: 60': 'weight: 60\ncolour: blue' }), 'schema-unknown-key', 'mine.yaml:15:5: criteria[0].colour: unknown key "colour" (expected one of: id, title, weight, required, source, note, question, effortMonths, kind, minYears, roles, domains, inferredWeight)'],
    ['a wrong type', rubric({ 'weight: 60': 'weight: heavy' }), 'schema-invalid-type', 'mine.yaml:14:13: criteria[0].weight: expected a number, got "heavy"'],
    ['an empty value', rubric({ 'title: My rubric': 'title:' }), 'schema-invalid-type', 'mine.yaml:2:7: title: expected a string, got null'],
    ['a version that is a list', rubric({ 'version: 1': 'version: [1]' }), 'schema-invalid-union', 'mine.yaml:3:10: version: expected a string or a number, got a list'],
    ['an unknown kind', rubric({ 'kind: experience': 'kind: degre' }), 'schema-invalid-union', 'mine.yaml:13:11: criteria[0].kind: expected one of degree, experience, certification, customer-facing, domains, methodologies, tools, skills, leadership, budget, remote, got "degre" (did you mean degree?)'],
    ['a criterion without a kind', rubric({ 'kind: experience': null }), 'schema-missing-key', 'mine.yaml:11:5: criteria[0].kind: required key is missing, expected one of degree, experience, certification, customer-facing, domains, methodologies, tools, skills, leadership, budget, remote'],
    ['an unknown degree level', rubric({ 'kind: experience': 'kind: degree', 'minYears: 5': 'minLevel: bachlor', 'roles: [project-management]': null }), 'schema-invalid-value', 'mine.yaml:16:15: criteria[0].minLevel: expected one of secondary, associate, bachelor, master, doctorate, got "bachlor" (did you mean bachelor?)'],
    ['a pass score out of range', rubric({ 'passScore: 70': 'passScore: 120' }), 'schema-too-big', 'mine.yaml:5:12: passScore: must be at most 100, got 120'],
    ['a negative weight', rubric({ 'weight: 60': 'weight: -5' }), 'schema-too-small', 'mine.yaml:14:13: criteria[0].weight: must be more than 0, got -5'],
    ['a zero weight', rubric({ 'weight: 60': 'weight: 0' }), 'schema-too-small', 'mine.yaml:14:13: criteria[0].weight: must be more than 0, got 0'],
    ['a missing rubric title', rubric({ 'title: My rubric': null }), 'schema-missing-key', 'mine.yaml:1:1: title: required key is missing, expected a string'],
    ['a missing criterion title', rubric({ 'title: PMP certification': null }), 'schema-missing-key', 'mine.yaml:18:5: criteria[1].title: required key is missing, expected a string'],
    ['an id that is not lowercase', rubric({ '- id: years': '- id: Years_1' }), 'schema-invalid-format', 'mine.yaml:11:9: criteria[0].id: "Years_1" is not an id of lowercase letters, digits and hyphens, like pm-experience (did you mean years-1?)'],
    ['an empty list of roles', rubric({ 'roles: [project-management]': 'roles: []' }), 'schema-too-small', 'mine.yaml:17:12: criteria[0].roles: needs at least 1 item, got an empty list'],
    ['a fractional min', rubric({}, toolsCriterion('    min: 1.5', '    anyOf: [jira, confluence]')), 'schema-invalid-type', 'mine.yaml:29:10: criteria[2].min: expected a whole number, got 1.5'],

    // The rules of a whole rubric
    ['duplicate criterion ids', rubric({ '- id: pmp': '- id: years' }), 'rubric-duplicate-id', 'mine.yaml:18:9: criteria[1].id: criterion id "years" is used twice, first by criteria[0] (line 11) (give each criterion its own id)'],
    ['an unknown role family', rubric({ 'roles: [project-management]': 'roles: [projet-management]' }), 'rubric-unknown-reference', 'mine.yaml:17:13: criteria[0].roles[0]: unknown role family "projet-management" (did you mean project-management?)'],
    ['an unknown credential', rubric({ 'anyOf: [pmi-pmp]': 'anyOf: [pmi-pmpp]' }), 'rubric-unknown-reference', 'mine.yaml:23:13: criteria[1].anyOf[0]: unknown credential "pmi-pmpp" (did you mean pmi-pmp?)'],
    ['an unknown term', rubric({}, toolsCriterion('    anyOf: [jira, confluense]')), 'rubric-unknown-reference', 'mine.yaml:29:19: criteria[2].anyOf[1]: unknown term "confluense" (did you mean confluence?)'],
    ['an unknown term with nothing close', rubric({}, toolsCriterion('    anyOf: [abacus]')), 'rubric-unknown-reference', 'mine.yaml:29:13: criteria[2].anyOf[0]: unknown term "abacus" (see rubrics/vocabulary/ for the known terms)'],
    ['a source that is not listed', rubric({ 22: 'source: jdd' }), 'rubric-unknown-source', 'mine.yaml:22:13: criteria[1].source: source "jdd" is not listed under sources: (did you mean jd?)'],
    ['a certification with neither anyOf nor allOf', rubric({ 'anyOf: [pmi-pmp]': null }), 'rubric-certification-empty', 'mine.yaml:18:5: criteria[1]: certification criterion "pmp" names no credential (add anyOf: or allOf: with credential ids)'],
    ['min larger than the list', rubric({}, toolsCriterion('    min: 3', '    anyOf: [jira, confluence]')), 'rubric-min-too-large', 'mine.yaml:29:10: criteria[2].min: min is 3 but only 2 terms are listed under anyOf (lower min to 2, or list more terms)'],
    ['no criteria (weights that sum to zero)', rubric({ 'criteria:': 'criteria: []', 11: null, 12: null, 13: null, 14: null, 15: null, 16: null, 17: null, 18: null, 19: null, 20: null, 21: null, 22: null, 23: null }), 'rubric-no-criteria', 'mine.yaml:10:11: criteria: the rubric has no criteria, so its weights sum to zero (add at least one criterion under criteria:)'],
    ['no criteria key at all', rubric({ 'criteria:': null, 11: null, 12: null, 13: null, 14: null, 15: null, 16: null, 17: null, 18: null, 19: null, 20: null, 21: null, 22: null, 23: null }), 'rubric-no-criteria', 'mine.yaml:1:1: criteria: the rubric has no criteria, so its weights sum to zero (add at least one criterion under criteria:)'],

    // extends, override, remove
    ['extends a rubric that does not exist', extendingTpm().replace('extends: tpm', 'extends: tmp'), 'rubric-extends-missing', 'mine.yaml:5:10: extends: extends "tmp", which is not a known rubric (use an id from `tpm-assess rubrics list`)'],
    ['extends itself', extendingTpm().replace('extends: tpm', 'extends: mine'), 'rubric-extends-cycle', 'mine.yaml:5:10: extends: extends "mine" makes a cycle: mine -> mine (a rubric cannot extend itself: give this one another id)'],
    ['an override of an unknown id', extendingTpm('override:', '  pmpp:', '    weight: 5'), 'rubric-override-unknown', 'mine.yaml:7:3: override.pmpp: override names "pmpp", which is not an inherited criterion (did you mean pmp?)'],
    ['an override that makes a criterion invalid', extendingTpm('override:', '  pmp:', '    weight: -5'), 'schema-too-small', 'mine.yaml:8:13: override.pmp.weight: must be more than 0, got -5'],
    ['an override with a misspelt key', extendingTpm('override:', '  pmp:', '    weigth: 5'), 'schema-unknown-key', 'mine.yaml:8:5: override.pmp.weigth: unknown key "weigth" (did you mean weight?)'],
    ['an override id that is not an id', extendingTpm('override:', '  PMP:', '    weight: 5'), 'schema-invalid-key', 'mine.yaml:7:3: override.PMP: invalid key: "PMP" is not an id of lowercase letters, digits and hyphens, like pm-experience (did you mean pmp?)'],
    ['a remove of an unknown id', extendingTpm('remove: [pmpp]'), 'rubric-remove-unknown', 'mine.yaml:6:10: remove[0]: remove names "pmpp", which is not an inherited criterion (did you mean pmp?)'],
    ['a criterion that repeats an inherited id', extendingTpm('criteria:', '  - id: pmp', '    title: PMP', '    kind: certification', '    weight: 10', '    source: seed-002', '    anyOf: [pmi-pmp]'), 'rubric-duplicate-id', 'mine.yaml:7:9: criteria[0].id: criterion id "pmp" is already inherited from tpm (give it another id, or change the inherited one under override:)'],
  ];

  it.each(cases)('%s', (_name, text, code, message) => {
    expect(messages(text)).toEqual([[code, message]]);
  });

  it('reports every problem of a file, in the order of its lines', () => {
    const text = rubric({ 'passScore: 70': 'passScore: 120', 'weight: 60': 'weigth: 60', 'kind: certification': 'kind: certificate' });
    expect(messages(text).map(([, m]) => m)).toEqual([
      'mine.yaml:5:12: passScore: must be at most 100, got 120',
      'mine.yaml:14:5: criteria[0].weigth: unknown key "weigth" (did you mean weight?)',
      'mine.yaml:20:11: criteria[1].kind: expected one of degree, experience, certification, customer-facing, domains, methodologies, tools, skills, leadership, budget, remote, got "certificate" (did you mean certification?)',
    ]);
  });

  it('names the inherited key a changed kind leaves behind, and how to change the kind', () => {
    expect(messages(extendingTpm('override:', '  pmp:', '    kind: degree', '    minLevel: master')).map(([, m]) => m)).toEqual([
      'mine.yaml:8:5: override.pmp.anyOf: the inherited key "anyOf" does not belong to a degree criterion (to change the kind, remove "pmp" and add a new criterion under criteria:)',
    ]);
  });

  it('reports a cycle of user rubrics that extend each other', () => {
    const catalog = new RubricCatalog(vocabulary());
    const a = extendingTpm().replace('id: mine', 'id: team-a').replace('extends: tpm', 'extends: team-b');
    const b = extendingTpm().replace('id: mine', 'id: team-b').replace('extends: tpm', 'extends: team-a');
    // Alone, team-a extends a rubric nobody has added yet.
    expect(problemsOf(a, catalog).map((p) => formatProblem(p))).toEqual([
      'mine.yaml:5:10: extends: extends "team-b", which is not a known rubric (use an id from `tpm-assess rubrics list`)',
    ]);
    expect(problemsOf(b, catalog).map((p) => [p.code, formatProblem(p)])).toEqual([
      ['rubric-extends-cycle', 'mine.yaml:5:10: extends: extends "team-a" makes a cycle: team-b -> team-a -> team-b (one of these rubrics must not extend the others)'],
    ]);
  });

  it('resolves a rubric that extends tpm and overrides a weight', () => {
    const { rubric: read } = readRubricFile(extendingTpm('override:', '  pmp:', '    weight: 25', 'remove: [pm-tools]'), 'mine.yaml');
    const resolved = new RubricCatalog(vocabulary()).add(read!);
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.value.id).toBe('mine');
    expect(resolved.value.criteria.find((c) => c.id === 'pmp')?.weight).toBe(25);
    expect(resolved.value.criteria.map((c) => c.id)).not.toContain('pm-tools');
  });
});

describe('hostile YAML: a rubric is data, never code', () => {
  it('refuses a billion-laughs alias bomb before expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    // 9^12 strings if expanded: finishing at all shows it was not.
    const problems = problemsOf(levels.join('\n') + '\n');
    expect(problems.map((p) => [p.code, formatProblem(p)])).toEqual([
      ['yaml-aliases', 'mine.yaml:2:8: the aliases nest into each other and expand to too much data (write the values out instead of nesting aliases)'],
    ]);
  });

  it('refuses a document of very many aliases before sizing any (each under the expansion limit, together quadratic)', () => {
    // 200 anchors, each aliased 99 times in one list, which is aliased again: before the count
    // was checked, sizing that last alias re-walked the document once per inner alias (~30 s).
    const anchors = Array.from({ length: 200 }, (_, i) => `a${i}: &a${i} x`);
    const list = Array.from({ length: 200 }, (_, i) => Array(99).fill(`*a${i}`).join(',')).join(',');
    const text = [...anchors, `b: &b [${list}]`, 'c: *b'].join('\n') + '\n';
    const { problems, value } = parseYaml(text, 'mine.yaml');
    expect(value).toBeNull();
    // Pointing at the alias one past the limit, on line 201.
    const column = 'b: &b ['.length + list.split(',').slice(0, MAX_ALIASES).join(',').length + 2;
    expect(problems.map((p) => [p.code, formatProblem(p)])).toEqual([
      ['yaml-aliases', `mine.yaml:201:${column}: too many aliases: more than ${MAX_ALIASES} in one file (write the values out instead of repeating aliases)`],
    ]);
  });

  it('still reads a few plain aliases', () => {
    const text = rubric({ 'roles: [project-management]': 'roles: &pm [project-management]' }, toolsCriterion('    anyOf: [jira]', '    required: false'));
    expect(problemsOf(text)).toEqual([]);
    expect(parseYaml('a: &x [1, 2]\nb: *x\n', 'x.yaml').value).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('refuses an alias inside the value it names (data that contains itself)', () => {
    expect(messages('id: &a [x, *a]\n')).toEqual([
      ['yaml-alias-cycle', 'mine.yaml:1:12: the alias *a is inside the value it names, so the data would contain itself (write the value out)'],
    ]);
    // The same name anchored again inside is a different value: no cycle.
    expect(parseYaml('a: &a [&a x, *a]\n', 'x.yaml').value).toEqual({ a: ['x', 'x'] });
  });

  it('refuses an alias with no anchor', () => {
    expect(messages(rubric({ 'passScore: 70': 'passScore: *score' }))).toEqual([
      ['yaml-alias-unknown', 'mine.yaml:5:12: the alias *score has no anchor &score before it (define &score earlier in the file, or write the value out)'],
    ]);
  });

  it.each([
    ['!!js/function', rubric({ 'title: My rubric': 'title: !!js/function "function () { return 1 }"' }), 'mine.yaml:2:8: the tag !!js/function is not allowed: a rubric is plain data, never code (remove the tag)'],
    ['!foo', rubric({ 'weight: 60': 'weight: !foo 60' }), 'mine.yaml:14:13: the tag !foo is not allowed: a rubric is plain data, never code (remove the tag)'],
    ['!!binary', rubric({ 'title: My rubric': 'title: !!binary aGVsbG8=' }), 'mine.yaml:2:8: the tag !!binary is not allowed: a rubric is plain data, never code (remove the tag)'],
    ['a tag on a collection', rubric({ 'sources:': 'sources: !!set' }), 'mine.yaml:6:10: the tag !!set is not allowed: a rubric is plain data, never code (remove the tag)'],
    ['a tag on a key', rubric({ 'passScore: 70': '!foo passScore: 70' }), 'mine.yaml:5:1: the tag !foo is not allowed: a rubric is plain data, never code (remove the tag)'],
  ])('refuses the tag %s at its line and column', (_name, text, message) => {
    expect(messages(text)).toEqual([['yaml-tag', message]]);
  });

  it('accepts the core tags of YAML 1.2', () => {
    expect(problemsOf(rubric({ 'version: 1': 'version: !!str 1' }))).toEqual([]);
  });

  it('refuses merge keys, which YAML 1.2 does not have', () => {
    expect(messages(rubric({ 'passScore: 70': '<<: {passScore: 70}' }))).toEqual([
      ['yaml-merge-key', 'mine.yaml:5:1: merge keys (<<) are not supported (write the keys out, or use extends: and override: to reuse a rubric)'],
    ]);
  });

  it('reports a document nested too deeply instead of overflowing the stack', () => {
    const { problems } = parseYaml(`note: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'mine.yaml');
    expect(problems.map((p) => [p.code, p.message])).toEqual([['yaml-syntax', 'the document is nested too deeply']]);
  });

  describe('__proto__ keys', () => {
    const polluted = () => Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).weight !== undefined || ({} as Record<string, unknown>).polluted !== undefined;

    it.each([
      ['at the top', rubric({ 'passScore: 70': '__proto__:\n  polluted: true' }), 'mine.yaml:5:1: __proto__: unknown key "__proto__" (expected one of: id, title, version, description, extends, passScore, nearlyMargin, sources, criteria, override, remove)'],
      ['in a criterion', rubric({ 'weight: 60': 'weight: 60\n__proto__: {weight: 1000}' }), 'mine.yaml:15:5: criteria[0].__proto__: unknown key "__proto__" (expected one of: id, title, weight, required, source, note, question, effortMonths, kind, minYears, roles, domains, inferredWeight)'],
      ['as an override id', extendingTpm('override:', '  __proto__: {weight: 1}'), 'mine.yaml:7:3: override.__proto__: unknown key "__proto__" (remove it)'],
      ['in an override', extendingTpm('override:', '  pmp:', '    __proto__: {weight: 1}'), 'mine.yaml:8:5: override.pmp.__proto__: unknown key "__proto__" (remove it)'],
      ['quoted, in flow style', extendingTpm('override:', '  pmp: {"__proto__": {weight: 1}, required: true}'), 'mine.yaml:7:9: override.pmp.__proto__: unknown key "__proto__" (remove it)'],
    ])('%s: reported as an unknown key, and no object is polluted', (_name, text, message) => {
      expect(messages(text)).toEqual([['schema-unknown-key', message]]);
      expect(polluted()).toBe(false);
    });

    it('stays an own key of the parsed data, never the prototype', () => {
      const { value } = parseYaml('__proto__: {weight: 1}\n', 'x.yaml');
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.hasOwn(value as object, '__proto__')).toBe(true);
      expect((value as Record<string, unknown>).weight).toBeUndefined();
    });
  });
});
