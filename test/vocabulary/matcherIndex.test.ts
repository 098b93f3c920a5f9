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
