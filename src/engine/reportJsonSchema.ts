import * as z from 'zod';
import { assessmentSchema } from './assessment.js';

/**
 * The JSON Schema of `assess --format json` (one assessment; batch lines add `record`),
 * generated from the same zod schema the tests validate every report against.
 */
export function reportJsonSchema(): object {
  const { $schema, ...rest } = z.toJSONSchema(assessmentSchema, { target: 'draft-07', io: 'output' }) as Record<string, unknown>;
  return { $schema, title: 'tpm-assess report', description: 'One assessment: a candidate scored against one rubric.', ...rest };
}
