/**
 * What people's JSON files contain that JSON does not allow, but whose meaning is plain:
 * `//` and `/* *\/` comments (JSONC), a comma before a closing bracket, and a line break or tab
 * typed inside a string. One pass, outside and inside strings; everything else is left as is,
 * so a file still broken after this is refused with its real syntax error.
 */
export interface Relaxed {
  text: string;
  /** What was changed, once each, in the order first met, and where the first change is. */
  fixes: string[];
  firstOffset: number;
}

export function relaxJson(text: string): Relaxed {
  const out: string[] = [];
  const fixes: string[] = [];
  let firstOffset = -1;
  const fixed = (what: string, at: number) => {
    if (!fixes.includes(what)) fixes.push(what);
    if (firstOffset < 0) firstOffset = at;
  };
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') {
        out.push(c, text[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out.push(c);
      } else if (c === '\n' || c === '\r' || c === '\t') {
        fixed('a line break or tab inside a string', i);
        out.push(c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t');
      } else out.push(c);
      continue;
    }
    if (c === '"') {
      inString = true;
      out.push(c);
    } else if (c === '/' && text[i + 1] === '/') {
      fixed('comments', i);
      while (i < text.length && text[i] !== '\n') i++;
      out.push('\n');
    } else if (c === '/' && text[i + 1] === '*') {
      fixed('comments', i);
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out.push(' ');
    } else if (c === '}' || c === ']') {
      let k = out.length - 1;
      while (k >= 0 && /^\s*$/.test(out[k]!)) k--;
      if (k >= 0 && out[k] === ',') {
        fixed('a comma before a closing bracket', i);
        out[k] = '';
      }
      out.push(c);
    } else out.push(c);
  }
  return { text: out.join(''), fixes, firstOffset };
}
