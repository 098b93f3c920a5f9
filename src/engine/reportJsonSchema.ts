import * as z from 'zod';
import { assessmentSchema, fitReportSchema } from './assessment.js';

/**
 * The JSON Schema of `assess --format json`: one assessment, or with several rubrics the
 * role-fit report (batch lines add `record`). Generated from the zod schemas the tests
 * validate every report against.
 */
export function reportJsonSchema(kind: 'assessment' | 'fit' = 'assessment'): object {
  const schema = kind === 'fit' ? fitReportSchema : assessmentSchema;
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-07', io: 'output' }) as Record<string, unknown>;
  const description = kind === 'fit' ? 'Role fit: one candidate scored against several rubrics, closest role first.' : 'One assessment: a candidate scored against one rubric.';
  return { $schema, title: `tpm-assess ${kind === 'fit' ? 'role-fit report' : 'report'}`, description, ...rest };
}
