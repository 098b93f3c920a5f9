import { clean } from '../style.js';

/** Markup that is safe as it stands: only the `html` tag makes one, so résumé text never becomes one. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Part = Markup | string | number | null | undefined | false | readonly Part[];

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in element content and in quoted attribute values: cleaned like every other report
 * (control characters, bidirectional overrides, runs of white space) and the five HTML
 * metacharacters as entities, so `<script>` or `" onerror=` show as written and never run.
 */
export function escapeHtml(text: string): string {
  return clean(text).replace(/[&<>"']/g, (ch) => ENTITY[ch]!);
}

function render(part: Part): string {
  if (part instanceof Markup) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  if (typeof part === 'number') return Number.isFinite(part) ? String(part) : '';
  return escapeHtml(String(part));
}

/** A template whose every interpolated string is escaped; Markup and arrays of it go in as they are. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0]!;
  parts.forEach((part, i) => (out += render(part) + strings[i + 1]!));
  return new Markup(out);
}

/** A heading whose level shifts with the page: a role's report inside the role-fit page sits one level down. */
export function heading(level: number, content: Part, id?: string): Markup {
  const n = Math.min(6, Math.max(1, level));
  return html`<h${n}${id ? html` id="${id}"` : ''}>${content}</h${n}>`;
}
