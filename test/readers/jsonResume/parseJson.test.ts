import { describe, expect, it } from 'vitest';
import { findSyntaxError, parseJson } from '../../../src/readers/jsonResume/parseJson.js';

describe('parseJson', () => {
  it('parses valid JSON, with or without a UTF-8 byte-order mark', () => {
    expect(parseJson('\uFEFF{"a": 1}', 'x.json')).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
  });

  it.each([
    ['{[];}', 1, 2, 'expected a property name'],
    ['{"a": 1,,}', 1, 9, 'expected a property name'],
    ['{\n  "a": tru\n}', 2, 8, 'expected a value'],
    ['{"a": "x\n" "b"}', 1, 9, 'control character'],
    ['{"a": 1} x', 1, 10, 'after the end'],
    ['', 1, 1, 'ends where a value was expected'],
    ['{"a": [1, 2}', 1, 12, 'expected "," or "]"'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, words) => {
    const result = parseJson(text, 'r.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'json-syntax', source: 'r.json', line, column });
    expect(result.problems[0]!.message).toContain(words);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":[1,2.5e3,-0.1,true,false,null,"\\u00e9\\n"]}', '[]', '"x"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findSyntaxError(text).message).toBe('unknown syntax error');
    }
  });
});

describe('parseJson on deep nesting', () => {
  it('locates the end of 100,000 unclosed brackets without running out of stack', () => {
    const result = parseJson('{"a": ' + '['.repeat(100_000), 'deep.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'json-syntax', line: 1, column: 100_007 });
    expect(result.problems[0]!.message).toContain('ends where a value was expected');
  });

  it('reads on after deeply nested values that close', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(findSyntaxError(`{"a": ${deep}, "b": x}`)).toEqual({ offset: 100_013, message: 'unexpected "x", expected a value' });
  });
});
