import type { z } from 'zod';
import { formatPath, type Problem, type Result, fail, ok } from '../../problem.js';
import { groupDigits } from '../../groupDigits.js';
import { valueAt } from '../../zodProblems.js';
import { jsonResumeSchema, MAX_TEXT_CHARS, RESUME_SECTIONS, type JsonResume } from './jsonResumeSchema.js';
import { fitsJsonResume } from './resumeShape.js';

type Path = readonly PropertyKey[];

/** One value that does not fit the schema: where, and what the schema wanted there. */
interface Misfit {
  path: Path;
  expected: ReadonlySet<string>;
  tooLong: boolean;
}

const MAX_ROUNDS = 4;

/**
 * A JSON object -> a JSON Resume, value by value. Each value that does not fit the schema (a
 * `null`, a list where a text belongs, a text where an object belongs, a 50 MB text) is read
 * the way a person would read it, or left out, with a warning naming its JSON path; the rest
 * of the résumé is read as usual. Refused only when no section of a résumé is left.
 * A document that fits costs one plain shape check (resumeShape.ts), read as it is; zod, the
 * schema's source of truth, runs only on one that does not, to say what and to repair it, on a
 * copy.
 */
export function readJsonResume(document: Record<string, unknown>): Result<JsonResume> {
  if (fitsJsonResume(document)) {
    return RESUME_SECTIONS.some((s) => document[s] !== undefined) ? ok(document, []) : fail([noSections(document)], []);
  }
  const warnings: Problem[] = [];
  let parsed = jsonResumeSchema.safeParse(document);
  let copy: Record<string, unknown> | undefined;
  for (let round = 0; !parsed.success && round < MAX_ROUNDS; round++) {
    copy ??= structuredClone(document);
    for (const misfit of misfits(parsed.error.issues)) repair(copy, misfit, warnings, round === MAX_ROUNDS - 1);
    parsed = jsonResumeSchema.safeParse(copy);
  }
  if (!parsed.success) {
    // Not expected (each round leaves out what did not fit); if it happens, lose sections, not the résumé.
    for (const issue of parsed.error.issues) {
      const section = issue.path[0];
      if (copy && typeof section === 'string' && section in copy) {
        delete copy[section];
        warnings.push({ code: 'resume-value-left-out', message: 'could not be read; left out', path: section, hint: 'see https://jsonresume.org/schema for the shape of each section' });
      }
    }
    parsed = jsonResumeSchema.safeParse(copy);
    if (!parsed.success) throw new Error('readJsonResume: the document does not fit after its sections were left out');
  }
  const resume = parsed.data;
  if (!RESUME_SECTIONS.some((s) => resume[s] !== undefined)) return fail([noSections(document)], warnings);
  return ok(resume, warnings);
}

function noSections(document: Record<string, unknown>): Problem {
  const keys = Object.keys(document);
  const found = keys.length ? `; it has ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 5 ? ', …' : ''}` : '';
  return {
    code: 'resume-no-sections',
    message: `is not a résumé: no JSON Resume section that can be read (${RESUME_SECTIONS.join(', ')})${found}`,
    hint: 'a JSON Resume document is an object with sections such as "basics", "work" and "education"; see https://jsonresume.org/schema',
  };
}

/** zod issues -> one misfit per value; a union is looked into for the branch the value's type chose. */
function misfits(issues: readonly z.core.$ZodIssue[], prefix: Path = []): Misfit[] {
  const out: Misfit[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0 || i.code === 'too_big'));
      if (deeper) out.push(...misfits(deeper, path));
      else out.push({ path, expected: new Set(issue.errors.flatMap((b) => b.map((i) => (i.code === 'invalid_type' ? i.expected : 'value')))), tooLong: false });
    } else if (issue.code === 'invalid_type') {
      out.push({ path, expected: new Set([issue.expected]), tooLong: false });
    } else {
      out.push({ path, expected: new Set(['string']), tooLong: issue.code === 'too_big' });
    }
  }
  return out;
}

function repair(root: Record<string, unknown>, misfit: Misfit, warnings: Problem[], dropOnly: boolean): void {
  const { path, expected } = misfit;
  if (path.length === 0) return;
  const parent = valueAt(root, path.slice(0, -1)) as Record<PropertyKey, unknown> | unknown[];
  if (parent === null || typeof parent !== 'object') return;
  const key = path[path.length - 1]!;
  const value = (parent as Record<PropertyKey, unknown>)[key];
  const where = formatPath(path);
  const set = (v: unknown) => {
    if (Array.isArray(parent)) parent[key as number] = v;
    else if (v === undefined) delete parent[key as string];
    else parent[key as string] = v;
  };
  const warn = (code: string, message: string, hint: string) => warnings.push({ code, message, path: where, hint });

  if (misfit.tooLong && typeof value === 'string') {
    set(value.slice(0, MAX_TEXT_CHARS));
    warn('resume-text-cut', `is ${groupDigits(value.length)} characters long; only the first ${groupDigits(MAX_TEXT_CHARS)} are read`, 'shorten it');
    return;
  }
  // An empty text means "not given", whatever belonged there (`"location": ""`).
  if (value === '' && !expected.has('string')) {
    set(undefined);
    return;
  }
  const wanted = describeExpected(expected);
  if (!dropOnly && expected.has('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    set(String(value));
    warn('resume-value-read-as-text', `expected ${wanted}, got ${String(value)}; read as the text "${String(value)}"`, 'put the value in quotes');
    return;
  }
  if (!dropOnly && expected.has('string') && Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    set(value.join('\n'));
    warn('resume-list-read-as-text', `expected ${wanted}, got a list of ${value.length} texts; read as one text, a line each`, 'join the lines into one text');
    return;
  }
  if (!dropOnly && expected.has('array') && typeof value === 'string') {
    set([value]);
    warn('resume-text-read-as-list', `expected ${wanted}, got a text; read as a list of one`, 'put the text in a list: ["…"]');
    return;
  }
  set(undefined);
  if (value === null) warn('resume-null-value', `is null; read as not given`, 'leave the key out when there is no value');
  else warn('resume-value-left-out', `expected ${wanted}, got ${received(value)}; left out`, 'see https://jsonresume.org/schema for the shape of each section');
}

const NAMES: Record<string, string> = { string: 'a text', array: 'a list', object: 'an object', null: 'null', number: 'a number' };

function describeExpected(expected: ReadonlySet<string>): string {
  const names = [...expected].filter((e) => e !== 'null' && e !== 'value').map((e) => NAMES[e] ?? e);
  return [...new Set(names)].join(' or ') || 'another value';
}

function received(value: unknown): string {
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (value && typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}
