import { tokenize, tokenized } from '../../vocabulary/matcher.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';

// Titles joined into one ("Application Development Manager/Project Manager/Lead Developer").
const JOINED = /[/|;]|\s-+\s|[–—]/;

/**
 * The role families a job title names (vocabulary/roles.yaml). Word order and punctuation do
 * not matter: "Director, Information Technology" is read as "Information Technology Director",
 * "Manager of Network Operations" as "Network Operations Manager"; each title of a joined
 * title counts; seniority words ("Senior", "Sr.") are ignored. A title in an exclusive family
 * (an internship) belongs to that family only.
 */
export function titleFamilies(title: string, vocab: Vocabulary): string[] {
  const forms = titleForms(title, vocab.titleModifiers).map(tokenized);
  const named = [...vocab.roleMatchers].filter(([, m]) => forms.some((f) => m.all(f).length > 0)).map(([id]) => id);
  const exclusive = named.filter((id) => vocab.exclusiveFamilies.has(id));
  return exclusive.length ? exclusive : named;
}

/** The title as written, each title of a joined one, and each turned round at its comma or "of". */
export function titleForms(title: string, modifiers: ReadonlySet<string>): string[] {
  const plain = (text: string) =>
    tokenize(text)
      .map((t) => t.word)
      .filter((w) => !modifiers.has(w))
      .join(' ');
  const forms = new Set([plain(title)]);
  for (const part of title.split(JOINED)) {
    forms.add(plain(part));
    const comma = part.indexOf(',');
    if (comma > 0) forms.add(plain(`${part.slice(comma + 1)} ${part.slice(0, comma)}`));
    const of = /^(.+?)\s+of\s+(.+)$/i.exec(part.trim());
    if (of) forms.add(plain(`${of[2]} ${of[1]}`));
  }
  forms.delete('');
  return [...forms];
}
