import { html, Markup, type Part } from './markup.js';
import { STYLES } from './styles.js';

/**
 * No script may run and nothing may be fetched: the page is read offline, from an e-mail
 * attachment, and shows résumé text. Inline styles and data: images are all it uses.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The whole document: one file, its stylesheet inline, no script. */
export function pageShell(title: string, body: Part): string {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="tpm-assess">
<title>${title}</title>
<style>${new Markup(STYLES)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return page.value;
}
