import { describe, expect, it } from 'vitest';
import { decodeUtf8, sniffBytes } from '../../src/cli/decodeText.js';
import { escapeControls, formatProblem } from '../../src/cli/formatProblem.js';
import { wellFormedJson } from '../../src/report/wellFormedJson.js';

describe('sniffBytes', () => {
  it.each([
    ['UTF-16 LE with its byte-order mark', Buffer.from('\ufeff{"a": 1}', 'utf16le'), 'input-utf16'],
    ['UTF-16 LE without one', Buffer.from('{"basics": {}}', 'utf16le'), 'input-utf16'],
    ['UTF-16 BE', Buffer.from([0xfe, 0xff, 0, 0x7b, 0, 0x7d]), 'input-utf16'],
    ['NUL bytes', Buffer.alloc(1000), 'input-binary'],
    ['a ZIP archive', Buffer.from('PK\u0003\u0004rest'), 'input-binary'],
  ])('names %s', (_name, bytes, code) => {
    expect(sniffBytes(bytes, 'x.json')?.code).toBe(code);
  });

  it('lets UTF-8 text through, with or without a byte-order mark', () => {
    expect(sniffBytes(Buffer.from('\ufeff{"name": "Ana Beltrán"}'), 'x.json')).toBeNull();
  });
});

describe('decodeUtf8', () => {
  it('reads invalid UTF-8 as U+FFFD and says where the first bad byte is', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "Ana Beltr'), Buffer.from([0xe1]), Buffer.from('n"\n}')]);
    const { text, invalidAt } = decodeUtf8(bytes);
    expect(text).toContain('Beltr\ufffdn');
    expect(invalidAt).toEqual({ byte: 22, line: 2, column: 21 });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82]],
    ['a lone continuation byte', [0x41, 0x80]],
  ])('finds %s', (_name, bytes) => {
    expect(decodeUtf8(Buffer.from(bytes)).invalidAt).not.toBeNull();
  });

  it('finds nothing in valid UTF-8', () => {
    expect(decodeUtf8(Buffer.from('Ana Beltrán 😀')).invalidAt).toBeNull();
  });
});

describe('escaping what reaches stderr', () => {
  it('escapes control characters from the input, so none reaches the terminal raw', () => {
    const line = formatProblem({ code: 'json-syntax', message: 'invalid JSON: unexpected "\u0000"', source: 'a\u001b[31m.json', line: 1, column: 2 });
    expect(line).toBe('a\\u001b[31m.json:1:2: invalid JSON: unexpected "\\u0000"');
    // eslint-disable-next-line no-control-regex
    expect(escapeControls('tab\there\u2028\u009b')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028]/);
  });
});

describe('wellFormedJson', () => {
  it('replaces lone surrogate escapes with U+FFFD and leaves an escaped backslash alone', () => {
    const json = JSON.stringify({ a: '\ud800', b: 'x\udc00y', c: '\\ud800', d: '😀' });
    const fixed = wellFormedJson(json);
    expect(JSON.parse(fixed)).toEqual({ a: '\ufffd', b: 'x\ufffdy', c: '\\ud800', d: '😀' });
  });
});
