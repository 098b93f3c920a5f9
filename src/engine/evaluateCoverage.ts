import type { Criterion } from '../rubric/schema.js';
import { listText, statusFor, unknown, type Evaluator } from './context.js';

type CoverageCriterion = Extract<Criterion, { kind: 'domains' | 'methodologies' | 'tools' | 'skills' }>;

const CATEGORY: Record<CoverageCriterion['kind'], string> = { domains: 'domain', methodologies: 'methodology', tools: 'tool', skills: 'skill' };

/** Singular and plural, since "methodology" does not take an s. */
const NOUN: Record<CoverageCriterion['kind'], [string, string]> = {
  domains: ['technical domain', 'technical domains'],
  methodologies: ['methodology', 'methodologies'],
  tools: ['tool', 'tools'],
  skills: ['skill', 'skills'],
};

export const evaluateCoverage: Evaluator<CoverageCriterion> = (c, { profile, vocabulary }) => {
  const min = c.min ?? 1;
  const title = (id: string) => vocabulary.terms.get(id)?.title ?? id;
  const expected = { anyOf: c.anyOf, min };
  if (!profile.terms || (profile.knownTermCategories && !profile.knownTermCategories.has(CATEGORY[c.kind]))) {
    return unknown(expected, `no ${NOUN[c.kind][1]} given`, `Describe your ${NOUN[c.kind][1]}: ${listText(c.anyOf.map(title))}`);
  }

  const found = c.anyOf.filter((id) => profile.terms!.has(id));
  const score = Math.min(1, found.length / min);
  const status = statusFor(score);
  // One quote per place: a summary naming three domains is quoted once, not three times.
  const evidence = [...new Map(found.map((id) => profile.terms!.get(id)![0]!).map((e) => [e.path, e])).values()];
  if (status === 'met') return { status, score, actual: found, expected, evidence, gap: null, action: null };
  const lacking = c.anyOf.filter((id) => !found.includes(id));
  const need = min - found.length;
  const suggestions = lacking.slice(0, Math.max(need, 3)).map(title);
  return {
    status,
    score,
    actual: found,
    expected,
    evidence,
    gap: `${need} more ${NOUN[c.kind][need > 1 ? 1 : 0]} needed (has ${found.length} of ${min}), such as ${listText(suggestions)}`,
    action: { text: `Gain and show experience with ${listText(suggestions)}`, effortMonths: c.effortMonths ?? 2 * need },
  };
};
