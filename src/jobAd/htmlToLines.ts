const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', bull: '•', hellip: '…', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', ntilde: 'ñ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK = /<\/?(?:p|li|ul|ol|div|br|h[1-6]|tr|table|section|article|header|footer)\b[^>]*>/gi;

/**
 * HTML pasted from a job page -> text lines, each with the line of the source it starts on:
 * scripts, styles and comments go (keeping their line breaks, so lines still count), block
 * tags end a line, other tags are dropped, entities are decoded. Tag patterns are linear: no
 * nested quantifiers.
 */
export function htmlToLines(html: string): { text: string; line: number }[] {
  const keepBreaks = (s: string) => s.replace(/[^\n]/g, '');
  const cleaned = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, keepBreaks).replace(/<!--[\s\S]*?-->/g, keepBreaks);
  const out: { text: string; line: number }[] = [];
  cleaned.split(/\r\n?|\n/).forEach((sourceLine, i) => {
    for (const piece of sourceLine.split(BLOCK)) {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, line: i + 1 });
    }
  });
  return out;
}
