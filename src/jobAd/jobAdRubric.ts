import type { AdSentence } from './readJobAd.js';
import type { ExtractedCriterion, Strength } from './extractRubric.js';

/**
 * Coarse weights by kind and by how strongly the ad asks (requirements over preferences),
 * scaled to sum to 100. The same table for every ad, so a person can predict and correct them.
 */
const BASE_WEIGHTS: Record<string, Partial<Record<Strength, number>>> = {
  experience: { required: 30, preferred: 15, mentioned: 15 },
  degree: { required: 20, preferred: 10, mentioned: 10 },
  certification: { required: 20, preferred: 15, mentioned: 10 },
  'customer-facing': { required: 20, preferred: 10, mentioned: 10 },
  domains: { mentioned: 10 },
  methodologies: { mentioned: 10 },
  tools: { mentioned: 10 },
  skills: { mentioned: 15 },
  leadership: { required: 10, preferred: 5, mentioned: 5 },
  budget: { required: 10, preferred: 5, mentioned: 5 },
  remote: { mentioned: 5 },
};

/** The pass score the embedded rubrics use unless a seed gives reason for another. */
export const JOB_AD_PASS_SCORE = 70;

export function baseWeight(c: ExtractedCriterion): number {
  const table = BASE_WEIGHTS[c.criterion.kind] ?? {};
  return table[c.strength] ?? table.mentioned ?? 5;
}

/** Integer weights proportional to the base weights, summing to exactly 100 (largest remainder). */
export function weightsOf(criteria: readonly ExtractedCriterion[]): number[] {
  const base = criteria.map(baseWeight);
  const total = base.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const exact = base.map((w) => (w * 100) / total);
  const floor = exact.map((w) => Math.max(1, Math.floor(w)));
  let left = 100 - floor.reduce((a, b) => a + b, 0);
  const order = exact.map((w, i) => ({ i, r: w - Math.floor(w) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) floor[order[k]!.i]!++;
  return floor;
}

/** Where a sentence is: `ad.txt:12`, or `ad.json#/qualifications/0`. */
export function placeOf(s: AdSentence, source: string): string {
  return s.path !== null ? `${source}#${s.path}` : `${source}:${s.line}`;
}
