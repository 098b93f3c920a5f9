import type { z } from 'zod';
import type { DegreeLevel } from '../profile/profile.js';
import { parseYaml } from '../rubric/parseYaml.js';
import { zodProblems } from '../zodProblems.js';
import credentialsText from '../../rubrics/vocabulary/credentials.yaml';
import degreesText from '../../rubrics/vocabulary/degrees.yaml';
import engagementText from '../../rubrics/vocabulary/engagement.yaml';
import rolesText from '../../rubrics/vocabulary/roles.yaml';
import termsText from '../../rubrics/vocabulary/terms.yaml';
import { createMatcher, type Matcher } from './matcher.js';
import {
  credentialsFileSchema,
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
  degreeLevelMatcher: Matcher<DegreeLevel>;
  degreeFields: ReadonlyMap<string, string>;
  degreeFieldMatcher: Matcher<string>;
  roleFamilies: ReadonlyMap<string, string>;
  /** One matcher per family: a title such as "DevOps Project Manager" belongs to several. */
  roleMatchers: ReadonlyMap<string, Matcher<true>>;
  terms: ReadonlyMap<string, TermDef>;
  termMatcher: Matcher<string>;
  engagementCues: readonly CompiledCue[];
}

/** Embedded vocabulary files, by the name they have under rubrics/vocabulary/. */
export const vocabularyFiles: Readonly<Record<string, string>> = {
  'credentials.yaml': credentialsText,
  'degrees.yaml': degreesText,
  'engagement.yaml': engagementText,
  'roles.yaml': rolesText,
  'terms.yaml': termsText,
};

function read<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const text = vocabularyFiles[name] ?? '';
  const parsed = parseYaml(text, `rubrics/vocabulary/${name}`);
  const result = schema.safeParse(parsed.value);
  if (parsed.problems.length || !result.success) {
    // The vocabularies ship inside the binary and are tested: a failure here is a bug, not user input.
    const problems = parsed.problems.length
      ? parsed.problems
      : zodProblems(result.error!.issues, { source: name, locate: parsed.locate });
    throw new Error(`invalid embedded vocabulary ${name}: ${JSON.stringify(problems)}`);
  }
  return result.data;
}

let compiled: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  compiled ??= compile();
  return compiled;
}

function compile(): Vocabulary {
  const credentials = read('credentials.yaml', credentialsFileSchema).credentials;
  const degrees = read('degrees.yaml', degreesFileSchema);
  const roles = read('roles.yaml', rolesFileSchema).families;
  const terms = read('terms.yaml', termsFileSchema).terms;
  const engagement = read('engagement.yaml', engagementFileSchema);
  return {
    credentials: new Map(credentials.map((c) => [c.id, c])),
    credentialMatcher: createMatcher(credentials.flatMap((c) => c.aliases.map((alias) => ({ alias, value: c.id })))),
    degreeLevelMatcher: createMatcher(degrees.levels.flatMap((l) => l.aliases.map((alias) => ({ alias, value: l.level })))),
    degreeFields: new Map(degrees.fields.map((f) => [f.id, f.title])),
    degreeFieldMatcher: createMatcher(degrees.fields.flatMap((f) => f.aliases.map((alias) => ({ alias, value: f.id })))),
    roleFamilies: new Map(roles.map((r) => [r.id, r.title])),
    roleMatchers: new Map(roles.map((r) => [r.id, createMatcher(r.aliases.map((alias) => ({ alias, value: true as const })))])),
    terms: new Map(terms.map((t) => [t.id, t])),
    termMatcher: createMatcher(terms.flatMap((t) => t.aliases.map((alias) => ({ alias, value: t.id })))),
    engagementCues: [
      ...engagement.external.map((c) => compileCue(c, 'external')),
      ...engagement.internal.map((c) => compileCue(c, 'internal')),
    ],
  };
}
