import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, matcherFromIndex, matcherIndex, type Matcher } from '../../src/vocabulary/matcher.js';
import { vocabulary, vocabularyMatcherIndexes } from '../../src/vocabulary/vocabulary.js';
import { corpusTexts } from '../support/corpusTexts.js';

// The build puts each embedded matcher's index into the bundle as JSON (knownMatchers.ts), and
// the binary makes its matchers from that. These hold that what comes back from JSON makes the
// same matchers as the aliases do at run time, which is what tests and the library use.

const v = vocabulary();
const runtimeMatchers = new Map<string, Matcher<unknown>>([
  ['credentialMatcher', v.credentialMatcher],
  ['termMatcher', v.termMatcher],
  ['degreeLevelMatcher', v.degreeLevelMatcher],
  ['degreeFieldMatcher', v.degreeFieldMatcher],
  ['notHeldMatcher', v.notHeldMatcher],
  ['lapsedMatcher', v.lapsedMatcher],
  ...[...v.roleMatchers].map(([id, m]) => [`role/${id}`, m] as [string, Matcher<unknown>]),
]);

describe('matcher indexes as the build embeds them', () => {
  const indexes = vocabularyMatcherIndexes();

  it('name every matcher of the vocabulary once, and survive JSON unchanged', () => {
    const names = indexes.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of runtimeMatchers.keys()) expect(names).toContain(name);
    expect(JSON.parse(JSON.stringify(indexes))).toEqual(indexes);
  });

  it('make matchers that find what the run-time matchers find, on every corpus text, as prose and as list items', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(2000);
    const fromJson = new Map(indexes.map(([name, index]) => [name, matcherFromIndex(JSON.parse(JSON.stringify(index)))]));
    let found = 0;
    for (const [name, runtime] of runtimeMatchers) {
      const embedded = fromJson.get(name)!;
      for (const text of texts) {
        for (const prose of [true, false]) {
          const expected = runtime.all(text, { prose });
          found += expected.length;
          expect(embedded.all(text, { prose })).toEqual(expected);
        }
      }
    }
    // The comparison means something only if the matchers find things.
    expect(found).toBeGreaterThan(1000);
  });

  it('keep an alias standing for several values, context words, prose rules and joined forms', () => {
    const entries = [
      { alias: 'Microsoft Teams', value: 'tool' },
      { alias: 'Microsoft Teams', value: 'domain' },
      { alias: { text: 'ACP', near: ['PMI'] }, value: 'acp' },
      { alias: { text: 'Project Management Professional', prose: 'as-written' as const }, value: 'pmp' },
      { alias: { text: 'scheduling', prose: 'list-item' as const }, value: 'scheduling' },
    ];
    const direct = createMatcher(entries);
    const packed = matcherFromIndex(JSON.parse(JSON.stringify(matcherIndex(entries))));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Microsoft', 'teams', 'ACP', 'PMI', 'Project', 'project', 'Management', 'Professional', 'ProjectManagementProfessional', 'scheduling', ',', 'and', '-', 'MicrosoftTeams'), { maxLength: 12 }),
        fc.boolean(),
        (words, prose) => {
          const text = words.join(' ');
          expect(packed.all(text, { prose })).toEqual(direct.all(text, { prose }));
        },
      ),
      { seed: 20261202, numRuns: 500 },
    );
    expect(packed.values('Microsoft Teams')).toEqual(['tool', 'domain']);
  });
});

describe('the first-word filter of a matcher', () => {
  // A matcher passes over a word whose shape (length, first and last code unit) no alias's first
  // word has, without looking it up. These hold that no alias is lost to it: each alias with no
  // context words or prose rule, written alone, is found, accents, digits and symbols included.
  it('passes every first word of every embedded matcher', () => {
    let checked = 0;
    for (const [name, index] of vocabularyMatcherIndexes()) {
      const m = matcherFromIndex(index);
      for (const [, list] of index.lists) {
        for (const [joined, values, near, prose] of list) {
          if (near || prose) continue;
          checked++;
          const found = m.values(joined, { prose: false });
          if (!found.some((value) => values.includes(value))) expect.fail(`${name}: "${joined}" is not found`);
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('tells apart words of one shape', () => {
    const m = createMatcher([{ alias: 'scrum', value: 'scrum' }]);
    expect(m.values('sodium scream strum scrum')).toEqual(['scrum']);
    expect(m.values('sodium scream strum')).toEqual([]);
  });
});
