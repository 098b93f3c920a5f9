const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with every lone surrogate (half of a UTF-16 pair, which JSON's \uD800 escape can carry)
 * replaced by U+FFFD: it has no UTF-8 encoding, and XML forbids it.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
