import type { JsonResume } from './jsonResumeSchema.js';
import { MAX_TEXT_CHARS } from './resumeSections.js';

/**
 * Whether a parsed JSON document fits the JSON Resume schema of jsonResumeSchema.ts exactly as
 * zod would decide it, by plain type checks: most résumés fit, and for them this is all the
 * validation there is (3x cheaper than zod, and no zod to load at start-up). zod stays the
 * source of truth: a document that does not fit is handed to it, to say what does not and to
 * repair it. test/readers/jsonResume/resumeShape.test.ts checks the two agree on every corpus document and
 * on every field set to each kind of value.
 */
export function fitsJsonResume(document: unknown): document is JsonResume {
  return fits(document, RESUME);
}

type Shape =
  | 'text'
  /** Any text, however long (dates are read, not searched). */
  | 'anyText'
  /** A text or null (a job's endDate: null is a current job). */
  | 'textOrNull'
  | { readonly object: Readonly<Record<string, Shape>> }
  /** A list whose elements fit the shape (a JSON list has no holes). */
  | { readonly list: Shape }
  /** An entry object, or a plain name as text. */
  | { readonly orName: Shape }
  /** skills: a list of entries or names, or groups by name of texts or a text. */
  | 'skills';

const texts: Shape = { list: 'text' };
const object = (fields: Record<string, Shape>): Shape => ({ object: fields });
const list = (item: Shape): Shape => ({ list: item });
const orName = (entry: Shape): Shape => ({ orName: entry });

const job = (first: Record<string, Shape>) =>
  object({
    ...first,
    description: 'text',
    position: 'text',
    url: 'text',
    startDate: 'anyText',
    endDate: 'textOrNull',
    summary: 'text',
    highlights: texts,
    keywords: texts,
  });

const SKILL = object({ name: 'text', level: 'text', keywords: texts });

const RESUME = object({
  $schema: 'text',
  basics: object({
    name: 'text',
    label: 'text',
    image: 'text',
    email: 'text',
    phone: 'text',
    url: 'text',
    summary: 'text',
    location: object({ address: 'text', postalCode: 'text', city: 'text', countryCode: 'text', region: 'text' }),
    profiles: list(object({ network: 'text', username: 'text', url: 'text' })),
  }),
  work: list(job({ name: 'text', company: 'text', location: 'text' })),
  volunteer: list(job({ organization: 'text', name: 'text', company: 'text' })),
  education: list(
    object({ institution: 'text', url: 'text', area: 'text', studyType: 'text', startDate: 'anyText', endDate: 'anyText', score: 'text', courses: texts }),
  ),
  awards: list(orName(object({ title: 'text', date: 'text', awarder: 'text', summary: 'text' }))),
  certificates: list(orName(object({ name: 'text', date: 'anyText', url: 'text', issuer: 'text' }))),
  publications: list(object({ name: 'text', publisher: 'text', releaseDate: 'text', url: 'text', summary: 'text' })),
  skills: 'skills',
  languages: list(orName(object({ language: 'text', fluency: 'text' }))),
  interests: list(orName(object({ name: 'text', keywords: texts }))),
  references: list(object({ name: 'text', reference: 'text' })),
  projects: list(
    object({
      name: 'text',
      description: 'text',
      highlights: texts,
      keywords: texts,
      startDate: 'anyText',
      endDate: 'anyText',
      url: 'text',
      roles: texts,
      entity: 'text',
      type: 'text',
    }),
  ),
  meta: object({ canonical: 'text', version: 'text', lastModified: 'text' }),
});

const isText = (value: unknown) => typeof value === 'string' && value.length <= MAX_TEXT_CHARS;
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function fits(value: unknown, shape: Shape): boolean {
  if (shape === 'text') return isText(value);
  if (shape === 'anyText') return typeof value === 'string';
  if (shape === 'textOrNull') return value === null || typeof value === 'string';
  if (shape === 'skills') {
    if (Array.isArray(value)) return everyFits(value, SKILL_OR_NAME);
    if (!isObject(value)) return false;
    // Groups by name: each a list of texts or one text (a key given as undefined cannot come from JSON).
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const group = value[key];
      if (!(isText(group) || (Array.isArray(group) && everyFits(group, 'text')))) return false;
    }
    return true;
  }
  if ('list' in shape) return Array.isArray(value) && everyFits(value, shape.list);
  if ('orName' in shape) return isText(value) || fits(value, shape.orName);
  if (!isObject(value)) return false;
  const fields = shape.object;
  // Unknown keys pass (loose objects); absent keys are not given. Only known keys are checked.
  for (const key in fields) {
    const field = value[key];
    if (field !== undefined && !fits(field, fields[key]!)) return false;
  }
  return true;
}

const SKILL_OR_NAME = orName(SKILL);

function everyFits(values: readonly unknown[], shape: Shape): boolean {
  for (const v of values) if (!fits(v, shape)) return false;
  return true;
}
