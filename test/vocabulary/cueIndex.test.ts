import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import heldout from '../../fixtures/customer-facing/heldout-work.json' with { type: 'json' };
import labelled from '../../fixtures/customer-facing/labelled-work.json' with { type: 'json' };
import nonEnglish from '../../fixtures/customer-facing/non-english-work.json' with { type: 'json' };
import type { Engagement, Evidence } from '../../src/profile/profile.js';
import { jobTexts } from '../../src/readers/jsonResume/jobTexts.js';
import { dutyFamilies } from '../../src/readers/text/dutyFamilies.js';
import { classifyEngagement, type JobText } from '../../src/readers/text/engagement.js';
import { quote } from '../../src/readers/text/quote.js';
import { CueIndex } from '../../src/vocabulary/cueIndex.js';
import { literalStarts } from '../../src/vocabulary/literalStarts.js';
import { vocabulary, type CompiledCue } from '../../src/vocabulary/vocabulary.js';

const RUNS = { seed: 20261214, numRuns: 300 };
const vocab = vocabulary();
const cueRegexes = vocab.engagementCues.map((c) => c.regex);
const dutyRegexes = [...vocab.dutyCues.values()].flatMap((d) => d.cues);

/** classifyEngagement as it was before the prefilter: every cue's regex run on its part. */
function classifyRunningEveryRegex(job: JobText, cues: readonly CompiledCue[]): { engagement: Engagement; evidence: Evidence | null } {
  const join = (s: JobText['title']) => ({ text: s.map((x) => x.text).join('\n|\n'), snippets: s });
  const parts = { title: join(job.title), employer: join(job.employer), body: join(job.body), any: join([...job.title, ...job.employer, ...job.body]) };
  const total = { external: 0, internal: 0 };
  const strongest = new Map<Engagement, CompiledCue>();
  for (const cue of cues) {
    if (!cue.regex.test(parts[cue.in].text)) continue;
    total[cue.side] += cue.weight;
    if (cue.weight > (strongest.get(cue.side)?.weight ?? 0)) strongest.set(cue.side, cue);
  }
  let engagement: Engagement = 'unclear';
  if (total.external >= 2 && total.external > total.internal) engagement = 'external';
  else if (total.internal >= 2 && total.internal >= total.external) engagement = 'internal';
  const cue = strongest.get(engagement);
  const decisive = cue && parts[cue.in].snippets.find((s) => cue.regex.test(s.text));
  return { engagement, evidence: decisive ? { path: decisive.path, text: quote(decisive.text) } : null };
}

/** dutyFamilies as it was before the prefilter: every family's every cue run on the body. */
function dutyFamiliesRunningEveryRegex(body: JobText['body'], titled: readonly string[]) {
  if (titled.some((f) => vocab.exclusiveFamilies.has(f)) || body.length === 0) return [];
  return [...vocab.dutyCues].flatMap(([family, { cues, min }]) => {
    if (titled.includes(family)) return [];
    const hits = cues.flatMap((cue) => body.find((s) => cue.test(s.text)) ?? []);
    return hits.length >= min ? [{ family, evidence: { path: hits[0]!.path, text: quote(hits[0]!.text) } }] : [];
  });
}

/** Every job in the engagement sets and in the real résumés of fixtures/. */
function corpusJobs(): JobText[] {
  const sets = [labelled, heldout, nonEnglish] as { work: Record<string, unknown> }[][];
  const jobs = sets.flat().map((c) => jobTexts('/work/0', c.work as never));
  for (const dir of ['fixtures/published', 'fixtures/pm-labelled', 'fixtures/pm-heldout', 'fixtures/resumes']) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'labels.json')) {
      let resume: { work?: unknown; volunteer?: unknown };
      try {
        resume = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as typeof resume;
      } catch {
        continue; // a fixture of broken JSON
      }
      for (const key of ['work', 'volunteer'] as const) {
        const list = resume[key];
        if (Array.isArray(list)) list.forEach((w, i) => w && typeof w === 'object' && jobs.push(jobTexts(`/${key}/${i}`, w as never)));
      }
    }
  }
  return jobs;
}

/** The regexes the index marks for a text, and those that match it: the second must be in the first. */
function missed(regexes: readonly RegExp[], text: string): string[] {
  const index = new CueIndex(regexes);
  const marks = new Uint8Array(regexes.length);
  index.scan(text, marks, 1);
  return regexes.filter((r, i) => !marks[i] && !index.always[i] && r.test(text)).map((r) => r.source);
}

