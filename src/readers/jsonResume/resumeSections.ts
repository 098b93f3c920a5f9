// The JSON Resume constants that need no schema library: readers that do not load zod use them.

/**
 * What is read of any one text. Longer texts are cut, with a warning: no résumé field needs
 * more, and a 50 MB field would otherwise cost seconds and a gigabyte to search.
 */
export const MAX_TEXT_CHARS = 256 * 1024;

/** The sections of a JSON Resume document: an object with none of them is not a résumé. */
export const RESUME_SECTIONS = [
  'basics',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
  'meta',
] as const;
