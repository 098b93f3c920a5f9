import { wellFormed } from './wellFormed.js';

/** What XML 1.0 forbids even as a character reference: C0 controls but tab, LF and CR; U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text safe in XML 1.0 content and attribute values: markup characters become entities, the
 * characters XML forbids are dropped (a lone surrogate becomes U+FFFD), and in attributes tab
 * and line breaks become references, which attribute normalisation would otherwise turn into spaces.
 */
export function xmlEscape(text: string, inAttribute = false): string {
  return wellFormed(text)
    .replace(FORBIDDEN, '')
    .replace(inAttribute ? /[&<>"'\t\n\r]/g : /[&<>"'\r]/g, (ch) => ENTITY[ch]!);
}
