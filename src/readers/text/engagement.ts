import type { Engagement, Evidence } from '../../profile/profile.js';
import type { CompiledCue, Vocabulary } from '../../vocabulary/vocabulary.js';
import { CueIndex } from '../../vocabulary/cueIndex.js';
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

/** Which parts' words a cue is looked for in, as bits of the prefilter's marks. */
const PART_BITS: Record<Part, number> = { title: 1, employer: 2, body: 4, any: 7 };
const indexes = new WeakMap<readonly CompiledCue[], CueIndex>();

function cueIndex(cues: readonly CompiledCue[]): CueIndex {
  let index = indexes.get(cues);
  if (!index) {
    index = new CueIndex(cues.map((c) => (c.source === undefined ? c.regex : { source: c.source, flags: 'i' })));
    indexes.set(cues, index);
  }
  return index;
}

type Joined = { text: string; snippets: Snippet[] };
const join = (snippets: Snippet[]): Joined => ({ text: snippets.map((s) => s.text).join('\n|\n'), snippets });

/**
 * Each part's texts joined once, so each cue is one regex test per part. The separator is
 * neither a word nor a space, so no pattern matches across two texts. A class, so that `any`
 * is one getter on the prototype: a getter in an object literal is a new function per job, and
 * gives each object a map of its own that keeps the job's texts alive (issue 14).
 */
class JoinedParts implements Record<Part, Joined> {
  readonly title: Joined;
  readonly employer: Joined;
  readonly body: Joined;
  #any: Joined | undefined;

  constructor(private readonly job: JobText) {
    this.title = join(job.title);
    this.employer = join(job.employer);
    this.body = join(job.body);
  }

  /** Joined only if a cue looked for anywhere may match. */
  get any(): Joined {
    return (this.#any ??= join([...this.job.title, ...this.job.employer, ...this.job.body]));
  }
}

/**
 * Decides whether a job led external customer delivery or was internal work, from weighted
 * cues (vocabulary/engagement.yaml): each cue found anywhere in its part of the job counts
 * once. A tie goes to internal: seed 000 asks for external delivery, and claiming it on a tie
 * would credit exactly the internal projects the ad excludes. Only the cues whose first words
 * the job's words hold are run (CueIndex): the same result as running them all.
 */
export function classifyEngagement(job: JobText, vocab: Vocabulary): { engagement: Engagement; evidence: Evidence | null } {
  const parts = new JoinedParts(job);
  const cues = vocab.engagementCues;
  const index = cueIndex(cues);
  const marks = new Uint8Array(cues.length);
  index.scan(parts.title.text, marks, PART_BITS.title);
  index.scan(parts.employer.text, marks, PART_BITS.employer);
  index.scan(parts.body.text, marks, PART_BITS.body);
  const total = { external: 0, internal: 0 };
  const strongest = new Map<Engagement, CompiledCue>();
  cues.forEach((cue, i) => {
    if ((marks[i]! & PART_BITS[cue.in]) === 0 && !index.always[i]) return;
    if (!cue.regex.test(parts[cue.in].text)) return;
    total[cue.side] += cue.weight;
    if (cue.weight > (strongest.get(cue.side)?.weight ?? 0)) strongest.set(cue.side, cue);
  });
  let engagement: Engagement = 'unclear';
  if (total.external >= DECISIVE_WEIGHT && total.external > total.internal) engagement = 'external';
  else if (total.internal >= DECISIVE_WEIGHT && total.internal >= total.external) engagement = 'internal';
  // Only the deciding cue is looked up text by text, to quote the one that holds it.
  const cue = strongest.get(engagement);
  const decisive = cue && parts[cue.in].snippets.find((s) => cue.regex.test(s.text));
  return { engagement, evidence: decisive ? { path: decisive.path, text: quote(decisive.text) } : null };
}
