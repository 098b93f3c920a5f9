import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { linesOf, type RawRecord, type RecordLimits, RECORD_LIMITS, readRecords } from '../../src/cli/readRecords.js';
import { fakeIo } from '../support/fakeIo.js';

const read = async (input: string | Buffer, limits: RecordLimits = RECORD_LIMITS) => {
  const { io } = fakeIo();
  const stdin = new PassThrough();
  stdin.end(input);
  const out: RawRecord[] = [];
  for await (const r of readRecords(['-'], { ...io, stdin }, limits)) out.push(r);
  return out;
};
/** Each record as [line, "value" | the problem's code]. */
const shape = (records: RawRecord[]) => records.map((r) => [r.line, 'value' in r ? 'value' : 'problem' in r ? r.problem.code : 'exported']);
const GOOD = '{"basics": {"name": "A"}}';

describe('readRecords: one record\'s damage stays in that record', () => {
  it('reads on after an NDJSON line of 100,000 unclosed brackets, and locates its error', async () => {
    const records = await read([GOOD, '['.repeat(100_000), GOOD].join('\n'));
    expect(shape(records)).toEqual([
      [1, 'value'],
      [2, 'json-syntax'],
      [3, 'value'],
    ]);
    expect((records[1] as { problem: { column: number } }).problem.column).toBe(100_001);
  });

  it('keeps the good elements of a JSON array around one of 100,000 unclosed brackets', async () => {
    const records = await read(`[\n  ${GOOD},\n  {"a": ${'['.repeat(100_000)}\n  ${GOOD}\n]\n`);
    expect(shape(records)).toEqual([
      [2, 'value'],
      [3, 'json-syntax'],
      [4, 'value'],
    ]);
  });

  it('makes one bad element of a pretty-printed array one error record, at its index', async () => {
    const docs = [{ basics: { name: 'A' } }, { basics: { name: 'B' } }, { basics: { name: 'C' } }];
    const pretty = JSON.stringify(docs, null, 2).replace('"B"', '"B" "oops": 1');
    const records = await read(pretty);
    expect(records.map((r) => ('value' in r ? (r.value as { basics: { name: string } }).basics.name : 'problem' in r ? r.problem.code : 'exported'))).toEqual(['A', 'json-syntax', 'C']);
    expect(records[1]!.line).toBe(7);
    expect((records[1] as { problem: { line: number; column: number } }).problem).toMatchObject({ line: 9, column: 19 });
  });

  it('reads a line of a good record at once when the first line is bad, without waiting for the rest', async () => {
    const { io } = fakeIo();
    const stdin = new PassThrough();
    stdin.write(`{oops\n${GOOD}\n${GOOD}\n`);
    const records = readRecords(['-'], { ...io, stdin });
    // The input is still open: had the file been held as one document, nothing would come yet.
    expect(shape([(await records.next()).value!, (await records.next()).value!])).toEqual([
      [1, 'json-syntax'],
      [2, 'value'],
    ]);
    stdin.end(`${GOOD}\n`);
    const rest: RawRecord[] = [];
    for await (const r of records) rest.push(r);
    expect(shape(rest)).toEqual([
      [3, 'value'],
      [4, 'value'],
    ]);
  });
});

describe('readRecords: bounded', () => {
  it('stops at a line longer than the limit with a sentence, keeping the records before it', async () => {
    const records = await read(`${GOOD}\n${'a'.repeat(5000)}`, { maxLine: 1000, maxDocument: 10_000 });
    expect(shape(records)).toEqual([
      [1, 'value'],
      [2, 'input-line-too-long'],
    ]);
    expect((records[1] as { problem: { message: string } }).problem.message).toBe('a line of more than 1000 bytes: not one résumé per line');
  });

  it('stops a document over many lines at the limit', async () => {
    const records = await read('[\n' + `${GOOD},\n`.repeat(1000) + ']', { maxLine: 1000, maxDocument: 5000 });
    expect(shape(records)).toEqual([[1, 'input-document-too-large']]);
  });

  it.each([
    ['binary data', Buffer.alloc(70_000), 'input-binary'],
    ['UTF-16', Buffer.from(`\ufeff${GOOD}\n`, 'utf16le'), 'input-utf16'],
  ])('names %s instead of reading it', async (_name, bytes, code) => {
    expect(shape(await read(bytes))).toEqual([[null, code]]);
  });
});

describe('readRecords: invalid UTF-8', () => {
  it('reads the record and warns with its line and column', async () => {
    const line = Buffer.concat([Buffer.from('{"basics": {"name": "Beltr'), Buffer.from([0xe1]), Buffer.from('n"}}\n')]);
    const records = await read(Buffer.concat([Buffer.from(`${GOOD}\n`), line]));
    expect(records[1]).toMatchObject({ line: 2, value: { basics: { name: 'Beltr\ufffdn' } }, warnings: [{ code: 'input-invalid-utf8', line: 2, column: 27 }] });
    expect(records[0]!.warnings).toBeUndefined();
  });
});

describe('linesOf', () => {
  it('gives the lines of a read a few at a time, in order, whole across reads', async () => {
    const text = Array.from({ length: 10 }, (_, i) => `{"n": ${i}}`).join('\n');
    // Two reads, the second starting inside line 8; the last line has no newline, and comes last on its own.
    const cut = text.indexOf('{"n": 7}') + 3;
    const stream = Readable.from([Buffer.from(text.slice(0, cut)), Buffer.from(text.slice(cut))]);
    const groups: string[][] = [];
    for await (const group of linesOf(stream, '<stdin>', 1 << 20)) groups.push(group.map((l) => ('text' in l ? l.text : 'stop')));
    expect(groups.map((g) => g.length)).toEqual([4, 3, 2, 1]);
    expect(groups.flat()).toEqual(text.split('\n'));
  });
});
