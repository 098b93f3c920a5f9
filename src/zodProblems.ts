import type { z } from 'zod';
import { formatPath, type Problem } from './problem.js';
import { nearest } from './suggest.js';

export interface IssueContext {
  source?: string;
  /** Line and column of a path; `part: 'key'` asks for the key itself rather than its value. */
  locate?: (path: readonly PropertyKey[], part?: 'key' | 'value') => { line: number; column: number };
  /** The keys allowed in the object at a path, for "did you mean" on unknown keys. */
  knownKeys?: (path: readonly PropertyKey[]) => readonly string[] | undefined;
  /** The document validated, to say what was received at a path. */
  input?: unknown;
}

/** The value at a path in a parsed document, or undefined. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
}

/**
 * Turns zod issues into located problems with wording a person can act on. Messages read as
 * "expected X, got Y"; a key that is not there reads "required key is missing, expected X".
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  // A misspelt key is reported once, as unknown with its correction, not also as a missing one.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const { problem, guess } = unknownKey(issue.path, key, ctx);
        problems.push(problem);
        if (guess) suggested.add(formatPath([...issue.path, guess]));
      }
      continue;
    }
    const path = issue.path;
    if (issue.code === 'invalid_key') {
      problems.push(invalidKey(issue, ctx));
      continue;
    }
    const missing = isMissing(path, ctx);
    const { message, hint } = describe(issue, valueAt(ctx.input, path), missing);
    const code = missing ? 'schema-missing-key' : `schema-${issue.code.replaceAll('_', '-')}`;
    problems.push(located({ code, message, path: formatPath(path), ...(hint && { hint }) }, path, ctx));
  }
  return problems.filter((p) => !(p.code === 'schema-missing-key' && suggested.has(p.path ?? '')));
}

function unknownKey(parent: readonly PropertyKey[], key: string, ctx: IssueContext): { problem: Problem; guess: string | undefined } {
  const path = [...parent, key];
  const known = ctx.knownKeys?.(parent) ?? [];
  const guess = nearest(key, known);
  const problem = located(
    {
      code: 'schema-unknown-key',
      message: `unknown key "${key}"`,
      path: formatPath(path),
      hint: guess ? `did you mean ${guess}?` : known.length ? `expected one of: ${known.join(', ')}` : 'remove it',
    },
    path,
    ctx,
    'key',
  );
  return { problem, guess };
}

/** A key that breaks the rule of a record's keys, such as an override id in capitals. */
function invalidKey(issue: z.core.$ZodIssue & { code: 'invalid_key' }, ctx: IssueContext): Problem {
  const key = issue.path[issue.path.length - 1];
  const inner = issue.issues[0];
  const { message, hint } = inner
    ? describe({ ...inner, path: [] } as z.core.$ZodIssue, key, false)
    : { message: `the key ${received(key)} is not allowed here`, hint: undefined };
  return located(
    { code: 'schema-invalid-key', message: `invalid key: ${message}`, path: formatPath(issue.path), ...(hint && { hint }) },
    issue.path,
    ctx,
    'key',
  );
}

/** True when the object holding the last step of the path exists but has no such key. */
function isMissing(path: readonly PropertyKey[], ctx: IssueContext): boolean {
  if (ctx.input === undefined || path.length === 0) return false;
  const parent = valueAt(ctx.input, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, path[path.length - 1]!);
}

function located(problem: Problem, path: readonly PropertyKey[], ctx: IssueContext, part: 'key' | 'value' = 'value'): Problem {
  return { ...problem, ...(ctx.source !== undefined && { source: ctx.source }), ...ctx.locate?.(path, part) };
}

function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}

const article: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function described(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type') return article[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map(String).join(', ')}`;
  return undefined;
}

/** `expected X, got Y`, or `required key is missing, expected X` when there is no Y. */
function expectation(expected: string, value: unknown, missing: boolean): string {
  return missing ? `required key is missing, expected ${expected}` : `expected ${expected}, got ${received(value)}`;
}

function didYouMean(value: unknown, options: readonly string[]): { hint?: string } {
  const guess = typeof value === 'string' ? nearest(value, options) : undefined;
  return guess ? { hint: `did you mean ${guess}?` } : {};
}

function describe(issue: z.core.$ZodIssue, value: unknown, missing: boolean): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { message: expectation(described(issue)!, value, missing) };
    case 'invalid_union': {
      // A discriminated union (criterion kinds) lists the values its discriminator accepts.
      const options = 'options' in issue ? (issue.options as unknown[]).map(String) : [];
      if (options.length) return { message: expectation(`one of ${options.join(', ')}`, value, missing), ...didYouMean(value, options) };
      // A plain union: say what each branch wanted, when each wanted one simple thing.
      const wanted = issue.errors.map((branch) => (branch.length === 1 && branch[0]!.path.length === 0 ? described(branch[0]!) : undefined));
      if (wanted.length && wanted.every((w) => w !== undefined)) {
        return { message: expectation([...new Set(wanted)].join(' or '), value, missing) };
      }
      return { message: missing ? 'required key is missing' : `does not match any accepted form (got ${received(value)})` };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      return { message: expectation(`one of ${options.join(', ')}`, value, missing), ...didYouMean(value, options) };
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return { message: `needs at least ${n} ${n === 1 ? 'item' : 'items'}, got ${received(value)}` };
      if (issue.origin === 'string') return { message: 'must not be empty' };
      return { message: `must be ${issue.inclusive ? 'at least' : 'more than'} ${n}, got ${received(value)}` };
    }
    case 'too_big':
      return { message: `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, got ${received(value)}` };
    case 'invalid_format':
      return describeFormat(issue, value);
    default:
      return { message: `${issue.message} (got ${received(value)})` };
  }
}

/**
 * A string that does not match a pattern. A schema's own message names what is wanted ("an id
 * of lowercase letters…"); when a tidied-up value would match, it is offered as the fix.
 */
function describeFormat(issue: z.core.$ZodIssue & { code: 'invalid_format' }, value: unknown): { message: string; hint?: string } {
  const custom = !/^Invalid /.test(issue.message);
  if (issue.format !== 'regex' || !('pattern' in issue) || typeof issue.pattern !== 'string') {
    return { message: `expected ${custom ? issue.message : issue.format}, got ${received(value)}` };
  }
  if (typeof value !== 'string') return { message: custom ? `expected ${issue.message}` : `must match the pattern ${issue.pattern}` };
  const message = custom ? `${received(value)} is not ${issue.message}` : `${received(value)} does not match the pattern ${issue.pattern}`;
  const parts = /^\/(.*)\/([a-z]*)$/s.exec(issue.pattern);
  const tidy = value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (parts && tidy && tidy !== value && new RegExp(parts[1]!, parts[2]).test(tidy)) return { message, hint: `did you mean ${tidy}?` };
  return { message };
}
