/**
 * JSON text with every lone surrogate escape (`\ud800` without its pair) replaced by U+FFFD.
 * JSON.stringify writes a lone surrogate as such an escape, which strict parsers (Rust's serde,
 * Python's with surrogatepass off) refuse; a valid pair it writes as the character itself, so
 * every surrogate escape in its output is a lone one. Backslashes are read in pairs so that an
 * escaped backslash followed by the letters "ud800" is left alone.
 */
export function wellFormedJson(json: string): string {
  if (!json.includes('\\ud') && !json.includes('\\uD')) return json;
  return json.replace(/\\\\|\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g, (escape) => (escape === '\\\\' ? escape : '\\ufffd'));
}
