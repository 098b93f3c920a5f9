import type { z } from 'zod';
import type { DegreeLevel } from '../profile/profile.js';
import { foldText, type DateWords } from '../profile/readDate.js';
import credentialsData from '../../rubrics/vocabulary/credentials.yaml';
import datesData from '../../rubrics/vocabulary/dates.yaml';
import degreesData from '../../rubrics/vocabulary/degrees.yaml';
import engagementData from '../../rubrics/vocabulary/engagement.yaml';
import rolesData from '../../rubrics/vocabulary/roles.yaml';
import termsData from '../../rubrics/vocabulary/terms.yaml';
import { knownMatchers } from './knownMatchers.js';
import { createMatcher, matcherFromIndex, matcherIndex, type Matcher, type MatcherIndex, type MatcherOptions } from './matcher.js';
import type {
  credentialsFileSchema,
  datesFileSchema,
  degreesFileSchema,
  engagementFileSchema,
  rolesFileSchema,
  termsFileSchema,
  Alias,
  CredentialDef,
  EngagementCue,
  TermDef,
} from './schema.js';

/** An engagement cue ready to test: one regex, compiled the first time it is run. */
export interface CompiledCue {
  side: 'external' | 'internal';
  weight: number;
  in: 'title' | 'employer' | 'body' | 'any';
  readonly regex: RegExp;
  /** The regex's source (flag i), for the prefilter to read without compiling the regex. */
  readonly source?: string;
}

function compileCue(cue: EngagementCue, side: CompiledCue['side']): CompiledCue {
  // Patterns are plain JavaScript regular expressions without the u flag, so that the usual
  // character classes such as [\w-] are allowed in the YAML.
  const source =
    'pattern' in cue
      ? cue.pattern
      : `(?<![\\w])${cue.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/\s+/g, '[\\s-]+')}(?![\\w])`;
  let regex: RegExp | undefined;
  return {
    side,
    weight: cue.weight,
    in: cue.in ?? 'any',
    source,
    get regex() {
      return (regex ??= new RegExp(source, 'i'));
    },
  };
}

/** The shared vocabularies, compiled into matchers once per run. */
export interface Vocabulary {
  credentials: ReadonlyMap<string, CredentialDef>;
  credentialMatcher: Matcher<string>;
  /** The same aliases without their context words: for names given on their own (--assume csm). */
  credentialNameMatcher: Matcher<string>;
  /** Words saying a credential named in free text is not held yet ("preparing for the PMP"). */
  notHeldMatcher: Matcher<true>;
  notHeldAfterMatcher: Matcher<true>;
  /** Words saying a credential is no longer held, and words before its expiry date. */
  lapsedMatcher: Matcher<true>;
  expiryMatcher: Matcher<true>;
  degreeLevelMatcher: Matcher<DegreeLevel>;
  /** Education entries that are training, not degrees ("Course", "Bootcamp"). */
  notDegreeMatcher: Matcher<true>;
  /** Words saying a degree is not finished ("pursuing", "ongoing", "expected"). */
  degreeInProgressMatcher: Matcher<true>;
  degreeFields: ReadonlyMap<string, string>;
  degreeFieldMatcher: Matcher<string>;
  roleFamilies: ReadonlyMap<string, string>;
  /** Each family's job titles as roles.yaml lists them, most usual first: the interview names roles with them. */
  roleTitles: ReadonlyMap<string, readonly string[]>;
  /** One matcher per family: a title such as "DevOps Project Manager" belongs to several. */
  roleMatchers: ReadonlyMap<string, Matcher<true>>;
  /** Seniority words that do not change a title's family ("Senior", "Sr."), folded. */
  titleModifiers: ReadonlySet<string>;
  /** Families that, when a title names them, are its only family (internships). */
  exclusiveFamilies: ReadonlySet<string>;
  /** Per family, the cues that show its work in a job's duties, and how many must match. */
  dutyCues: ReadonlyMap<string, { cues: readonly RegExp[]; min: number }>;
  terms: ReadonlyMap<string, TermDef>;
  termMatcher: Matcher<string>;
  engagementCues: readonly CompiledCue[];
  /** Month names and now-words for reading dates (vocabulary/dates.yaml). */
  dates: DateWords;
}

/**
 * The embedded vocabularies are checked against their schemas by the test suite
 * (checkVocabularyFiles.ts), not at start-up, and their zod schemas are not loaded to read them:
 * the type is all that is taken from the schema here.
 */
const trusted = <T>(data: unknown) => data as T;

let compiled: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  compiled ??= compile(knownMatcher);
  return compiled;
}

/** Makes one of the vocabulary's matchers, named, from its aliases. */
type MatcherMaker = <T>(name: string, entries: () => ReadonlyArray<{ alias: Alias; value: T }>, options: MatcherOptions) => Matcher<T>;

