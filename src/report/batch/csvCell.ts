import { wellFormed } from './wellFormed.js';

/**
 * One CSV field: RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes
 * doubled), and safe to open in a spreadsheet: a field starting with =, +, -, @, a tab or a
 * carriage return would be read as a formula (OWASP's CSV injection), so it gets a leading '.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = wellFormed(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
