import type { Evidence } from '../../profile/profile.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { quote, type Snippet } from './quote.js';

/**
 * The role families a job's own duties show though its title does not name them
 * (vocabulary/roles.yaml `duties`): enough different cues in its summary and highlights. The
 * evidence is the first text a cue matched. An internship stays an internship.
 */
export function dutyFamilies(body: readonly Snippet[], titled: readonly string[], vocab: Vocabulary): { family: string; evidence: Evidence }[] {
  if (titled.some((f) => vocab.exclusiveFamilies.has(f)) || body.length === 0) return [];
  const out: { family: string; evidence: Evidence }[] = [];
  for (const [family, { cues, min }] of vocab.dutyCues) {
    if (titled.includes(family)) continue;
    let matched = 0;
    let first: Snippet | undefined;
    for (const cue of cues) {
      const hit = body.find((s) => cue.test(s.text));
      if (!hit) continue;
      matched++;
      first ??= hit;
    }
    if (matched >= min && first) out.push({ family, evidence: { path: first.path, text: quote(first.text) } });
  }
  return out;
}
