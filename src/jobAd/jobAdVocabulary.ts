import * as z from 'zod';
import { DEGREE_LEVELS } from '../profile/profile.js';
import { createMatcher, type Matcher } from '../vocabulary/matcher.js';
import jobAdsData from '../../rubrics/vocabulary/job-ads.yaml';

const words = z.array(z.string().min(1)).min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** rubrics/vocabulary/job-ads.yaml: how ads say what they ask for. */
export const jobAdsFileSchema = z.strictObject({
  headings: z.strictObject({ requirements: words, preferred: words, responsibilities: words, other: words }),
  preferred: words,
  required: words,
  equivalentExperience: words,
  equivalentYears: z.partialRecord(z.enum(DEGREE_LEVELS), z.number().positive().max(20)),
  relatedField: words,
  relatedFieldGroups: z.array(z.array(id).min(2)),
  degreeWords: words,
  yearWords: words,
  numbers: z.record(z.string().min(1), z.number().int().positive().max(60)),
  contractTerm: words,
  activities: z.array(z.strictObject({ families: z.array(id).min(1), aliases: words })),
  customerFacing: words,
  negations: words,
  notNegations: words,
  remote: words,
});
export type JobAdsFile = z.output<typeof jobAdsFileSchema>;

export type Section = 'requirements' | 'preferred' | 'responsibilities' | 'other';

/** The job-ad vocabulary compiled into matchers, once per run. */
export interface JobAdVocabulary {
  file: JobAdsFile;
  /** Heading text (lower case, without a trailing colon) -> the section it opens. */
  headings: ReadonlyMap<string, Section>;
  preferred: Matcher<true>;
  required: Matcher<true>;
  equivalentExperience: Matcher<true>;
  relatedField: Matcher<true>;
  degreeWords: Matcher<true>;
  contractTerm: Matcher<true>;
  activities: Matcher<readonly string[]>;
  customerFacing: Matcher<true>;
  /** Words that deny what follows them in a clause ("is not a consulting unit"). */
  negations: Matcher<true>;
  /** Phrases with a negation word that add rather than deny ("not limited to", "not only"). */
  notNegations: Matcher<true>;
  remote: Matcher<true>;
}

const flag = (aliases: readonly string[]) => createMatcher(aliases.map((alias) => ({ alias, value: true as const })));

let compiled: JobAdVocabulary | undefined;

/** The embedded file is checked against its schema by the test suite, so it is trusted here. */
export function jobAdVocabulary(): JobAdVocabulary {
  compiled ??= compile(jobAdsData as JobAdsFile);
  return compiled;
}

export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_#:：\s]+$/u, '')
    .replace(/^[*_#\s]+/u, '')
    .replace(/\s+/g, ' ')
    .replace(/[’]/g, "'");
}

function compile(file: JobAdsFile): JobAdVocabulary {
  const headings = new Map<string, Section>();
  for (const section of ['requirements', 'preferred', 'responsibilities', 'other'] as const) {
    for (const h of file.headings[section]) headings.set(headingKey(h), section);
  }
  return {
    file,
    headings,
    preferred: flag(file.preferred),
    required: flag(file.required),
    equivalentExperience: flag(file.equivalentExperience),
    relatedField: flag(file.relatedField),
    degreeWords: flag(file.degreeWords),
    contractTerm: flag(file.contractTerm),
    activities: createMatcher(file.activities.flatMap((a) => a.aliases.map((alias) => ({ alias, value: a.families })))),
    customerFacing: flag(file.customerFacing),
    negations: flag(file.negations),
    notNegations: flag(file.notNegations),
    remote: flag(file.remote),
  };
}
