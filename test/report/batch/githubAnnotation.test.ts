import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src/report/batch/batchResult.js';
import { githubAnnotation } from '../../../src/report/batch/githubAnnotation.js';
import { githubCommand } from '../../../src/report/batch/githubCommand.js';
import { aBatch, aContext, goldenDocuments, HOSTILE_NAMES, named, toWellFormed } from './aBatch.js';

/** A workflow command as the runner reads it: command, properties (split on the first ::), message; values unescaped. */
function parseCommand(line: string) {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const unescape = (v: string) => v.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), unescape(kv.slice(kv.indexOf('=') + 1))]));
  return { command: m[1], properties, message: unescape(m[3]!) };
}

describe('githubCommand', () => {
  it('escapes % and line breaks in the message, and also : and , in properties (actions/toolkit rules)', () => {
    expect(githubCommand('error', { file: 'a,b:c.ndjson', line: 3, title: '100% done\nnext' }, 'line 1\r\nline 2 at 50%: a, b')).toBe(
      '::error file=a%2Cb%3Ac.ndjson,line=3,title=100%25 done%0Anext::line 1%0D%0Aline 2 at 50%25: a, b\n',
    );
  });

  it('leaves out null properties, and the space when there are none', () => {
    expect(githubCommand('warning', { file: 'x', line: null }, 'm')).toBe('::warning file=x::m\n');
    expect(githubCommand('notice', {}, 'm')).toBe('::notice::m\n');
  });

  it('is one line that reads back as written, whatever the text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...HOSTILE_NAMES, '::', '%0A', ',line=1', '\r\n'));
    fc.assert(
      fc.property(text, text, (title, message) => {
        const line = githubCommand('error', { file: title, title }, message);
        expect(line.indexOf('\n')).toBe(line.length - 1);
        expect(line).not.toContain('\r');
        const read = parseCommand(line.slice(0, -1));
        expect(read.properties.title).toBe(toWellFormed(title));
        expect(read.message).toBe(toWellFormed(message));
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('githubAnnotation', () => {
  const context = aContext();
  const results = aBatch(goldenDocuments());

  it('says nothing of a candidate who passes, or of anyone when there is no gate', () => {
    const passing = results.filter((r) => 'scored' in r && r.scored.closest.score >= 70);
    expect(passing.length).toBeGreaterThan(0);
    expect(passing.map((r) => githubAnnotation(r, context))).toEqual(passing.map(() => ''));
    const scored = results.filter((r) => 'scored' in r);
    expect(scored.map((r) => githubAnnotation(r, aContext(['tpm'], { minScore: undefined })))).toEqual(scored.map(() => ''));
  });

  it('makes an unreadable record an error at its file and line', () => {
    const broken = results.find((r) => 'error' in r)!;
    expect(parseCommand(githubAnnotation(broken, context).trimEnd())).toEqual({
      command: 'error',
      properties: { file: 'candidates.ndjson', line: '2', title: 'record 1 could not be scored' },
      message: 'work[0].startDate: expected a date like 2019-04, got "2019-19"',
    });
  });

  it('below the gate: an error when the verdict is not-ready, a warning when the rubric says nearly or ready', () => {
    const below = results.find((r): r is Extract<BatchResult, { scored: unknown }> => 'scored' in r && r.scored.closest.score < 70)!;
    const read = parseCommand(githubAnnotation(below, context).trimEnd());
    expect(below.scored.closest.verdict).toBe('not-ready');
    expect(read.command).toBe('error');
    expect(read.message).toMatch(/^score 52\.2 is 17\.8 below --min-score 70 \(NOT READY for tpm\); gaps: 5\+ years of project management experience; /);
    const ready = results.find((r): r is Extract<BatchResult, { scored: unknown }> => 'scored' in r && r.scored.closest.verdict === 'ready')!;
    const stricter = aContext(['tpm'], { minScore: ready.scored.closest.score + 1 });
    expect(parseCommand(githubAnnotation(ready, stricter).trimEnd()).command).toBe('warning');
  });

  it('keeps a hostile name inside its property: one line, no injected command', () => {
    for (const [i, result] of aBatch(HOSTILE_NAMES.map((n) => named(n, 'lin-new-grad'))).entries()) {
      const line = githubAnnotation(result, context);
      expect(line.indexOf('\n')).toBe(line.length - 1);
      const read = parseCommand(line.trimEnd());
      expect(Object.keys(read.properties)).toEqual(['file', 'line', 'title']);
      expect(read.properties.line).toBe(String(i + 1));
      expect(read.properties.title).toContain(' is below the gate');
    }
  });
});
