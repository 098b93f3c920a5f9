import type { Evidence } from '../../profile/profile.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { CueIndex } from '../../vocabulary/cueIndex.js';
import { quote, type Snippet } from './quote.js';

type DutyCues = Vocabulary['dutyCues'];
const indexes = new WeakMap<DutyCues, { index: CueIndex; first: Map<string, number> }>();

/** One index over every family's cues; `first` is where each family's cues begin in it. */
function dutyIndex(duties: DutyCues) {
  let built = indexes.get(duties);
  if (!built) {
    const first = new Map<string, number>();
    const all: RegExp[] = [];
    for (const [family, { cues }] of duties) {
      first.set(family, all.length);
      all.push(...cues);
    }
    built = { index: new CueIndex(all), first };
    indexes.set(duties, built);
  }
  return built;
}

/**
 * The role families a job's own duties show though its title does not name them
 * (vocabulary/roles.yaml `duties`): enough different cues in its summary and highlights. The
 * evidence is the first text a cue matched. An internship stays an internship.
 */
export function dutyFamilies(body: readonly Snippet[], titled: readonly string[], vocab: Vocabulary): { family: string; evidence: Evidence }[] {
  if (titled.some((f) => vocab.exclusiveFamilies.has(f)) || body.length === 0) return [];
  const out: { family: string; evidence: Evidence }[] = [];
  // Only cues whose first words the body holds can match a text of it (CueIndex): the rest are skipped.
  const { index, first: from } = dutyIndex(vocab.dutyCues);
  const marks = new Uint8Array(index.always.length);
  for (const s of body) index.scan(s.text, marks, 1);
  for (const [family, { cues, min }] of vocab.dutyCues) {
    if (titled.includes(family)) continue;
    let matched = 0;
    let first: Snippet | undefined;
    const at = from.get(family)!;
    for (const [i, cue] of cues.entries()) {
      if (!marks[at + i] && !index.always[at + i]) continue;
      const hit = body.find((s) => cue.test(s.text));
      if (!hit) continue;
      matched++;
      first ??= hit;
    }
    if (matched >= min && first) out.push({ family, evidence: { path: first.path, text: quote(first.text) } });
  }
  return out;
}
