import type { Engagement, Evidence } from '../profile/profile.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { quote, type Snippet } from './jobTexts.js';

/** A side needs this much cue weight to decide a job; below it the job stays unclear. */
const DECISIVE_WEIGHT = 2;

/**
 * Decides whether a job led external customer delivery or was internal work, from weighted
 * cues (vocabulary/engagement.yaml). Internal cues are specific ("internal customers", "BAU"),
 * so a tie goes to internal: seed 000 asks for external delivery, and claiming it on a tie
 * would credit exactly the internal projects the ad excludes.
 */
export function classifyEngagement(texts: readonly Snippet[], vocab: Vocabulary): { engagement: Engagement; evidence: Evidence | null } {
  let external = 0;
  let internal = 0;
  const best = new Map<Engagement, { weight: number; snippet: Snippet }>();
  for (const s of texts) {
    for (const [matcher, side] of [
      [vocab.externalCues, 'external'],
      [vocab.internalCues, 'internal'],
    ] as const) {
      // A cue counts once per text, so one bullet that repeats "client" does not outweigh the rest.
      const seen = new Set<string>();
      for (const m of matcher.all(s.text)) {
        const key = m.text.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        if (side === 'external') external += m.value;
        else internal += m.value;
        if (m.value > (best.get(side)?.weight ?? 0)) best.set(side, { weight: m.value, snippet: s });
      }
    }
  }
  let engagement: Engagement = 'unclear';
  if (external >= DECISIVE_WEIGHT && external > internal) engagement = 'external';
  else if (internal >= DECISIVE_WEIGHT && internal >= external) engagement = 'internal';
  const decisive = best.get(engagement)?.snippet;
  return { engagement, evidence: decisive ? { path: decisive.path, text: quote(decisive.text) } : null };
}
