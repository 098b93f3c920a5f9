import type { Problem } from '../problem.js';
import { zodProblems } from '../zodProblems.js';
import { criterionKeysByKind, rubricFileSchema, type RubricFile } from './schema.js';

/** A rubric file as written, validated, with a way to point back into its text. */
export interface RubricSource {
  file: RubricFile;
  source: string;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
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
          message: 'a rubric is a YAML mapping with id, title, criteria…',
          source,
          line: 1,
          column: 1,
          hint: 'run `tpm-assess rubrics show tpm` to see one',
        },
      ],
    };
  }
  const value = data as Record<string, unknown>;
  const result = rubricFileSchema.safeParse(value);
  if (!result.success) {
    const valueAt = (path: readonly PropertyKey[]) =>
      path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), value);
    const knownKeys = (path: readonly PropertyKey[]) => {
      if (path.length === 0) return topKeys;
      if (path[0] === 'sources') return sourceKeys;
      if (path[0] === 'criteria' && path.length === 2) {
        const kind = (valueAt(path) as { kind?: unknown } | undefined)?.kind;
        return (typeof kind === 'string' && criterionKeysByKind.get(kind)) || allCriterionKeys;
      }
      return undefined;
    };
    return { problems: zodProblems(result.error.issues, { source, locate, knownKeys, valueAt }) };
  }
  return { rubric: { file: result.data, source, locate }, problems: [] };
}

export { allCriterionKeys };
