import { describe, expect, it } from 'vitest';
import { arrayElements } from '../../../src/readers/jsonResume/arrayElementLines.js';

describe('arrayElements', () => {
  it('cuts a pretty-printed array into its elements, each with its line and column', () => {
    const text = '[\n  {"a": [1, 2]},\n  {"b": "],["},\n\n  [3], 4\n]';
    expect(arrayElements(text, 10)).toEqual({
      elements: [
        { text: '{"a": [1, 2]}', line: 11, column: 3 },
        { text: '{"b": "],["}', line: 12, column: 3 },
        { text: '[3]', line: 14, column: 3 },
        { text: '4', line: 14, column: 8 },
      ],
      rest: null,
    });
  });

  it('keeps a bad element to itself: the one before and after are whole', () => {
    const { elements } = arrayElements('[\n  {"a": 1},\n  {"b": 2 "c": 3},\n  {"d": 4}\n]');
    expect(elements.map((e) => e.text)).toEqual(['{"a": 1}', '{"b": 2 "c": 3}', '{"d": 4}']);
  });

  it('ends a string that is never closed at its line, so the next elements survive', () => {
    const { elements } = arrayElements('[\n  {"a": "oops},\n  {"b": 2}\n]');
    expect(elements.map((e) => e.text)).toEqual(['{"a": "oops},', '{"b": 2}']);
  });

  it('runs an element whose brackets never close to the end, keeping those before it', () => {
    const { elements } = arrayElements('[{"a": 1}, ' + '['.repeat(100_000) + ', {"b": 2}]');
    expect(elements).toHaveLength(2);
    expect(elements[0]!.text).toBe('{"a": 1}');
  });

  it('keeps a missing element as an empty one, for its error', () => {
    expect(arrayElements('[1,,2,]').elements.map((e) => e.text)).toEqual(['1', '', '2', '']);
    expect(arrayElements('[]').elements).toEqual([]);
  });

  it('returns what follows the closing bracket, with where it starts', () => {
    expect(arrayElements('[1]\n{"x": 1}').rest).toEqual({ text: '{"x": 1}', line: 2, column: 1 });
  });
});

describe('arrayElements after unclosed brackets', () => {
  it('starts again at the next line that opens an element where the broken one did', () => {
    const { elements } = arrayElements('[\n  {"a": 1},\n  {"b": ' + '['.repeat(100_000) + '\n  {"c": 3}\n]');
    expect(elements.map((e) => e.text.slice(0, 10))).toEqual(['{"a": 1}', '{"b": [[[[', '{"c": 3}']);
  });
});
