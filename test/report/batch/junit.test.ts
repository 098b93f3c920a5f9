import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../../src/report/batch/batchResult.js';
import { junitDocument } from '../../../src/report/batch/junitDocument.js';
import { junitTestcase } from '../../../src/report/batch/junitTestcase.js';
import { xmlEscape } from '../../../src/report/batch/xmlEscape.js';
import { clean } from '../../../src/report/style.js';
import { aBatch, aContext, goldenDocuments, HOSTILE_NAMES, named, toWellFormed } from './aBatch.js';

/** Characters XML 1.0 does not allow, even escaped. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Case {
  '@_name': string;
  '@_classname': string;
  '@_line'?: string;
  failure?: { '@_message': string; '@_type': string; '#text'?: string };
  error?: { '@_message': string; '@_type': string };
  'system-out'?: string;
}
function parseJunit(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(XML_FORBIDDEN);
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, parseTagValue: false, parseAttributeValue: false, trimValues: false, isArray: (name) => name === 'testcase' });
  const doc = parser.parse(xml) as { testsuites: Record<string, string> & { testsuite: Record<string, string> & { testcase: Case[] } } };
  return doc.testsuites;
}

function junitOf(results: BatchResult[], { minScore }: { minScore: number | undefined } = { minScore: 70 }) {
  const context = aContext(['tpm'], { minScore });
  return junitDocument(results.map((r) => junitTestcase(r, context)), context);
}

describe('JUnit', () => {
  it('is one valid document: a testcase per record, a failure below --min-score, an error for an unreadable record, counts that match', () => {
    const results = aBatch(goldenDocuments());
    const suites = parseJunit(junitOf(results));
    const suite = suites.testsuite;
    expect(suite.testcase).toHaveLength(results.length);
    const failures = results.filter((r) => 'scored' in r && r.scored.closest.score < 70).length;
    const errors = results.filter((r) => 'error' in r).length;
    expect([suite['@_tests'], suite['@_failures'], suite['@_errors']]).toEqual([String(results.length), String(failures), String(errors)]);
    expect([suites['@_tests'], suites['@_failures'], suites['@_errors']]).toEqual([String(results.length), String(failures), String(errors)]);
    results.forEach((r, i) => {
      const c = suite.testcase[i]!;
      expect(c['@_classname']).toBe(r.record.source);
      expect(c['@_line']).toBe(String(r.record.line));
      if ('error' in r) expect(c.error?.['@_message']).toBe(r.error.message);
      else if (r.scored.closest.score < 70) {
        expect(c.failure?.['@_message']).toMatch(/^score \d+\.\d is \d+\.\d below --min-score 70 \(NOT READY for tpm\); gaps: /);
        // The text has one line per gap, each with its sentence.
        for (const g of r.scored.closest.criteria.filter((g) => g.status === 'missing' || g.status === 'partial')) expect(c.failure?.['#text']).toContain(`${g.title}: ${g.gap}`);
      } else expect(c['system-out']).toBe(`score ${r.scored.closest.score.toFixed(1)}, READY for tpm`);
    });
  });

  it('has no failure without a gate', () => {
    const suite = parseJunit(junitOf(aBatch(goldenDocuments()), { minScore: undefined })).testsuite;
    expect(suite['@_failures']).toBe('0');
    expect(suite.testcase.filter((c) => c.failure)).toEqual([]);
  });

  it('keeps hostile names readable, without a character XML forbids', () => {
    const suite = parseJunit(junitOf(aBatch(HOSTILE_NAMES.map((n) => named(n, 'lin-new-grad'))))).testsuite;
    suite.testcase.forEach((c, i) => {
      expect(c['@_name']).toBe(`${toWellFormed(clean(HOSTILE_NAMES[i]!))} (record ${i}, candidates.ndjson:${i + 1})`);
      expect(c.failure?.['@_type']).toBe('below-gate');
    });
  });

  it('stays valid XML whatever a name, an error message or a file name holds', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...HOSTILE_NAMES, ']]>', '<![CDATA[', '&#0;', '\uFFFE', '\uDBFF'));
    const [ana] = aBatch([named('x')]);
    fc.assert(
      fc.property(text, text, text, (name, message, source) => {
        const scored = { ...ana!, record: { index: 0, line: 1, source } } as BatchResult & { scored: { closest: { candidate: unknown } } };
        const renamed = { ...scored, scored: { ...scored.scored, closest: { ...scored.scored.closest, candidate: { name } } } } as BatchResult;
        const broken: BatchResult = { record: { index: 1, line: null, source }, error: { message, path: message, code: 'x' } };
        const suite = parseJunit(junitOf([renamed, broken])).testsuite;
        expect(suite.testcase).toHaveLength(2);
        expect(suite.testcase[0]!['@_classname']).toBe([...toWellFormed(source)].filter((ch) => !XML_FORBIDDEN.test(ch)).join(''));
      }),
      { seed: 13, numRuns: 150 },
    );
  });

  it('xmlEscape: markup as entities, line breaks kept in attributes, forbidden characters gone', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\tb\nc\rd', true)).toBe('a&#9;b&#10;c&#13;d');
    expect(xmlEscape('a\tb\nc', false)).toBe('a\tb\nc');
    expect(xmlEscape('nul\u0000 bell\u0007 \uFFFF lone\uD800 pair𝔸')).toBe('nul bell  lone\uFFFD pair𝔸');
  });
});
