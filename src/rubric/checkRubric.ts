import type { z } from 'zod';
import type { Problem } from '../problem.js';
import { valueAt, zodProblems } from '../zodProblems.js';
import type { LadderFile } from './ladderSchema.js';
import { criterionKeysByKind, rubricFileSchema, type RubricFile } from './schema.js';

/** A rubric file as written, validated, with a way to point back into its text. */
export interface RubricSource {
  file: RubricFile;
  source: string;
  /** Where a path is in the file; `part: 'key'` points at the key rather than its value. */
  locate(path: readonly PropertyKey[], part?: 'key' | 'value'): { line: number; column: number };
  /** A ladder (see checkLadder): `file` then holds only its header, and the levels are here. */
  ladder?: LadderFile;
  /** One of the library's own rubrics: a problem it takes part in is the user's file's to fix. */
  embedded?: boolean;
}

const topKeys = Object.keys(rubricFileSchema.shape);
const sourceKeys = ['id', 'title', 'ref'];
const allCriterionKeys = [...new Set([...criterionKeysByKind.values()].flat())];

/**
 * Pass 2 of validation: the schema, for rubric data already parsed (YAML files by
 * readRubricFile, the embedded library at build time). Every problem is returned, none thrown.
 */
export function checkRubric(data: unknown, source: string, locate: RubricSource['locate']): { rubric?: RubricSource; problems: Problem[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [
        {
          code: 'rubric-not-a-mapping',
          message: `expected a rubric, a mapping of keys (id:, title:, criteria: …), got ${what(data)}`,
          source,
          ...locate([]),
          hint: 'start with id:, title:, version:, description: and criteria:, or extends: tpm',
        },
      ],
    };
  }
  const value = data as Record<string, unknown>;
  const result = rubricFileSchema.safeParse(value);
  const issues = [...(result.success ? [] : result.error.issues), ...protoKeys(value)];
  if (issues.length) {
    const knownKeys = (path: readonly PropertyKey[]) => {
      if (path.length === 0) return topKeys;
      if (path[0] === 'sources') return sourceKeys;
      if (path[0] === 'criteria' && path.length === 2) {
        const kind = (valueAt(value, path) as { kind?: unknown } | undefined)?.kind;
        return (typeof kind === 'string' && criterionKeysByKind.get(kind)) || allCriterionKeys;
      }
      return undefined;
    };
    const problems = zodProblems(issues, { source, locate, knownKeys, input: value });
    // In the order of the file, as a compiler reports them.
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { problems };
  }
  return { rubric: { file: result.data!, source, locate }, problems: [] };
}

function what(data: unknown): string {
  if (data === null || data === undefined) return 'an empty file';
  if (Array.isArray(data)) return 'a list';
  return `a single value (${typeof data === 'string' ? `"${data.slice(0, 40)}"` : String(data)})`;
}

/**
 * `__proto__` keys under override. The schema's strict objects report a `__proto__` key as
 * unknown, but its records (override ids, and the fields each override changes) skip it without
 * a word, which would silently drop what the user wrote. Say so instead.
 */
function protoKeys(value: Record<string, unknown>): z.core.$ZodIssue[] {
  const issue = (path: PropertyKey[], input: unknown): z.core.$ZodIssue =>
    ({ code: 'unrecognized_keys', keys: ['__proto__'], path, input, message: 'Unrecognized key: "__proto__"' }) as z.core.$ZodIssue;
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const override = value.override;
  if (!isRecord(override)) return [];
  const out: z.core.$ZodIssue[] = [];
  if (Object.hasOwn(override, '__proto__')) out.push(issue(['override'], override));
  for (const [id, changes] of Object.entries(override)) {
    if (isRecord(changes) && Object.hasOwn(changes, '__proto__')) out.push(issue(['override', id], changes));
  }
  return out;
}

