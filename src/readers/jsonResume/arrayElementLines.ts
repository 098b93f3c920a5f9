/** One top-level element of a JSON array, cut out of its text, with where it starts. */
export interface ArrayElement {
  text: string;
  /** 1-based line and column of its first character. */
  line: number;
  column: number;
}

/**
 * The top-level elements of a JSON array (the text starts with `[`), valid or not, so that a
 * batch given as an array can say where each record is, and one bad element costs only itself.
 * It tracks brackets and strings, and does not validate: each element is parsed on its own.
 * A raw line break ends a string (JSON strings cannot hold one), so a missing quote spoils one
 * line, not the rest of the file; an element whose brackets never close runs to the next line
 * that starts an element no deeper than it did, or to the end.
 * `rest` is what follows the closing `]`, when anything does.
 */
export function arrayElements(text: string, firstLine = 1): { elements: ArrayElement[]; rest: ArrayElement | null } {
  const elements: ArrayElement[] = [];
  let line = firstLine;
  let lineStart = 0;
  let depth = 0;
  let inString = false;
  let start = -1;
  let at = { line, column: 1 };
  let afterComma = false;
  // An element that is missing (`[1,,2]`, `[1,]`) is kept as an empty one, for its error.
  const end = (i: number, missing = false) => {
    if (start >= 0) elements.push({ text: text.slice(start, i).trimEnd(), ...at });
    else if (missing) elements.push({ text: '', line, column: i - lineStart + 1 });
    start = -1;
  };
  let i = text.indexOf('[') + 1;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      inString = false;
      // An element still open where a line starts a new one no deeper than it began (as the
      // elements of a pretty-printed array do) was broken: it ends here, and the next survives.
      if (start >= 0 && depth > 0) {
        let j = i + 1;
        while (text[j] === ' ' || text[j] === '\t') j++;
        if ((text[j] === '{' || text[j] === '[') && j - lineStart + 1 <= at.column) {
          end(i);
          depth = 0;
        }
      }
      continue;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 0) {
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (c === ',') {
        end(i, true);
        afterComma = true;
        continue;
      }
      if (c === ']') {
        end(i, afterComma);
        break;
      }
    }
    if (start < 0) {
      start = i;
      at = { line, column: i - lineStart + 1 };
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
  end(i);
  const tail = text.slice(i + 1);
  const restAt = tail.search(/\S/);
  if (i >= text.length || restAt < 0) return { elements, rest: null };
  const before = text.slice(0, i + 1 + restAt);
  const restLine = line + (before.slice(i + 1).match(/\n/g)?.length ?? 0);
  const restColumn = before.length - (before.lastIndexOf('\n') + 1) + 1;
  return { elements, rest: { text: tail.slice(restAt), line: restLine, column: restColumn } };
}

/** The 1-based line on which each top-level element of a JSON array starts. */
export function arrayElementLines(text: string, firstLine = 1): number[] {
  return arrayElements(text, firstLine).elements.map((e) => e.line);
}
