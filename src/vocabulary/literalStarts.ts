/** Where a prefix begins at a word boundary: the match starts where a run of \w characters does. */
const BOUNDARY = '\u0001';
/** Past this many starts a cue keeps the shorter ones it has: a prefix of a start is a start. */
const MAX_STARTS = 256;
const MAX_LENGTH = 16;

interface Start {
  text: string;
  /** Still growing: every atom so far was a literal character. */
  open: boolean;
}

/**
 * The literal texts, lower-cased, that every match of a regular expression starts with, each at
 * the start of a run of \w characters, or null when there are none to rely on (the regex must
 * then always be run). A necessary condition, never a sufficient one: a text in which none of
 * them starts a word cannot match. Reads the regex syntax plainly and stops at anything it does
 * not know (classes, quantifiers, lookarounds after the start), which only makes a start shorter.
 */
export function literalStarts(source: string, flags: string): string[] | null {
  // Without the u flag \w and case folding are ASCII; g and y make test() stateful.
  if (/[^imsd]/.test(flags)) return null;
  const parser = { src: source, i: 0 };
  let alternatives: Start[];
  try {
    alternatives = disjunction(parser);
  } catch {
    return null;
  }
  if (parser.i !== source.length) return null;
  const starts = new Set<string>();
  for (const { text } of alternatives) {
    if (text[0] !== BOUNDARY || !/^[a-z0-9_]/.test(text.slice(1))) return null;
    starts.add(text.slice(1, 1 + MAX_LENGTH));
  }
  return [...starts];
}

interface Parser {
  src: string;
  i: number;
}

function disjunction(p: Parser): Start[] {
  const out = alternative(p);
  while (p.src[p.i] === '|') {
    p.i++;
    out.push(...alternative(p));
  }
  return out;
}

const close = (starts: Start[]) => starts.forEach((s) => (s.open = false));

/** One alternative, up to its `|` or `)`: the starts of its matches, open when it was all literal. */
function alternative(p: Parser): Start[] {
  let starts: Start[] = [{ text: '', open: true }];
  const open = () => starts.filter((s) => s.open);
  while (p.i < p.src.length && p.src[p.i] !== '|' && p.src[p.i] !== ')') {
    const c = p.src[p.i];
    if (c === '(') {
      const from = p.i;
      const kind = sticky(GROUP_KIND, p) ?? '(';
      p.i += kind.length;
      if (kind === '(?<') skipName(p);
      const inner = disjunction(p);
      if (p.src[p.i] !== ')') throw new SyntaxError('unbalanced group');
      p.i++;
      const group = p.src.slice(from, p.i);
      const quantified = quantifier(p);
      if (kind === '(?<=' || kind === '(?<!' || kind === '(?=' || kind === '(?!') {
        // Zero width: skipped before the first character; a lookbehind for no \w is a boundary there.
        const wordBoundary = group === '(?<![\\w])' || group === '(?<!\\w)';
        for (const s of open()) {
          if (quantified || (s.text !== '' && s.text !== BOUNDARY)) s.open = false;
          else if (wordBoundary) s.text = BOUNDARY;
        }
      } else if (quantified) close(starts);
      else starts = concatenate(starts, inner);
      continue;
    }
    const atom = literalAtom(p);
    const quantified = quantifier(p);
    if (atom === BOUNDARY && !quantified) {
      for (const s of open()) {
        if (s.text === '') s.text = BOUNDARY;
        else if (s.text !== BOUNDARY) s.open = false;
      }
    } else if (atom === null || quantified || atom === BOUNDARY) close(starts);
    else for (const s of open()) s.text += atom;
  }
  return starts;
}

/** Each open start followed by each of a group's starts; closed ones stay as they are. */
function concatenate(starts: Start[], inner: Start[]): Start[] {
  const out: Start[] = [];
  const growing = starts.filter((s) => s.open).length * inner.length;
  for (const s of starts) {
    if (!s.open || growing + starts.length > MAX_STARTS) {
      out.push({ text: s.text, open: false });
      continue;
    }
    for (const t of inner) {
      if (t.text.startsWith(BOUNDARY) && s.text !== '' && s.text !== BOUNDARY) out.push({ text: s.text, open: false });
      else out.push({ text: s.text === BOUNDARY && t.text.startsWith(BOUNDARY) ? t.text : s.text + t.text, open: t.open });
    }
  }
  return out;
}

/** Reads one atom that is not a group: a literal character (lower-cased), BOUNDARY for \b, or null. */
function literalAtom(p: Parser): string | null {
  const c = p.src[p.i] ?? '';
  if (c === '[') {
    p.i++;
    if (p.src[p.i] === '^') p.i++;
    while (p.i < p.src.length && p.src[p.i] !== ']') p.i += p.src[p.i] === '\\' ? 2 : 1;
    p.i++;
    return null;
  }
  if (c === '\\') {
    const e = p.src[p.i + 1] ?? '';
    p.i += 2;
    if (e === 'b') return BOUNDARY;
    // \w, \d, \B, \n, \x41, \u0041, \1 …: none is taken as a literal character.
    return /[^A-Za-z0-9]/.test(e) && e.charCodeAt(0) < 128 ? e : null;
  }
  p.i++;
  if (c === '.' || c === '^' || c === '$' || c === '{' || c === '}' || c === ']' || c.charCodeAt(0) >= 128) return null;
  return c.toLowerCase();
}

/** Skips a quantifier (and its lazy `?`) if one follows; says whether it did. */
function quantifier(p: Parser): boolean {
  const q = sticky(QUANTIFIER, p);
  if (q) p.i += q.length;
  return q !== null;
}

const GROUP_KIND = /\((?:\?(?:<[=!]|[=!:]|<))?/y;
const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y;

/** What a sticky regex matches at the parser's position (no copy of the rest of the source). */
function sticky(regex: RegExp, p: Parser): string | null {
  regex.lastIndex = p.i;
  return regex.exec(p.src)?.[0] ?? null;
}

function skipName(p: Parser): void {
  const end = p.src.indexOf('>', p.i);
  p.i = end < 0 ? p.src.length : end + 1;
}
