import { describe, expect, it } from 'vitest';
import heldout from '../../../fixtures/customer-facing/heldout-work.json' with { type: 'json' };
import labelled from '../../../fixtures/customer-facing/labelled-work.json' with { type: 'json' };
import nonEnglish from '../../../fixtures/customer-facing/non-english-work.json' with { type: 'json' };
import { classifyEngagement } from '../../../src/readers/text/engagement.js';
import { jobTexts } from '../../../src/readers/jsonResume/jobTexts.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

interface Case {
  id: string;
  label: 'external' | 'internal' | 'unclear';
  hard?: boolean;
  work: Record<string, unknown>;
}

const vocab = vocabulary();
const cases = labelled as Case[];

function classify(c: Case) {
  return classifyEngagement(jobTexts('/work/0', c.work), vocab).engagement;
}

function measure(set: Case[]) {
  const predicted = set.map((c) => ({ c, p: classify(c) }));
  const tp = predicted.filter(({ c, p }) => p === 'external' && c.label === 'external').length;
  const fp = predicted.filter(({ c, p }) => p === 'external' && c.label === 'internal');
  const fn = predicted.filter(({ c, p }) => p !== 'external' && c.label === 'external');
  const precision = tp / (tp + fp.length);
  const recall = tp / (tp + fn.length);
  const report = `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; false positives: ${fp.map(({ c }) => c.id).join(', ') || 'none'}; missed: ${fn.map(({ c, p }) => `${c.id}=${p}`).join(', ') || 'none'}`;
  return { precision, recall, report };
}

describe('customer-facing delivery: external client work vs internal operations', () => {
  it('the labelled set is balanced and large enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const external = cases.filter((c) => c.label === 'external').length;
    expect(external).toBe(cases.length - external);
  });

  it('reaches precision and recall of at least 0.9 for "external" on the labelled set', () => {
    const { precision, recall, report } = measure(cases);
    console.info(`labelled set: ${report}`);
    expect(precision, report).toBeGreaterThanOrEqual(0.9);
    expect(recall, report).toBeGreaterThanOrEqual(0.9);
  });

  // The cues were tuned on the labelled set; this set was written separately, by someone who
  // had not seen the cues, and measured once before any tuning (precision 0.895, recall 0.85).
  // It must not be tuned on; the floor catches regressions, the figure is reported honestly.
  it('holds up on a held-out set it was not tuned on', () => {
    const set = heldout as Case[];
    expect(set.filter((c) => c.label === 'external')).toHaveLength(set.length / 2);
    const { precision, recall, report } = measure(set);
    console.info(`held-out set: ${report}`);
    expect(precision, report).toBeGreaterThanOrEqual(0.85);
    expect(recall, report).toBeGreaterThanOrEqual(0.8);
  });

  // 45 jobs in French, Spanish, German, Portuguese and Italian (19 external, 17 internal, 9
  // unclear), labelled blind by another session (NON-ENGLISH-SOURCES.md). Measured once, before
  // any tuning on it: with the English cues alone precision 0.667, recall 0.211; with the
  // multilingual cues written from the brief, without seeing the set, precision 0.875, recall
  // 0.737. Not tuned on since; the floor catches regressions.
  it('holds up on non-English jobs it was not tuned on', () => {
    const set = nonEnglish as Case[];
    expect(set.length).toBeGreaterThanOrEqual(30);
    const { precision, recall, report } = measure(set);
    console.info(`non-English set: ${report}`);
    expect(precision, report).toBeGreaterThanOrEqual(0.8);
    expect(recall, report).toBeGreaterThanOrEqual(0.7);
  });

  it('never calls an internal job external on a tie', () => {
    const cues = [
      { side: 'external' as const, weight: 2, in: 'any' as const, regex: /clients/i },
      { side: 'internal' as const, weight: 2, in: 'any' as const, regex: /internal/i },
    ];
    const job = { title: [], employer: [], body: [{ path: '/work/0/summary', text: 'Ran internal projects for clients' }] };
    expect(classifyEngagement(job, { ...vocab, engagementCues: cues })).toEqual({
      engagement: 'internal',
      evidence: { path: '/work/0/summary', text: 'Ran internal projects for clients' },
    });
  });

  it('leaves a job that says nothing either way unclear', () => {
    const job = { title: [{ path: '/work/0/position', text: 'Project Manager' }], employer: [], body: [] };
    expect(classifyEngagement(job, vocab)).toEqual({ engagement: 'unclear', evidence: null });
  });
});
