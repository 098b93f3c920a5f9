/** One top-level JSON text found in a stream of concatenated ones, with the line it starts on. */
export interface JsonChunk {
  text: string;
  line: number;
}

/**
 * Splits text holding several JSON values one after another (a pretty-printed document, then
 * NDJSON lines) at the end of each top-level object or array, tracking nesting and strings.
 * It does not validate: each chunk is parsed on its own.
 */
export function splitJsonValues(text: string, firstLine = 1): JsonChunk[] {
  const chunks: JsonChunk[] = [];
  let line = firstLine;
  let start = -1;
  let startLine = line;
  let depth = 0;
  let inString = false;
  const close = (end: number) => {
    chunks.push({ text: text.slice(start, end), line: startLine });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      // A scalar at the top level ends with its line. So does an unclosed value when the next
      // line starts a new one in its first column, as NDJSON lines do (nested values of a
      // pretty-printed document are indented): the malformed value costs only itself.
      const next = text[i + 1];
      if (start >= 0 && (depth <= 0 || next === '{' || next === '[')) {
        close(i);
        inString = false;
      }
      continue;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (start < 0) {
      if (c === ' ' || c === '\t' || c === '\r') continue;
      start = i;
      startLine = line;
      depth = 0;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) close(i + 1);
    }
  }
  if (start >= 0) chunks.push({ text: text.slice(start), line: startLine });
  return chunks.filter((c) => c.text.trim() !== '');
}
