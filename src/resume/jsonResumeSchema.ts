import * as z from 'zod';
import { parseDay } from '../profile/day.js';

/**
 * The JSON Resume schema (@jsonresume/schema 1.3.1), as tolerant as real résumés need:
 * nothing is required, unknown keys pass, empty strings mean "not given". Types are checked,
 * since a `null` where text belongs is an error the schema's own tests expect to fail. Dates
 * must be real calendar dates, because years of experience are computed from them. URL and
 * e-mail formats are not checked: nothing here reads them.
 */

const text = z.string();
const texts = z.array(z.string());

const DATE_HINT = 'expected a date like 2019-04 (YYYY, YYYY-MM or YYYY-MM-DD)';
const date = z.string().refine((s) => s === '' || parseDay(s, 'start') !== null, { message: DATE_HINT });

/** Words people use for "still in this job", although the schema wants the key left out. */
export const ONGOING = /^(present|current|now|ongoing|today|till date|to date)$/i;
const endDate = z
  .union([z.string(), z.null()])
  .refine((s) => s === null || s === '' || ONGOING.test(s.trim()) || parseDay(s, 'end') !== null, { message: DATE_HINT });

const loose = z.looseObject;

const work = loose({
  name: text.optional(),
  company: text.optional(),
  location: text.optional(),
  description: text.optional(),
  position: text.optional(),
  url: text.optional(),
  startDate: date.optional(),
  endDate: endDate.optional(),
  summary: text.optional(),
  highlights: texts.optional(),
  keywords: texts.optional(),
});

const volunteer = loose({
  organization: text.optional(),
  position: text.optional(),
  url: text.optional(),
  startDate: date.optional(),
  endDate: endDate.optional(),
  summary: text.optional(),
  highlights: texts.optional(),
});

const education = loose({
  institution: text.optional(),
  url: text.optional(),
  area: text.optional(),
  studyType: text.optional(),
  startDate: date.optional(),
  endDate: endDate.optional(),
  score: text.optional(),
  courses: texts.optional(),
});

export const jsonResumeSchema = loose({
  $schema: text.optional(),
  basics: loose({
    name: text.optional(),
    label: text.optional(),
    image: text.optional(),
    email: text.optional(),
    phone: text.optional(),
    url: text.optional(),
    summary: text.optional(),
    location: loose({
      address: text.optional(),
      postalCode: text.optional(),
      city: text.optional(),
      countryCode: text.optional(),
      region: text.optional(),
    }).optional(),
    profiles: z.array(loose({ network: text.optional(), username: text.optional(), url: text.optional() })).optional(),
  }).optional(),
  work: z.array(work).optional(),
  volunteer: z.array(volunteer).optional(),
  education: z.array(education).optional(),
  awards: z.array(loose({ title: text.optional(), date: text.optional(), awarder: text.optional(), summary: text.optional() })).optional(),
  certificates: z.array(loose({ name: text.optional(), date: date.optional(), url: text.optional(), issuer: text.optional() })).optional(),
  publications: z
    .array(loose({ name: text.optional(), publisher: text.optional(), releaseDate: text.optional(), url: text.optional(), summary: text.optional() }))
    .optional(),
  skills: z.array(loose({ name: text.optional(), level: text.optional(), keywords: texts.optional() })).optional(),
  languages: z.array(loose({ language: text.optional(), fluency: text.optional() })).optional(),
  interests: z.array(loose({ name: text.optional(), keywords: texts.optional() })).optional(),
  references: z.array(loose({ name: text.optional(), reference: text.optional() })).optional(),
  projects: z
    .array(
      loose({
        name: text.optional(),
        description: text.optional(),
        highlights: texts.optional(),
        keywords: texts.optional(),
        startDate: date.optional(),
        endDate: endDate.optional(),
        url: text.optional(),
        roles: texts.optional(),
        entity: text.optional(),
        type: text.optional(),
      }),
    )
    .optional(),
  meta: loose({ canonical: text.optional(), version: text.optional(), lastModified: text.optional() }).optional(),
});

export type JsonResume = z.output<typeof jsonResumeSchema>;
