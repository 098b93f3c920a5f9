import * as z from 'zod';
import { ladderFileSchema } from './ladderSchema.js';
import { rubricFileSchema } from './schema.js';

/**
 * The JSON Schema (draft-07, which the YAML language server reads) of the rubric file format,
 * generated from the zod schema so the two cannot drift. `io: 'input'` describes what a person
 * writes (a `version` may be a number), not what the parser returns. Pure and deterministic:
 * keys come out in the order the zod schema declares them, so the checked-in
 * rubrics/rubric.schema.json only changes when the rubric language does.
 */
export function rubricJsonSchema(): object {
  // A file is a rubric or a ladder (the one with levels:).
  const generated = z.toJSONSchema(z.union([rubricFileSchema, ladderFileSchema]), { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'tpm-assess rubric',
    description: 'A competency model that tpm-assess scores résumés against, or a ladder of them (levels:). See rubrics/tpm.yaml and rubrics/tpm-ladder.yaml for examples.',
    ...rest,
  };
}

/** The schema as the file rubrics/rubric.schema.json holds it: 2-space indent, trailing newline. */
export function rubricJsonSchemaText(): string {
  return `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
}
