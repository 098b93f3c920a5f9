import { tokenize, Words } from '../../vocabulary/words.js';
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
  let known = families.get(vocab);
  if (!known) families.set(vocab, (known = new Map()));
  let found = known.get(title);
  if (found === undefined) {
    // Kept to a bound, so that a batch of many distinct titles does not grow memory without end.
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(title, (found = familiesOf(title, vocab)));
  }
  return [...found];
}

/**
 * The families of the titles already read, per vocabulary. Titles repeat across a batch's
 * résumés ("Project Manager", "Senior Software Engineer") and reading one tries every family's
 * matcher on each of its forms: a result kept is a hash look-up.
 */
const families = new WeakMap<Vocabulary, Map<string, readonly string[]>>();
const MAX_REMEMBERED = 10_000;

function familiesOf(title: string, vocab: Vocabulary): string[] {
  const forms = titleForms(title, vocab.titleModifiers).map((form) => Words.of(form));
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
