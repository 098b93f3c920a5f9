import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Problem } from '../problem.js';

/**
 * Where a path is in the text. `part: 'key'` asks for the key of the last step (what to point
 * at for an unknown or misplaced key); the default is the value.
 */
export type Locate = (path: readonly PropertyKey[], part?: 'key' | 'value') => { line: number; column: number };

export interface ParsedYaml {
  value: unknown;
  /** Line and column (1-based) of the node at a path, or of its nearest existing parent. */
  locate: Locate;
  problems: Problem[];
}

/**
 * How many alias nodes a document may hold. Rubrics reuse a list or two; more is either a
 * mistake or an attack. Counting them before anything is expanded keeps every later step
 * linear: the yaml library re-walks the whole document for each alias it sizes, so a document
 * of many thousands of aliases, each under the expansion limit, would otherwise take minutes.
 */
export const MAX_ALIASES = 100;
/** How many nodes the aliases of a document may expand to (the yaml library's own measure). */
const MAX_ALIAS_EXPANSION = 100;

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
    return pos.line === 0 ? { line: 1, column: 1 } : { line: pos.line, column: pos.col };
  };
  const problems: Problem[] = [];
  // The first syntax error only: the ones after it are most often the parser losing its footing.
  const firstError = doc.errors[0];
  if (firstError) problems.push({ code: 'yaml-syntax', source, ...at(firstError.pos[0]), ...describeSyntaxError(firstError, text) });

  const scan = scanNodes(doc);
  for (const tagged of scan.tags) {
    const offset = tagOffset(text, tagged.offset);
    const written = offset === undefined ? undefined : /^!\S*/.exec(text.slice(offset))?.[0];
    problems.push({
      code: 'yaml-tag',
      message: `the tag ${written ?? shortTag(tagged.tag)} is not allowed: a rubric is plain data, never code`,
      source,
      ...at(offset ?? tagged.offset),
      hint: 'remove the tag',
    });
  }
  for (const alias of scan.unknownAliases) {
    problems.push({
      code: 'yaml-alias-unknown',
      message: `the alias *${alias.name} has no anchor &${alias.name} before it`,
      source,
      ...at(alias.offset),
      hint: `define &${alias.name} earlier in the file, or write the value out`,
    });
  }
  for (const alias of scan.cyclicAliases) {
    problems.push({
      code: 'yaml-alias-cycle',
      message: `the alias *${alias.name} is inside the value it names, so the data would contain itself`,
      source,
      ...at(alias.offset),
      hint: 'write the value out',
    });
  }
  for (const offset of scan.mergeKeys) {
    problems.push({
      code: 'yaml-merge-key',
      message: 'merge keys (<<) are not supported',
      source,
      ...at(offset),
      hint: 'write the keys out, or use extends: and override: to reuse a rubric',
    });
  }
  if (scan.aliases.length > MAX_ALIASES) {
    problems.push({
      code: 'yaml-aliases',
      message: `too many aliases: more than ${MAX_ALIASES} in one file`,
      source,
      ...at(scan.aliases[MAX_ALIASES]!),
      hint: 'write the values out instead of repeating aliases',
    });
  }

  let value: unknown = null;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
    } catch (error) {
      // Reaching this means the aliases nest into each other: a billion-laughs document.
      problems.push({
        code: 'yaml-aliases',
        message: `the aliases nest into each other and expand to too much data${error instanceof Error && !/resource exhaustion/.test(error.message) ? `: ${error.message}` : ''}`,
        source,
        ...at(scan.aliases[0] ?? 0),
        hint: 'write the values out instead of nesting aliases',
      });
    }
  }

  const locate: Locate = (path, part = 'value') => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) {
        if (n === path.length) return at((part === 'key' && n > 0 ? keyOffset(doc, path) : undefined) ?? node.range[0]);
        return at(keyOffset(doc, path.slice(0, n + 1)) ?? node.range[0]);
      }
    }
    return { line: 1, column: 1 };
  };
  return { value, locate, problems };
}

function describeSyntaxError(error: YAMLError, text: string): { message: string; hint?: string } {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]*?)\s*:/.exec(text.slice(error.pos[0]))?.[1];
    return { message: `the key ${key ? `"${key.replace(/^["']|["']$/g, '')}" ` : ''}appears twice in the same mapping`, hint: 'keep one of them' };
  }
  if (/call stack/i.test(error.message)) return { message: 'the document is nested too deeply' };
  const message = error.message.split('\n')[0] || 'invalid YAML';
  return { message: message.charAt(0).toLowerCase() + message.slice(1) };
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

/** `tag:yaml.org,2002:js/function` -> `!!js/function`, as people write it. */
function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/**
 * Where the tag of a node starts. The parser keeps the node's own range, which begins after
 * its properties, so look back from it for the last `!` that starts a token.
 */
function tagOffset(text: string, nodeStart: number): number | undefined {
  const from = Math.max(0, nodeStart - 1100);
  const before = text.slice(from, nodeStart);
  let found: number | undefined;
  for (const m of before.matchAll(/(^|[\s[{,])!/g)) found = from + m.index + m[1]!.length;
  return found;
}

interface Scan {
  tags: { tag: string; offset: number }[];
  /** The start offset of every alias node, in document order. */
  aliases: number[];
  unknownAliases: { name: string; offset: number }[];
  /** Aliases inside the node they name: the data would contain itself. */
  cyclicAliases: { name: string; offset: number }[];
  /** `<<` keys, which YAML 1.1 read as "merge this mapping in" and YAML 1.2 does not. */
  mergeKeys: number[];
}

/** The anchored collections around a node, innermost first. */
interface Enclosing {
  node: object;
  next: Enclosing | undefined;
}

/** One walk over the syntax tree (iterative: deep nesting must not overflow the stack). */
function scanNodes(doc: Document): Scan {
  const scan: Scan = { tags: [], aliases: [], unknownAliases: [], cyclicAliases: [], mergeKeys: [] };
  // Each anchor name -> the node it was last set on: an alias names the latest one before it.
  const anchors = new Map<string, object>();
  const stack: { node: unknown; enclosing: Enclosing | undefined }[] = [{ node: doc.contents, enclosing: undefined }];
  while (stack.length) {
    const { node, enclosing } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (isPair(node)) {
      if (isScalar(node.key) && node.key.value === '<<') scan.mergeKeys.push(node.key.range?.[0] ?? 0);
      stack.push({ node: node.value, enclosing }, { node: node.key, enclosing });
      continue;
    }
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      scan.aliases.push(offset);
      if (!anchors.has(node.source)) scan.unknownAliases.push({ name: node.source, offset });
      else if (encloses(enclosing, anchors.get(node.source)!)) scan.cyclicAliases.push({ name: node.source, offset });
      continue;
    }
    const n = node as { tag?: string; anchor?: string; range?: [number, number, number] };
    if (n.tag && n.range && !CORE_TAGS.has(n.tag)) scan.tags.push({ tag: n.tag, offset: n.range[0] });
    if (n.anchor) anchors.set(n.anchor, node);
    if (isMap(node) || isSeq(node)) {
      const inner = n.anchor ? { node, next: enclosing } : enclosing;
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], enclosing: inner });
    }
  }
  return scan;
}

function encloses(enclosing: Enclosing | undefined, anchored: object): boolean {
  for (let e = enclosing; e; e = e.next) if (e.node === anchored) return true;
  return false;
}
