import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rubricJsonSchema, rubricJsonSchemaText } from '../../src/rubric/rubricJsonSchema.js';

const schemaFile = fileURLToPath(new URL('../../rubrics/rubric.schema.json', import.meta.url));
const tpmFile = fileURLToPath(new URL('../../rubrics/tpm.yaml', import.meta.url));
const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run test/rubric/rubricJsonSchema.test.ts';

describe('rubrics/rubric.schema.json', () => {
  it('is the JSON Schema generated from the zod rubric schema', () => {
    const generated = rubricJsonSchemaText();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, generated);
    let onDisk = '';
    try {
      onDisk = readFileSync(schemaFile, 'utf8');
    } catch {
      expect.fail(`rubrics/rubric.schema.json is missing; generate it with: ${REGENERATE}`);
    }
    expect(onDisk, `rubrics/rubric.schema.json is out of date with src/rubric/schema.ts; regenerate it with: ${REGENERATE}`).toBe(generated);
  });

  it('targets draft-07 and describes what a rubric author writes: a rubric, or a ladder with levels', () => {
    type Shape = {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { type?: unknown; items?: { oneOf?: { properties: { kind: { const?: string; enum?: string[] } } }[] } }>;
    };
    const both = rubricJsonSchema() as { $schema: string; anyOf: [Shape, Shape] };
    expect(both.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const [schema, ladder] = both.anyOf;
    expect(ladder.required).toEqual(['id', 'title', 'version', 'description', 'levels', 'criteria']);
    expect(Object.keys(schema.properties)).not.toContain('levels');
    expect(schema.required).toEqual(['id', 'title', 'version', 'description']);
    expect(schema.additionalProperties).toBe(false);
    // io: 'input': a version may be written as a number (the parser turns it into a string).
    expect(schema.properties.version!.type).toEqual(['string', 'number']);
    const kinds = schema.properties.criteria!.items!.oneOf!.flatMap((o) => o.properties.kind.const ?? o.properties.kind.enum ?? []);
    expect(kinds.sort()).toEqual(
      ['budget', 'certification', 'customer-facing', 'degree', 'domains', 'experience', 'leadership', 'methodologies', 'remote', 'skills', 'tools'].sort(),
    );
  });

  it('accepts the shape of an embedded rubric: every top-level key of tpm.yaml is a known property', () => {
    const [schema, ladderSchema] = (rubricJsonSchema() as { anyOf: { properties: Record<string, unknown> }[] }).anyOf;
    const tpm = parse(readFileSync(tpmFile, 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(tpm)) expect(Object.keys(schema!.properties)).toContain(key);
    const ladder = parse(readFileSync(tpmFile.replace(/tpm\.yaml$/, 'tpm-ladder.yaml'), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(ladder)) expect(Object.keys(ladderSchema!.properties)).toContain(key);
  });

  it.each(readdirSync(fileURLToPath(new URL('../../rubrics/', import.meta.url))).filter((f) => f.endsWith('.yaml')))(
    'is what rubrics/%s points the YAML language server at, on its first line',
    (file) => {
      const firstLine = readFileSync(fileURLToPath(new URL(`../../rubrics/${file}`, import.meta.url)), 'utf8').split('\n')[0];
      expect(firstLine).toBe('# yaml-language-server: $schema=./rubric.schema.json');
    },
  );
});
