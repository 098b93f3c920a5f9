import type { DegreeLevel } from '../profile/profile.js';
import { DEGREE_LEVELS } from '../profile/profile.js';
import { findBudget, findTeamSize } from '../readers/text/quantities.js';
import type { Criterion } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { findYears, type YearsPhrase } from './findYears.js';
import type { JobAdVocabulary } from './jobAdVocabulary.js';
import type { AdSentence, JobAd } from './readJobAd.js';

/** How strongly the ad asks for something: a knock-out, a preference, or a mention in its text. */
export type Strength = 'required' | 'preferred' | 'mentioned';
const STRENGTHS: readonly Strength[] = ['required', 'preferred', 'mentioned'];

/** A criterion of any kind without the weight and source that the rubric writer gives it. */
export type CriterionDraft = Criterion extends infer C ? (C extends Criterion ? Omit<C, 'weight' | 'source'> : never) : never;

/** A criterion read from the ad, before weights, with the sentences it came from. */
export interface ExtractedCriterion {
  criterion: CriterionDraft;
  strength: Strength;
  from: AdSentence[];
}

export interface Extraction {
  criteria: ExtractedCriterion[];
  /** Sentences of the requirements, preferences and duties that gave nothing. */
  unused: AdSentence[];
}

const PM_GROUP_HEAD = 'project-management';

/**
 * A job ad -> the criteria it asks for, with the vocabulary the résumé reader uses (credentials,
 * degrees, role titles, terms) and job-ads.yaml (headings, requirement words, years). Pure.
 */
