import type { z } from 'zod';
import { formatPath, type Problem } from './problem.js';
import { nearest } from './suggest.js';

export interface IssueContext {
  source?: string;
  locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
  /** The keys allowed in the object at a path, for "did you mean" on unknown keys. */
  knownKeys?: (path: readonly PropertyKey[]) => readonly string[] | undefined;
  /** The value at a path, to say what was received. */
  valueAt?: (path: readonly PropertyKey[]) => unknown;
}

/** Turns zod issues into located problems with wording a person can act on. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(unknownKey(issue.path, key, ctx));
      continue;
    }
    const path = issue.path;
    const { message, hint } = describe(issue, ctx.valueAt?.(path));
    problems.push(located({ code: `schema-${issue.code.replaceAll('_', '-')}`, message, path: formatPath(path), hint }, path, ctx));
  }
  return problems;
}

function unknownKey(parent: readonly PropertyKey[], key: string, ctx: IssueContext): Problem {
  const path = [...parent, key];
  const known = ctx.knownKeys?.(parent) ?? [];
  const guess = nearest(key, known);
  return located(
    {
      code: 'schema-unknown-key',
      message: `unknown key "${key}"`,
      path: formatPath(path),
      hint: guess ? `did you mean ${guess}?` : known.length ? `expected one of: ${known.join(', ')}` : 'remove it',
    },
    path,
    ctx,
  );
}

function located(problem: Problem, path: readonly PropertyKey[], ctx: IssueContext): Problem {
  return { ...problem, ...(ctx.source !== undefined && { source: ctx.source }), ...ctx.locate?.(path) };
}

function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}

const article: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function describe(issue: z.core.$ZodIssue, value: unknown): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { message: `expected ${article[issue.expected] ?? issue.expected}, got ${received(value)}` };
    case 'invalid_union': {
      const options = 'options' in issue ? (issue.options as unknown[]).map(String) : [];
      if (options.length) {
        const guess = typeof value === 'string' ? nearest(value, options) : undefined;
        return {
          message: `expected one of ${options.join(', ')}, got ${received(value)}`,
          ...(guess && { hint: `did you mean ${guess}?` }),
        };
      }
      return { message: `does not match any accepted form (got ${received(value)})` };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof value === 'string' ? nearest(value, options) : undefined;
      return {
        message: `expected one of ${options.join(', ')}, got ${received(value)}`,
        ...(guess && { hint: `did you mean ${guess}?` }),
      };
    }
    case 'too_small':
      return {
        message:
          issue.origin === 'array'
            ? `needs at least ${String(issue.minimum)} item(s)`
            : issue.origin === 'string'
              ? 'must not be empty'
              : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${received(value)}`,
      };
    case 'too_big':
      return { message: `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, got ${received(value)}` };
    case 'invalid_format':
      return { message: `${issue.message.replace(/^Invalid string: /, '')}, got ${received(value)}` };
    default:
      return { message: `${issue.message} (got ${received(value)})` };
  }
}