/** The matcher from the index the build worked out for it, or from its aliases when there is none. */
const knownMatcher: MatcherMaker = (name, entries, options) => {
  const known = knownMatchers?.get(name);
  return known ? matcherFromIndex(known as MatcherIndex<never>) : createMatcher(entries(), options);
};

/** For the build: every matcher's index by name (knownMatchers.ts), made by the code that makes them. */
export function vocabularyMatcherIndexes(): [string, MatcherIndex<unknown>][] {
  const indexes: [string, MatcherIndex<unknown>][] = [];
  compile((name, entries, options) => {
    const index = matcherIndex(entries(), options);
    indexes.push([name, index]);
    return matcherFromIndex(index);
  });
  return indexes;
}

function compile(make: MatcherMaker): Vocabulary {
  const { credentials, notHeld, notHeldAfter, lapsed, expiry } = trusted<z.output<typeof credentialsFileSchema>>(credentialsData);
  const degrees = trusted<z.output<typeof degreesFileSchema>>(degreesData);
  const { families: roles, modifiers } = trusted<z.output<typeof rolesFileSchema>>(rolesData);
  const { terms, listWords } = trusted<z.output<typeof termsFileSchema>>(termsData);
  // Every matcher reads lists written in a sentence with the same joining words.
  const matcher = <T>(name: string, entries: () => ReadonlyArray<{ alias: Alias; value: T }>) => make(name, entries, { listWords });
  const engagement = trusted<z.output<typeof engagementFileSchema>>(engagementData);
  return {
    credentials: new Map(credentials.map((c) => [c.id, c])),
    credentialMatcher: matcher('credentialMatcher', () => credentials.flatMap((c) => c.aliases.map((alias) => ({ alias, value: c.id })))),
    notHeldMatcher: matcher('notHeldMatcher', () => notHeld.map((alias) => ({ alias, value: true as const }))),
    notHeldAfterMatcher: matcher('notHeldAfterMatcher', () => notHeldAfter.map((alias) => ({ alias, value: true as const }))),
    lapsedMatcher: matcher('lapsedMatcher', () => lapsed.map((alias) => ({ alias, value: true as const }))),
    expiryMatcher: matcher('expiryMatcher', () => expiry.map((alias) => ({ alias, value: true as const }))),
    credentialNameMatcher: matcher('credentialNameMatcher', () => credentials.flatMap((c) => c.aliases.map((alias) => ({ alias: typeof alias === 'string' ? alias : alias.text, value: c.id })))),
    degreeLevelMatcher: matcher('degreeLevelMatcher', () => degrees.levels.flatMap((l) => l.aliases.map((alias) => ({ alias, value: l.level })))),
    notDegreeMatcher: matcher('notDegreeMatcher', () => degrees.notDegrees.map((alias) => ({ alias, value: true as const }))),
    degreeInProgressMatcher: matcher('degreeInProgressMatcher', () => degrees.inProgress.map((alias) => ({ alias, value: true as const }))),
    degreeFields: new Map(degrees.fields.map((f) => [f.id, f.title])),
    degreeFieldMatcher: matcher('degreeFieldMatcher', () => degrees.fields.flatMap((f) => f.aliases.map((alias) => ({ alias, value: f.id })))),
    roleFamilies: new Map(roles.map((r) => [r.id, r.title])),
    roleTitles: new Map(roles.map((r) => [r.id, r.aliases.map((a) => (typeof a === 'string' ? a : a.text))])),
    titleModifiers: new Set(modifiers.map(foldText)),
    exclusiveFamilies: new Set(roles.filter((r) => r.exclusive).map((r) => r.id)),
    dutyCues: new Map(roles.flatMap((r) => (r.duties ? [[r.id, { cues: r.duties.map((d) => new RegExp(d, 'i')), min: r.dutiesMin ?? 2 }] as const] : []))),
    roleMatchers: new Map(roles.map((r) => [r.id, matcher(`role/${r.id}`, () => r.aliases.map((alias) => ({ alias, value: true as const })))])),
    terms: new Map(terms.map((t) => [t.id, t])),
    termMatcher: matcher('termMatcher', () => terms.flatMap((t) => t.aliases.map((alias) => ({ alias, value: t.id })))),
    engagementCues: [
      ...engagement.external.map((c) => compileCue(c, 'external')),
      ...engagement.internal.map((c) => compileCue(c, 'internal')),
    ],
    dates: compileDates(trusted<z.output<typeof datesFileSchema>>(datesData)),
  };
}

export function compileDates(data: z.output<typeof datesFileSchema>): DateWords {
  const fold = (s: string) => foldText(s).replace(/\.$/, '');
  return {
    months: new Map(data.months.flatMap((m) => m.names.map((name) => [fold(name), m.month] as const))),
    now: new Set(data.now.map(fold)),
    fillers: new Set(data.fillers.map(fold)),
  };
}
