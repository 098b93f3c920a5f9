import type { z } from 'zod';
import type { DegreeLevel } from '../profile/profile.js';
import type { Problem } from '../problem.js';
import { zodProblems } from '../zodProblems.js';
import { foldText, type DateWords } from '../profile/readDate.js';
import credentialsData from '../../rubrics/vocabulary/credentials.yaml';
import datesData from '../../rubrics/vocabulary/dates.yaml';
import degreesData from '../../rubrics/vocabulary/degrees.yaml';
import engagementData from '../../rubrics/vocabulary/engagement.yaml';
import rolesData from '../../rubrics/vocabulary/roles.yaml';
import termsData from '../../rubrics/vocabulary/terms.yaml';
import { createMatcher, type Matcher } from './matcher.js';
import {
  credentialsFileSchema,
  datesFileSchema,
  degreesFileSchema,
  engagementFileSchema,
  rolesFileSchema,
  termsFileSchema,
  type CredentialDef,
  type EngagementCue,
  type TermDef,
} from './schema.js';

/** An engagement cue ready to test: one regex, compiled once per run. */
export interface CompiledCue {
  side: 'external' | 'internal';
  weight: number;
  in: 'title' | 'employer' | 'body' | 'any';
  regex: RegExp;
}

function compileCue(cue: EngagementCue, side: CompiledCue['side']): CompiledCue {
  // Patterns are plain JavaScript regular expressions without the u flag, so that the usual
  // character classes such as [\w-] are allowed in the YAML.
  const source =
    'pattern' in cue
      ? cue.pattern
      : `(?<![\\w])${cue.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/\s+/g, '[\\s-]+')}(?![\\w])`;
  return { side, weight: cue.weight, in: cue.in ?? 'any', regex: new RegExp(source, 'i') };
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
  degreeLevelMatcher: Matcher<DegreeLevel>;
  /** Education entries that are training, not degrees ("Course", "Bootcamp"). */
  notDegreeMatcher: Matcher<true>;
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
  terms: ReadonlyMap<string, TermDef>;
  termMatcher: Matcher<string>;
  engagementCues: readonly CompiledCue[];
  /** Month names and now-words for reading dates (vocabulary/dates.yaml). */
  dates: DateWords;
}

const files = {
  'credentials.yaml': { data: credentialsData, schema: credentialsFileSchema },
  'dates.yaml': { data: datesData, schema: datesFileSchema },
  'degrees.yaml': { data: degreesData, schema: degreesFileSchema },
  'engagement.yaml': { data: engagementData, schema: engagementFileSchema },
  'roles.yaml': { data: rolesData, schema: rolesFileSchema },
  'terms.yaml': { data: termsData, schema: termsFileSchema },
};

/**
 * The embedded vocabularies against their schemas. They are fixed at build time, so this runs
 * in the test suite rather than at every start-up (where it cost a third of the start time).
 */
export function checkVocabularyFiles(): Problem[] {
  return Object.entries(files).flatMap(([name, { data, schema }]) => {
    const result = (schema as z.ZodType).safeParse(data);
    return result.success ? [] : zodProblems(result.error.issues, { source: `rubrics/vocabulary/${name}` });
  });
}

const trusted = <S extends z.ZodType>(data: unknown, _schema: S) => data as z.output<S>;

let compiled: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  compiled ??= compile();
  return compiled;
}

function compile(): Vocabulary {
  const { credentials, notHeld, notHeldAfter } = trusted(credentialsData, credentialsFileSchema);
  const degrees = trusted(degreesData, degreesFileSchema);
  const { families: roles, modifiers } = trusted(rolesData, rolesFileSchema);
  const terms = trusted(termsData, termsFileSchema).terms;
  const engagement = trusted(engagementData, engagementFileSchema);
  return {
    credentials: new Map(credentials.map((c) => [c.id, c])),
    credentialMatcher: createMatcher(credentials.flatMap((c) => c.aliases.map((alias) => ({ alias, value: c.id })))),
    notHeldMatcher: createMatcher(notHeld.map((alias) => ({ alias, value: true as const }))),
    notHeldAfterMatcher: createMatcher(notHeldAfter.map((alias) => ({ alias, value: true as const }))),
    credentialNameMatcher: createMatcher(credentials.flatMap((c) => c.aliases.map((alias) => ({ alias: typeof alias === 'string' ? alias : alias.text, value: c.id })))),
    degreeLevelMatcher: createMatcher(degrees.levels.flatMap((l) => l.aliases.map((alias) => ({ alias, value: l.level })))),
    notDegreeMatcher: createMatcher(degrees.notDegrees.map((alias) => ({ alias, value: true as const }))),
    degreeFields: new Map(degrees.fields.map((f) => [f.id, f.title])),
    degreeFieldMatcher: createMatcher(degrees.fields.flatMap((f) => f.aliases.map((alias) => ({ alias, value: f.id })))),
    roleFamilies: new Map(roles.map((r) => [r.id, r.title])),
    roleTitles: new Map(roles.map((r) => [r.id, r.aliases.map((a) => (typeof a === 'string' ? a : a.text))])),
    titleModifiers: new Set(modifiers.map(foldText)),
    exclusiveFamilies: new Set(roles.filter((r) => r.exclusive).map((r) => r.id)),
    roleMatchers: new Map(roles.map((r) => [r.id, createMatcher(r.aliases.map((alias) => ({ alias, value: true as const })))])),
    terms: new Map(terms.map((t) => [t.id, t])),
    termMatcher: createMatcher(terms.flatMap((t) => t.aliases.map((alias) => ({ alias, value: t.id })))),
    engagementCues: [
      ...engagement.external.map((c) => compileCue(c, 'external')),
      ...engagement.internal.map((c) => compileCue(c, 'internal')),
    ],
    dates: compileDates(trusted(datesData, datesFileSchema)),
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
