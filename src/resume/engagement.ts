import type { Engagement, Evidence } from '../profile/profile.js';
import type { CompiledCue, Vocabulary } from '../vocabulary/vocabulary.js';
import { quote, type Snippet } from './jobTexts.js';

/** A side needs this much cue weight to decide a job; below it the job stays unclear. */
const DECISIVE_WEIGHT = 2;

/** The texts of one job, by where they were written. */
export interface JobText {
  title: Snippet[];
  employer: Snippet[];
  body: Snippet[];
}

function textsFor(cue: CompiledCue, job: JobText): Snippet[] {
  return cue.in === 'any' ? [...job.title, ...job.employer, ...job.body] : job[cue.in];
}

/**
 * Decides whether a job led external customer delivery or was internal work, from weighted
 * cues (vocabulary/engagement.yaml): each cue found anywhere in its part of the job counts
 * once. A tie goes to internal: seed 000 asks for external delivery, and claiming it on a tie
 * would credit exactly the internal projects the ad excludes.
 */
export function classifyEngagement(job: JobText, vocab: Vocabulary): { engagement: Engagement; evidence: Evidence | null } {
  const total = { external: 0, internal: 0 };
  const strongest = new Map<Engagement, { weight: number; snippet: Snippet }>();
  for (const cue of vocab.engagementCues) {
    const hit = textsFor(cue, job).find((s) => cue.regex.test(s.text));
    if (!hit) continue;
    total[cue.side] += cue.weight;
    if (cue.weight > (strongest.get(cue.side)?.weight ?? 0)) strongest.set(cue.side, { weight: cue.weight, snippet: hit });
  }
  let engagement: Engagement = 'unclear';
  if (total.external >= DECISIVE_WEIGHT && total.external > total.internal) engagement = 'external';
  else if (total.internal >= DECISIVE_WEIGHT && total.internal >= total.external) engagement = 'internal';
  const decisive = strongest.get(engagement)?.snippet;
  return { engagement, evidence: decisive ? { path: decisive.path, text: quote(decisive.text) } : null };
}
