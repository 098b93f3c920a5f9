import * as z from 'zod';
import { MAX_TEXT_CHARS } from './resumeSections.js';

export { MAX_TEXT_CHARS, RESUME_SECTIONS } from './resumeSections.js';

/**
 * The JSON Resume schema (@jsonresume/schema 1.3.1), as the shape this reader expects: nothing
 * is required, unknown keys pass, empty strings mean "not given". A document that does not fit
 * is not refused: readJsonResume.ts reads or leaves out each value that does not, with a
 * warning. Dates are any text here; resumeToProfile reads them (profile/readDate.ts). URL and
 * e-mail formats are not checked: nothing here reads them.
 */

const text = z.string().max(MAX_TEXT_CHARS);
/** An element that could not be read is left as a hole, so the others keep their JSON paths. */
const list = <T extends z.ZodType>(item: T) => z.array(item.optional());
const texts = list(text);
const date = z.string();
/** A job's `"endDate": null` is read as a current job, as `"Present"` is (with a warning). */
const jobEndDate = z.union([z.string(), z.null()]);

const loose = z.looseObject;

const work = loose({
  name: text.optional(),
  company: text.optional(),
  location: text.optional(),
  description: text.optional(),
  position: text.optional(),
  url: text.optional(),
  startDate: date.optional(),
  endDate: jobEndDate.optional(),
  summary: text.optional(),
  highlights: texts.optional(),
  keywords: texts.optional(),
});

const volunteer = loose({
  organization: text.optional(),
  name: text.optional(),
  company: text.optional(),
  description: text.optional(),
  position: text.optional(),
  url: text.optional(),
  startDate: date.optional(),
  endDate: jobEndDate.optional(),
  summary: text.optional(),
  highlights: texts.optional(),
  keywords: texts.optional(),
});

const education = loose({
  institution: text.optional(),
  url: text.optional(),
  area: text.optional(),
  studyType: text.optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  score: text.optional(),
  courses: texts.optional(),
});

/** Sections whose entries real résumés often give as plain names (`"skills": ["Jira", "Scrum"]`). */
const orName = <T extends z.ZodType>(entry: T) => z.union([entry, text]);

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
    profiles: list(loose({ network: text.optional(), username: text.optional(), url: text.optional() })).optional(),
  }).optional(),
  work: list(work).optional(),
  volunteer: list(volunteer).optional(),
  education: list(education).optional(),
  awards: list(orName(loose({ title: text.optional(), date: text.optional(), awarder: text.optional(), summary: text.optional() }))).optional(),
  certificates: list(orName(loose({ name: text.optional(), date: date.optional(), url: text.optional(), issuer: text.optional() }))).optional(),
  publications: list(loose({ name: text.optional(), publisher: text.optional(), releaseDate: text.optional(), url: text.optional(), summary: text.optional() })).optional(),
  skills: z
    .union([
      list(orName(loose({ name: text.optional(), level: text.optional(), keywords: texts.optional() }))),
      // `"skills": {"languages": ["Go", "Rust"]}`: groups by name, as some résumé themes write them.
      z.record(z.string(), z.union([texts, text]).optional()),
    ])
    .optional(),
  languages: list(orName(loose({ language: text.optional(), fluency: text.optional() }))).optional(),
  interests: list(orName(loose({ name: text.optional(), keywords: texts.optional() }))).optional(),
  references: list(loose({ name: text.optional(), reference: text.optional() })).optional(),
  projects: list(
    loose({
      name: text.optional(),
      description: text.optional(),
      highlights: texts.optional(),
      keywords: texts.optional(),
      startDate: date.optional(),
      endDate: date.optional(),
      url: text.optional(),
      roles: texts.optional(),
      entity: text.optional(),
      type: text.optional(),
    }),
  ).optional(),
  meta: loose({ canonical: text.optional(), version: text.optional(), lastModified: text.optional() }).optional(),
});

export type JsonResume = z.output<typeof jsonResumeSchema>;
