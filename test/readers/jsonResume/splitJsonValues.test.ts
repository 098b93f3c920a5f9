import { describe, expect, it } from 'vitest';
import { arrayElementLines } from '../../../src/readers/jsonResume/arrayElementLines.js';
import { splitJsonValues } from '../../../src/readers/jsonResume/splitJsonValues.js';

describe('splitJsonValues', () => {
  it('splits a pretty-printed document followed by NDJSON lines, with the line each starts on', () => {
    const text = '{\n  "a": "}{",\n  "b": [1, {"c": 2}]\n}\n{"d": 1}\n\n{"e": "x\\"y"}\n';
    expect(splitJsonValues(text)).toEqual([
      { text: '{\n  "a": "}{",\n  "b": [1, {"c": 2}]\n}', line: 1 },
      { text: '{"d": 1}', line: 5 },
      { text: '{"e": "x\\"y"}', line: 7 },
    ]);
  });

  it('ends a malformed or scalar top-level value with its line, so the next ones survive', () => {
    expect(splitJsonValues('{oops\n{"a": 1}\n42\n', 10).map((c) => [c.line, c.text])).toEqual([
      [10, '{oops'],
      [11, '{"a": 1}'],
      [12, '42'],
    ]);
  });
});

describe('arrayElementLines', () => {
  it('gives the line each top-level element starts on, nested arrays and strings with brackets included', () => {
    expect(arrayElementLines('[\n  {"a": [1, 2]},\n  {"b": "],["},\n\n  [3]\n]')).toEqual([2, 3, 5]);
    expect(arrayElementLines('[]')).toEqual([]);
  });
});
