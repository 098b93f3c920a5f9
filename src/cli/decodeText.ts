import { isUtf8 } from 'node:buffer';
import { isZip } from '../readers/linkedin/isZip.js';
import type { Problem } from '../problem.js';

/**
 * What the first bytes of an input say it is. UTF-16 (with its byte-order mark, or ASCII with
 * a NUL byte after every character) and binary data (NUL bytes anywhere else) are not JSON;
 * naming them is more use than `unexpected "\u0000"`.
 */
export function sniffBytes(head: Uint8Array, source: string): Problem | null {
  const b = head.subarray(0, 4096);
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || utf16Pattern(b)) {
    return { code: 'input-utf16', message: 'this is UTF-16 text, and tpm-assess reads UTF-8', source, hint: 'save the file as UTF-8: in most editors, Save with Encoding, UTF-8' };
  }
  if (isZip(b)) {
    // assess - and convert - read a LinkedIn export's ZIP (readInputOrZip); other inputs do not.
    return { code: 'input-binary', message: 'this is a ZIP archive, not JSON', source, hint: 'give a LinkedIn export by its path (tpm-assess batch export.zip); unzip any other ZIP and give the JSON Resume file inside' };
  }
  if (b.includes(0)) return { code: 'input-binary', message: 'this is binary data, not JSON', source, hint: 'give a JSON Resume document, or NDJSON with one per line' };
  return null;
}

/** ASCII as UTF-16: in the first bytes, every other byte is NUL and the others are not. */
function utf16Pattern(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  return (odd === n / 2 && even === 0) || (even === n / 2 && odd === 0);
}

/**
 * Bytes -> text. Invalid UTF-8 is read as U+FFFD (a résumé with one bad byte is still a
 * résumé), and `invalidAt` says where the first bad byte is, for a warning or an error.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidAt: { byte: number; line: number; column: number } | null } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (isUtf8(bytes)) return { text, invalidAt: null };
  const byte = firstInvalidByte(bytes);
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, byte).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  return { text, invalidAt: { byte, line: (before.match(/\n/g)?.length ?? 0) + 1, column: before.length - lineStart + 1 } };
}

/** A problem for invalid UTF-8 at `at`, a warning for a résumé, an error for a rubric. */
export function invalidUtf8Problem(source: string, at: { byte: number; line: number; column: number }, lineOffset = 0, byteInFile = true): Problem {
  return {
    code: 'input-invalid-utf8',
    message: `invalid UTF-8${byteInFile ? ` at byte ${at.byte}` : ''}, read as U+FFFD (�)`,
    source,
    line: at.line + lineOffset,
    column: at.column,
    hint: 'save the file as UTF-8',
  };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const [length, low, high] = c < 0x80 ? [1, 0, 0] : c >= 0xc2 && c <= 0xdf ? [2, 0x80, 0xbf] : c === 0xe0 ? [3, 0xa0, 0xbf] : c === 0xed ? [3, 0x80, 0x9f] : c >= 0xe1 && c <= 0xef ? [3, 0x80, 0xbf] : c === 0xf0 ? [4, 0x90, 0xbf] : c >= 0xf1 && c <= 0xf3 ? [4, 0x80, 0xbf] : c === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    if (length > 1) {
      const second = b[i + 1];
      if (second === undefined || second < low || second > high) return i;
      for (let k = 2; k < length; k++) {
        const next = b[i + k];
        if (next === undefined || next < 0x80 || next > 0xbf) return i;
      }
    }
    i += length;
  }
  return b.length;
}
