import type { Engagement, Evidence } from '../../profile/profile.js';
import type { CompiledCue, Vocabulary } from '../../vocabulary/vocabulary.js';
import { quote, type Snippet } from './quote.js';

/** A side needs this much cue weight to decide a job; below it the job stays unclear. */
const DECISIVE_WEIGHT = 2;

/** The texts of one job, by where they were written. */
export interface JobText {
  title: Snippet[];
  employer: Snippet[];
  body: Snippet[];
}

type Part = CompiledCue['in'];

/**
 * Each part's texts joined once, so each cue is one regex test per part. The separator is
 * neither a word nor a space, so no pattern matches across two texts.
 */
function joinParts(job: JobText): Record<Part, { text: string; snippets: Snippet[] }> {
  const join = (snippets: Snippet[]) => ({ text: snippets.map((s) => s.text).join('\n|\n'), snippets });
  return { title: join(job.title), employer: join(job.employer), body: join(job.body), any: join([...job.title, ...job.employer, ...job.body]) };
}

/**
 * Decides whether a job led external customer delivery or was internal work, from weighted
 * cues (vocabulary/engagement.yaml): each cue found anywhere in its part of the job counts
 * once. A tie goes to internal: seed 000 asks for external delivery, and claiming it on a tie
 * would credit exactly the internal projects the ad excludes.
 */
export function classifyEngagement(job: JobText, vocab: Vocabulary): { engagement: Engagement; evidence: Evidence | null } {
  const parts = joinParts(job);
  const total = { external: 0, internal: 0 };
  const strongest = new Map<Engagement, CompiledCue>();
  for (const cue of vocab.engagementCues) {
    if (!cue.regex.test(parts[cue.in].text)) continue;
    total[cue.side] += cue.weight;
    if (cue.weight > (strongest.get(cue.side)?.weight ?? 0)) strongest.set(cue.side, cue);
  }
  let engagement: Engagement = 'unclear';
  if (total.external >= DECISIVE_WEIGHT && total.external > total.internal) engagement = 'external';
  else if (total.internal >= DECISIVE_WEIGHT && total.internal >= total.external) engagement = 'internal';
  // Only the deciding cue is looked up text by text, to quote the one that holds it.
  const cue = strongest.get(engagement);
  const decisive = cue && parts[cue.in].snippets.find((s) => cue.regex.test(s.text));
  return { engagement, evidence: decisive ? { path: decisive.path, text: quote(decisive.text) } : null };
}