// Words the cues start with, in any case, and others, so that generated texts hit cues often.
const cueWords = [...new Set([...cueRegexes, ...dutyRegexes].flatMap((r) => literalStarts(r.source, r.flags) ?? []).flatMap((s) => s.split(/[^\w'&-]+/)))].filter(Boolean);
const word = fc.oneof(
  fc.constantFrom(...cueWords),
  fc.constantFrom('the', 'a', 'for', 'our', 'clients', 'customers', 'internal', 'über', 'für', 'Kunden', 'İnternal', 'ſervices', 'K', '2', '14'),
  fc.string({ unit: fc.constantFrom('a', 'e', 's', 'r', 'é', '-', "'", '_', '1') , maxLength: 6 }),
);
const cased = word.chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0] ? w[0].toUpperCase() + w.slice(1) : w));
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '-', '/', '\n|\n', '’s ', "'s ", '(', ') ', '  ', '\t', '', '_');
const text = fc.array(fc.tuple(cased, separator), { maxLength: 30 }).map((ws) => ws.map(([w, s]) => w + s).join(''));

describe('literalStarts: what every match of a regex starts with, at a word start', () => {
  it.each([
    ['\\bclients?\\b', 'i', ['client']],
    ['\\b(?:SOWs?|statements? of work)\\b', 'i', ['sow', 'statement']],
    ['\\bunder (?:a|an|the) (?:[\\w-]+ ){0,3}contract\\b', 'i', ['under a ', 'under an ', 'under the ']],
    ['(?<![\\w])professional[\\s-]+services(?![\\w])', 'i', ['professional']],
    ['(?<!for )\\b(?:bank|insurer)\\b', 'i', ['bank', 'insurer']],
    ['\\bthe (?:firm|NOC)(?:\'s|’s)', 'i', ["the firm's", 'the firm', "the noc's", 'the noc']],
    ['\\bf[üu]r\\b', 'i', ['f']],
    ['\\bmargin vs\\.? bid', 'i', ['margin vs']],
  ])('%s (flags %s) starts with %j', (source, flags, starts) => {
    expect(literalStarts(source, flags)).toEqual(starts);
  });

  it.each([
    ['clients', 'i', 'no word boundary before it'],
    ['\\b(?:a|b)?c', 'i', 'an optional first group'],
    ['\\b[ab]c', 'i', 'a class first'],
    ['\\bfoo|bar', 'i', 'an alternative without a boundary'],
    ['\\b-x', 'i', 'a boundary before a non-word character'],
    ['\\bfoo', 'gi', 'the g flag makes test() stateful'],
    ['\\bfoo', 'iu', 'the u flag folds case beyond ASCII'],
    ['\\b(?:x', 'i', 'an unbalanced group'],
    ['\\b\\w+ing', 'i', 'no literal first'],
  ])('%s has none: %s', (source, flags) => {
    expect(literalStarts(source, flags)).toBeNull();
  });
});

describe('the engagement prefilter is exact: it leaves out only regexes that cannot match', () => {
  const jobs = corpusJobs();

  it('on every job of the engagement sets and real résumés, as running every cue', () => {
    expect(jobs.length).toBeGreaterThan(300);
    for (const job of jobs) expect(classifyEngagement(job, vocab)).toEqual(classifyRunningEveryRegex(job, vocab.engagementCues));
  });

  it('finds the families duties show on every corpus job, as running every duty cue', () => {
    let found = 0;
    for (const job of jobs) {
      for (const titled of [[], ['program-management']]) {
        const families = dutyFamilies(job.body, titled, vocab);
        expect(families).toEqual(dutyFamiliesRunningEveryRegex(job.body, titled));
        found += families.length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });

  it('marks every engagement and duty cue that matches a corpus text', () => {
    const texts = jobs.flatMap((j) => [...j.title, ...j.employer, ...j.body].map((s) => s.text));
    for (const regexes of [cueRegexes, dutyRegexes]) for (const t of texts) expect(missed(regexes, t), t).toEqual([]);
  });

  it('marks every cue that matches generated text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(missed(cueRegexes, t)).toEqual([]);
        expect(missed(dutyRegexes, t)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('classifies generated jobs and finds their duty families as running every cue', () => {
    const snippets = (path: string) => fc.array(text, { maxLength: 3 }).map((ts) => ts.map((t, i) => ({ path: `${path}/${i}`, text: t })));
    const job = fc.record({ title: snippets('/work/0/position'), employer: snippets('/work/0/name'), body: snippets('/work/0/highlights') });
    fc.assert(
      fc.property(job, (j) => {
        expect(classifyEngagement(j, vocab)).toEqual(classifyRunningEveryRegex(j, vocab.engagementCues));
        expect(dutyFamilies(j.body, [], vocab)).toEqual(dutyFamiliesRunningEveryRegex(j.body, []));
      }),
      RUNS,
    );
  });

  it('holds for generated regexes: literals, groups, quantifiers, classes and boundaries', () => {
    const lit = fc.constantFrom('a', 'b', 'ab', 'ba', 'a b', 'b-a', "a'b", '\\.', '_');
    const atom: fc.Arbitrary<string> = fc.letrec((tie) => ({
      atom: fc.oneof({ depthSize: 'small' }, lit, fc.constantFrom('\\b', '\\w', '\\s', '[ab]', '.', '(?<!a )', '(?=b)'), tie('group')),
      group: fc.tuple(fc.constantFrom('(?:', '('), fc.array(tie('seq') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })).map(([open, alts]) => `${open}${alts.join('|')})`),
      seq: fc.array(fc.tuple(tie('atom') as fc.Arbitrary<string>, fc.constantFrom('', '', '', '?', '*', '+', '{0,2}', '{1}')), { minLength: 1, maxLength: 4 }).map((xs) => xs.map(([a, q]) => a + q).join('')),
    })).seq;
    const valid = (s: string) => {
      try {
        return new RegExp(s, 'i') instanceof RegExp;
      } catch {
        return false; // a quantified \b or lookbehind: not a regex
      }
    };
    const source = fc.tuple(fc.constantFrom('\\b', '(?<![\\w])', ''), atom).map(([b, a]) => b + a).filter(valid);
    const abText = fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', '-', "'", '.', '_', 'é'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(source, fc.array(abText, { minLength: 1, maxLength: 8 }), (s, texts) => {
        const regex = new RegExp(s, 'i');
        for (const t of texts) expect(missed([regex], t), `${s} on ${JSON.stringify(t)}`).toEqual([]);
      }),
      { ...RUNS, numRuns: 2000 },
    );
  });

  it('leaves most cues out of a usual job', () => {
    const index = new CueIndex(cueRegexes);
    const marks = new Uint8Array(cueRegexes.length);
    index.scan('Led the rollout of a new ERP for 400 staff across three plants.', marks, 1);
    const candidates = cueRegexes.filter((_, i) => marks[i] || index.always[i]).length;
    expect(candidates).toBeLessThan(cueRegexes.length / 4);
  });
});
