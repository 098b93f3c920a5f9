import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/readers/jsonResume/parseJson.js';

describe('JSON as people write it', () => {
  it.each([
    ['// a comment\n{"basics": {"name": "A"}}', 'comments', 1, 1],
    ['{"basics": {"name": "A" /* me */}}', 'comments', 1, 25],
    ['{"basics": {"name": "A",}}', 'a comma before a closing bracket', 1, 25],
    ['{"skills": ["Go", "Rust",\n]}', 'a comma before a closing bracket', 2, 1],
    ['{"basics": {"summary": "line one\nline two"}}', 'a line break or tab inside a string', 1, 33],
  ])('reads %j with a warning that says what was not JSON, and where', (text, fix, line, column) => {
    const result = parseJson(text, 'r.json');
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'json-relaxed', message: expect.stringContaining(fix), line, column })]);
  });

  it('keeps "//" inside a string as text', () => {
    const result = parseJson('{"basics": {"url": "https://a.example"},}', 'r.json');
    expect(result.ok && result.value).toEqual({ basics: { url: 'https://a.example' } });
  });

  it('still refuses what is broken beyond these, with its real location', () => {
    const result = parseJson('{"a": 1 // note\n "b": 2}', 'r.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: 'json-syntax', line: 1 });
  });
});
