import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { jsonResumeSchema, MAX_TEXT_CHARS } from '../../../src/readers/jsonResume/jsonResumeSchema.js';
import { fitsJsonResume } from '../../../src/readers/jsonResume/resumeShape.js';

// The plain shape check stands in for zod on the valid path: wherever they disagree, a résumé
// would be read differently by the fast path. These tests hold the two to the same answer.

const agrees = (document: unknown) => fitsJsonResume(document) === jsonResumeSchema.safeParse(document).success;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') || name.endsWith('.ndjson') ? [path] : [];
  });
}

/** Every JSON value of a fixture file: the document, or each line of NDJSON, or each element of a list. */
function documents(path: string): unknown[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? [value, ...value] : [value];
  } catch {
    return text.split('\n').flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        return [];
      }
    });
  }
}

type Path = (string | number)[];

/** The kinds of value a field can be set to: every JSON type, empty and not, and a text too long. */
const KINDS: unknown[] = [null, true, 0, 1.5, '', 'text', 'x'.repeat(MAX_TEXT_CHARS + 1), 'y'.repeat(MAX_TEXT_CHARS), [], ['text'], [1], [null], [{}], {}, { name: 'n' }, [['text']]];

/** A document with every field of the schema, built by walking it: the paths there are to vary. */
function everyField(schema: z.ZodType): unknown {
  const def = (schema as unknown as { def: { type: string } }).def;
  const s = schema as unknown as Record<string, unknown> & { def: Record<string, unknown> };
  switch (def.type) {
    case 'optional':
      return everyField(s.def.innerType as z.ZodType);
    case 'object':
      return Object.fromEntries(Object.entries(s.def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, everyField(v)]));
    case 'array':
      return [everyField(s.def.element as z.ZodType)];
    case 'union':
      return everyField((s.def.options as z.ZodType[])[0]!);
    case 'record':
      return { group: everyField(s.def.valueType as z.ZodType) };
    case 'string':
      return 'text';
    case 'null':
      return null;
    default:
      throw new Error(`no sample for ${def.type}`);
  }
}

function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function setAt(document: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

describe('fitsJsonResume agrees with the zod schema', () => {
  const fixtures = jsonFiles(join(__dirname, '../../../fixtures'));
  const corpus = fixtures.flatMap(documents);

  it('on every JSON document under fixtures/', () => {
    expect(corpus.length).toBeGreaterThan(300);
    const disagreements = corpus.filter((d) => !agrees(d));
    expect(disagreements).toEqual([]);
    // Both answers occur, or the comparison would say little.
    expect(corpus.some((d) => fitsJsonResume(d))).toBe(true);
    expect(corpus.some((d) => !fitsJsonResume(d))).toBe(true);
  });

  it('on every field of the schema set to each kind of value', () => {
    const full = everyField(jsonResumeSchema);
    expect(fitsJsonResume(full)).toBe(true);
    // The skills groups by name, and skills as plain names, are the other branches of their unions.
    const variants = [full, setAt(full, ['skills'], { group: ['a'], other: 'b' }), setAt(full, ['skills'], ['Jira', { name: 'Scrum' }])];
    const wrong: string[] = [];
    let checked = 0;
    for (const document of variants) {
      for (const path of paths(document).filter((p) => p.length > 0)) {
        for (const kind of KINDS) {
          const changed = setAt(document, path, kind);
          checked++;
          if (!agrees(changed)) wrong.push(`${path.join('.')} = ${JSON.stringify(kind).slice(0, 20)}: zod ${jsonResumeSchema.safeParse(changed).success}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  });

  it('on documents that are not objects, and on fields of corpus résumés set to each kind of value', () => {
    for (const kind of KINDS) expect(agrees(kind)).toBe(true);
    const wrong: string[] = [];
    for (const document of corpus.filter((d) => d !== null && typeof d === 'object' && !Array.isArray(d)).slice(0, 40)) {
      for (const path of paths(document).filter((p) => p.length > 0 && p.length <= 3)) {
        for (const kind of KINDS) if (!agrees(setAt(document, path, kind))) wrong.push(`${path.join('.')} = ${JSON.stringify(kind).slice(0, 20)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
