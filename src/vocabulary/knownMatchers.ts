import type { MatcherIndex } from './matcher.js';

/**
 * The embedded vocabulary's matcher indexes (matcher.ts), by matcher name, worked out by the
 * build (bin/build.mjs puts them here as data, from vocabularyMatcherIndexes), so that start-up
 * does not tokenize every alias. Null in tests and development, where they are made at run time.
 */
export const knownMatchers: ReadonlyMap<string, MatcherIndex<unknown>> | null = null;
