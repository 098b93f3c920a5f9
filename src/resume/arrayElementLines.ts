/**
 * The 1-based line on which each top-level element of a JSON array starts, so that a batch
 * given as a JSON array can say where each record is. The text must be a valid JSON array.
 */
export function arrayElementLines(text: string, firstLine = 1): number[] {
  const lines: number[] = [];
  let line = firstLine;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectElement = true;
    } else if (c === ']' || c === '}') {
      depth--;
      expectElement = false;
    } else if (c === ',' && depth === 1) expectElement = true;
  }
  return lines;
}
