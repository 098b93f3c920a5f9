import type { Alias } from './schema.js';

export interface Match<T> {
  value: T;
  /** The text as written, for evidence. */
  text: string;
  index: number;
}

/**
 * Finds whole-word occurrences of many aliases in one pass of one regular expression,
 * built once per run: per-résumé work is then a few regex scans, not one per alias.
 */
export interface Matcher<T> {
  /** Every non-overlapping match, left to right. */
  all(text: string): Match<T>[];
  /** The distinct values found. */
  values(text: string): T[];
}

/** Text as matched: trademark marks dropped, since `PMP®` and `PMP` are the same credential. */
export function cleanText(text: string): string {
  return text.replace(/[®™℠]|\((?:r|tm)\)/gi, '');
}

function normalise(alias: string): string {
  return cleanText(alias).toLowerCase().replace(/[\s\-./]+/g, '');
}

function aliasPattern(alias: string): string {
  // Spaces, hyphens and dots are optional and interchangeable: "Scrum Master", "ScrumMaster",
  // "PMI-ACP", "PMI ACP", "Ph.D.", "PhD".
  return cleanText(alias)
    .trim()
    .split(/[\s\-./]+/)
    .filter((part) => part !== '')
    .map((part) => part.replace(/[\\^$*+?()[\]{}|]/g, '\\$&'))
    .join('[\\s\\-./]*');
}

export function createMatcher<T>(entries: ReadonlyArray<{ alias: Alias; value: T }>): Matcher<T> {
  // One alias may stand for several values ("Microsoft Teams": a tool and the collaboration domain).
  const plain = new Map<string, T[]>();
  const guarded = new Map<string, { values: T[]; near: RegExp }>();
  const patterns: string[] = [];
  for (const { alias, value } of entries) {
    const text = typeof alias === 'string' ? alias : alias.text;
    const key = normalise(text);
    if (typeof alias === 'string') plain.set(key, [...(plain.get(key) ?? []), value]);
    else {
      const near = new RegExp(alias.near.map(aliasPattern).join('|'), 'i');
      guarded.set(key, { values: [...(guarded.get(key)?.values ?? []), value], near });
    }
    patterns.push(aliasPattern(text));
  }
  // Longest first, so that "Technical Project Manager" wins over "Project Manager".
  patterns.sort((a, b) => b.length - a.length);
  const regex = patterns.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(patterns)].join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;

  function all(text: string): Match<T>[] {
    if (!regex) return [];
    const cleaned = cleanText(text);
    const out: Match<T>[] = [];
    for (const m of cleaned.matchAll(regex)) {
      const key = normalise(m[0]);
      const g = guarded.get(key);
      const values = plain.get(key) ?? (g && g.near.test(cleaned) ? g.values : []);
      for (const value of values) out.push({ value, text: m[0], index: m.index });
    }
    return out;
  }

  return {
    all,
    values: (text) => [...new Set(all(text).map((m) => m.value))],
  };
}