export function extractCriteria(ad: JobAd, vocab: Vocabulary, words: JobAdVocabulary): Extraction {
  const criteria: ExtractedCriterion[] = [];
  const used = new Set<AdSentence>();
  const titleFamilies = ad.title ? familiesIn(ad.title, vocab, words) : [];
  const defaultFamilies = titleFamilies.length ? titleFamilies : groupOf(PM_GROUP_HEAD, words);
  const strengthOf = (s: AdSentence): Strength => {
    if (words.preferred.all(s.text).length) return 'preferred';
    if (words.required.all(s.text).length) return 'required';
    return s.section === 'requirements' ? 'required' : s.section === 'preferred' ? 'preferred' : 'mentioned';
  };
  // With sections that say what the ad asks for, knock-outs come from them only: a preamble of
  // career advice ("you may also consider an MBA") is not a requirement.
  const asks = (s: AdSentence) => (ad.hasRequirementSections ? s.section === 'requirements' || s.section === 'preferred' : s.section !== 'other');
  const consumedTerms = new Map<AdSentence, Set<string>>();
  const customerFacing: { s: AdSentence; strength: Strength }[] = [];
  let customerFacingAt: number | undefined;

  for (const s of ad.sentences.filter(asks)) {
    const found = findYears(s.text, words.file);
    const years = found && !isContractTerm(s.text, found, words) ? found : null;
    const degree = readDegree(s, vocab, words, years?.years ?? null, defaultFamilies);
    if (degree) {
      criteria.push({ criterion: degree, strength: strengthOf(s), from: [s] });
      used.add(s);
    } else if (years) {
      const after = s.text.slice(years.end).split(/[;.(]|, (?=\p{Ll}*\s?(?:and|or|et|y|und)\b)/u)[0]!;
      const phrase = familiesIn(after, vocab, words).length || domainsIn(after, vocab).length ? after : s.text;
      const families = familiesIn(phrase, vocab, words);
      const domains = domainsIn(phrase, vocab);
      consumedTerms.set(s, new Set(domains));
      criteria.push({
        criterion: { id: 'experience', title: s.text, kind: 'experience', minYears: years.years, roles: families.length ? families : defaultFamilies, ...(domains.length && { domains }) },
        strength: strengthOf(s),
        from: [s],
      });
      used.add(s);
    }
    const credentials = vocab.credentialMatcher.values(s.text);
    if (credentials.length) {
      criteria.push({ criterion: { id: credentials.length === 1 ? credentials[0]! : 'certification', title: s.text, kind: 'certification', anyOf: credentials }, strength: strengthOf(s), from: [s] });
      used.add(s);
    }
    if (words.customerFacing.all(s.text).some((cue) => !deniedBefore(s.text, cue.index, words))) {
      customerFacingAt ??= criteria.length;
      customerFacing.push({ s, strength: strengthOf(s) });
      used.add(s);
    }
  }
  // One criterion however many sentences ask it (two would count the same fact twice), as
  // strong as the strongest of them, titled and sourced by it, where the first of them stands.
  if (customerFacingAt !== undefined) {
    const rank = (x: Strength) => STRENGTHS.indexOf(x);
    const strongest = customerFacing.reduce((a, b) => (rank(b.strength) < rank(a.strength) ? b : a));
    criteria.splice(customerFacingAt, 0, {
      criterion: { id: 'customer-facing', title: strongest.s.text, kind: 'customer-facing', roles: defaultFamilies },
      strength: strongest.strength,
      from: [strongest.s, ...customerFacing.filter((x) => x !== strongest).map((x) => x.s)],
    });
  }

  const readable = ad.sentences.filter((s) => s.section !== 'other' && (s.section !== 'preamble' || !ad.hasRequirementSections));
  const remote = readable.filter((s) => words.remote.all(s.text).length);
  if (remote.length) {
    criteria.push({ criterion: { id: 'remote', title: remote[0]!.text, kind: 'remote' }, strength: 'mentioned', from: remote });
    remote.forEach((s) => used.add(s));
  }
  const team = findTeamSize(readable.map(snippetOf));
  if (team) {
    const s = sentenceAt(readable, team.evidence.path);
    criteria.push({ criterion: { id: 'team-leadership', title: s.text, kind: 'leadership', minTeamSize: team.size }, strength: strengthOf(s), from: [s] });
    used.add(s);
  }
  const budget = findBudget(readable.map(snippetOf));
  if (budget) {
    const s = sentenceAt(readable, budget.evidence.path);
    criteria.push({ criterion: { id: 'budget', title: s.text, kind: 'budget', minAmount: budget.amount }, strength: strengthOf(s), from: [s] });
    used.add(s);
  }
  criteria.push(...coverage(readable, vocab, consumedTerms, used));
  return { criteria: uniqueIds(criteria), unused: ad.sentences.filter((s) => s.section !== 'other' && s.section !== 'preamble' && !used.has(s)) };
}

/**
 * Whether the clause before `index` ends with a negation within its last three words ("is not
 * a consulting unit", "without external clients"): what stands at `index` is then denied, not
 * asked for; "not limited to" and the like (notNegations) add instead. The clause starts after
 * the last comma, semicolon, colon, bracket or sentence end.
 */
function deniedBefore(text: string, index: number, words: JobAdVocabulary): boolean {
  const clause = text.slice(0, index).split(/[,;:()!?]|\.\s/).pop()!;
  const last = clause.trim().split(/\s+/).slice(-3).join(' ');
  if (last === '' || !words.negations.all(last).length) return false;
  // Read with what follows, so that "not" + "only consulting" is seen whole.
  return !words.notNegations.all(`${last} ${text.slice(index, index + 40)}`).length;
}

/** Term categories -> criterion kinds, and how many named terms meet the criterion. */
const COVERAGE = [
  { category: 'domain', kind: 'domains', title: 'Technical domains named in the ad' },
  { category: 'methodology', kind: 'methodologies', title: 'Methodologies named in the ad' },
  { category: 'tool', kind: 'tools', title: 'Tools named in the ad' },
  { category: 'skill', kind: 'skills', title: 'Skills named in the ad' },
] as const;

function coverage(sentences: AdSentence[], vocab: Vocabulary, consumed: Map<AdSentence, Set<string>>, used: Set<AdSentence>): ExtractedCriterion[] {
  const out: ExtractedCriterion[] = [];
  for (const { category, kind, title } of COVERAGE) {
    const ids: string[] = [];
    const from: AdSentence[] = [];
    for (const s of sentences) {
      const found = vocab.termMatcher.values(s.text).filter((id) => vocab.terms.get(id)?.category === category && !consumed.get(s)?.has(id));
      if (!found.length) continue;
      for (const id of found) if (!ids.includes(id)) ids.push(id);
      from.push(s);
      used.add(s);
    }
    if (!ids.length) continue;
    // An ad's list is a set of examples: any one domain ("networking, storage, or cloud"), and
    // for the other kinds half of those named, at most three, meet the criterion.
    const min = kind === 'domains' ? 1 : Math.min(3, Math.ceil(ids.length / 2));
    const names = ids.map((id) => vocab.terms.get(id)?.title ?? id).join(', ');
    out.push({ criterion: { id: kind, title: `${title}: ${names}`, kind, anyOf: ids, ...(min > 1 && { min }) }, strength: 'mentioned', from });
  }
  return out;
}

function readDegree(s: AdSentence, vocab: Vocabulary, words: JobAdVocabulary, years: number | null, families: string[]): CriterionDraft | null {
  const levels = vocab.degreeLevelMatcher.all(s.text);
  const fields = vocab.degreeFieldMatcher.values(s.text);
  const named = words.degreeWords.all(s.text).length > 0;
  // "MS Office" is not a master's, and "as a manager" is not an associate's: a short level alias
  // counts only written in capitals and beside a degree word or a field.
  const real = levels.filter((m) => m.text.replace(/\W/g, '').length >= 5 || (/^[^a-z]*[A-Z][^a-z]*$/.test(m.text) && (named || fields.length > 0)));
  if (!real.length) return null;
  const level = real.map((m) => m.value).sort((a, b) => DEGREE_LEVELS.indexOf(a) - DEGREE_LEVELS.indexOf(b))[0]!;
  const related = words.relatedField.all(s.text).length > 0;
  const accepted = new Set(fields);
  if (related) for (const group of words.file.relatedFieldGroups) if (group.some((f) => accepted.has(f))) group.forEach((f) => accepted.add(f));
  const equivalent = words.equivalentExperience.all(s.text).length > 0;
  return {
    id: 'degree',
    title: s.text,
    kind: 'degree',
    minLevel: level,
    ...(accepted.size && { fields: [...accepted] }),
    ...(equivalent && { equivalentExperience: { years: years ?? words.file.equivalentYears[level as DegreeLevel] ?? 4, roles: families } }),
  };
}

/**
 * "A two year term contract", "contrat à durée déterminée de deux ans": the years say how long the
 * job lasts. Only the two words after the phrase and the four before it are read, so "3 years of
 * experience managing vendor contracts" still asks for experience.
 */
function isContractTerm(text: string, years: YearsPhrase, words: JobAdVocabulary): boolean {
  // Bounded windows first: the word regexes then cost nothing even on a sentence with no spaces.
  const before = /(?:\S+\s+){0,4}$/u.exec(text.slice(Math.max(0, years.start - 80), years.start))![0];
  const after = /^\s*(?:\S+\s*){0,2}/u.exec(text.slice(years.end, years.end + 60))![0];
  return words.contractTerm.all(before).length > 0 || words.contractTerm.all(after).length > 0;
}

/** Role families a phrase names, by title (roles.yaml) or activity (job-ads.yaml), with their group. */
function familiesIn(text: string, vocab: Vocabulary, words: JobAdVocabulary): string[] {
  const found = new Set<string>();
  for (const families of words.activities.values(text)) families.forEach((f) => found.add(f));
  for (const [id, matcher] of vocab.roleMatchers) if (!vocab.exclusiveFamilies.has(id) && matcher.all(text).length) groupOf(id, words).forEach((f) => found.add(f));
  return [...found];
}

/** A family with the families whose jobs count with it (job-ads.yaml activities, first entry). */
function groupOf(family: string, words: JobAdVocabulary): string[] {
  return words.file.activities.find((a) => a.families[0] === family)?.families ?? [family];
}

function domainsIn(text: string, vocab: Vocabulary): string[] {
  return vocab.termMatcher.values(text).filter((id) => vocab.terms.get(id)?.category === 'domain');
}

const keyOf = (s: AdSentence) => s.path ?? `line:${s.line}:${s.text.slice(0, 40)}`;
function snippetOf(s: AdSentence) {
  return { path: keyOf(s), text: s.text };
}
function sentenceAt(sentences: AdSentence[], key: string): AdSentence {
  return sentences.find((s) => keyOf(s) === key)!;
}

/** experience, experience-2...: ids stay unique when the ad asks for two of a kind. */
function uniqueIds(criteria: ExtractedCriterion[]): ExtractedCriterion[] {
  const seen = new Map<string, number>();
  return criteria.map((c) => {
    const n = (seen.get(c.criterion.id) ?? 0) + 1;
    seen.set(c.criterion.id, n);
    return n === 1 ? c : { ...c, criterion: { ...c.criterion, id: `${c.criterion.id}-${n}` } };
  });
}
