import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../problem.js';

export interface ParsedYaml {
  value: unknown;
  /** Line and column (1-based) of the node at a path, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  problems: Problem[];
}

/**
 * Parses YAML as data, never as code: custom tags are refused, aliases are limited (a
 * billion-laughs document fails fast), `__proto__` is just a key. Syntax errors come back
 * as problems with positions instead of being thrown.
 */
export function parseYaml(text: string, source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    customTags: [],
    resolveKnownTags: false,
    schema: 'core',
    merge: false,
  });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    problems.push({
      code: 'yaml-syntax',
      message: error.message.split('\n')[0] ?? 'invalid YAML',
      source,
      ...at(error.pos[0]),
    });
  }
  for (const tagged of findTags(doc)) {
    problems.push({
      code: 'yaml-tag',
      message: `the tag ${tagged.tag} is not allowed: a rubric is plain data`,
      source,
      ...at(tagged.offset),
      hint: 'remove the tag',
    });
  }
  let value: unknown = null;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push({
        code: 'yaml-aliases',
        message: error instanceof Error ? error.message : 'too many aliases',
        source,
        line: 1,
        column: 1,
        hint: 'write the values out instead of repeating aliases',
      });
    }
  }
  const locate = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        return at(n === path.length ? node.range[0] : keyOffset(doc, path.slice(0, n + 1)) ?? node.range[0]);
      }
    }
    return { line: 1, column: 1 };
  };
  return { value, locate, problems };
}

/** The offset of the key itself (for an unknown or misplaced key, the key is what to point at). */
function keyOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

function findTags(doc: Document): { tag: string; offset: number }[] {
  const found: { tag: string; offset: number }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { tag?: string; range?: [number, number, number]; items?: unknown[]; key?: unknown; value?: unknown };
    if (n.tag && n.range && !CORE_TAGS.has(n.tag)) found.push({ tag: n.tag, offset: n.range[0] });
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  visit(doc.contents);
  return found;
}
