import { inFamilies, yearsOf } from '../engine/experienceYears.js';
import { groupDigits } from '../groupDigits.js';
import type { Day } from '../profile/day.js';
import type { CandidateProfile } from '../profile/profile.js';
import type { Criterion, Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type { Answers } from '../readers/answers/answersSchema.js';
import { factKey } from '../readers/answers/factKey.js';

/** A choice; `null` is "skip" (unknown), which Enter picks. */
export interface Choice {
  name: string;
  value: string | boolean | null;
}

/** Where an answer is kept in the saved answers: a field, or an entry of a keyed field. */
export type Slot =
  | { field: 'name' | 'degreeLevel' | 'degreeField' | 'credentials' | 'domains' | 'methodologies' | 'tools' | 'skills' | 'teamSize' | 'budget' | 'remote' | 'trainingHours' }
  | { field: 'customerFacing'; clientKey: string }
  | { field: 'roleYears' | 'clientYears' | 'credentialCurrent'; key: string };

export type Reader = 'years' | 'amount' | 'people' | 'hours';

export type Input =
  | { kind: 'text' }
  | { kind: 'choice'; choices: Choice[] }
  | { kind: 'multi'; choices: Choice[] }
  | { kind: 'number'; read: Reader; hint: string };

/**
 * One fact to ask, as data: the shell asks it with inquirer, tests read it without a terminal.
 * `feeds` names every criterion that uses it (rubric id/criterion id), so that a fact needed by
 * several rubrics is asked once.
 */
export interface Question {
  id: string;
  slot: Slot;
  message: string;
  input: Input;
  feeds: string[];
  /** A follow-up: asked only once the answers so far make it apply. */
  when?: (answers: Answers) => boolean;
  /** What a résumé already establishes, in words for "from your résumé: …" ('' when known but not worth saying); null when it leaves the fact open. */
  fromResume: (resume: CandidateProfile, asOf: Day) => string | null;
}

export const SKIP: Choice = { name: 'Skip (not sure, or rather not say)', value: null };
export const NONE = '__none__';
export const OTHER = '__other__';
const YES_NO: Choice[] = [SKIP, { name: 'Yes', value: true }, { name: 'No', value: false }];

const COVERAGE = {
  domains: { category: 'domain', message: 'Technical domains you have worked in' },
  methodologies: { category: 'methodology', message: 'Methodologies you have used' },
  tools: { category: 'tool', message: 'Tools you have used' },
  skills: { category: 'skill', message: 'Skills you have practised' },
} as const;
const MULTI_HINT = ' (space selects, Enter confirms; nothing selected skips)';

/** Every criterion of the rubrics in play, each level of a ladder included, tagged with the rubric that scores it. */
function criteriaInPlay(rubrics: readonly Rubric[]): { tag: string; c: Criterion }[] {
  const out: { tag: string; c: Criterion }[] = [];
  for (const r of rubrics) {
    const scored = r.ladder ? r.ladder.levels.map((l) => l.rubric) : [r];
    for (const s of scored) for (const c of s.criteria) if (!s.waived?.includes(c.id)) out.push({ tag: `${s.id}/${c.id}`, c });
  }
  return out;
}

/**
 * The interview for the rubrics in play: one question per fact a criterion needs, in the
 * rubric's own words (the role titles, credentials and terms it names), each asked once however
 * many criteria use it. Nothing is asked that no criterion uses, except the name, for the report.
 */
export function deriveQuestions(rubrics: readonly Rubric[], vocab: Vocabulary): Question[] {
  const facts = new Map<string, Question>();
  /** The first criterion to need a fact words it (its `question:` when it has one); later ones only add to `feeds`. */
  const need = (q: Omit<Question, 'feeds'>, tag: string, override?: string) => {
    const had = facts.get(q.id);
    if (had) {
      if (!had.feeds.includes(tag)) had.feeds.push(tag);
      return had;
    }
    const made: Question = { ...q, message: override ?? q.message, feeds: [tag] };
    facts.set(q.id, made);
    return made;
  };
  const all = criteriaInPlay(rubrics);
  const ofKind = <K extends Criterion['kind']>(...kinds: K[]) => all.filter((x): x is { tag: string; c: Extract<Criterion, { kind: K }> } => (kinds as string[]).includes(x.c.kind));

  need({ id: 'name', slot: { field: 'name' }, message: 'Your name (for the report)', input: { kind: 'text' }, fromResume: (p) => (p.name !== null ? '' : null) }, 'report');

  const degrees = ofKind('degree');
  const fields = [...new Set(degrees.flatMap(({ c }) => c.fields ?? []))];
  for (const { tag, c } of degrees) need(degreeLevelQuestion(), tag, c.question);
  for (const { tag, c } of degrees) {
    if (!c.fields) continue;
    need(
      {
        id: 'degreeField',
        slot: { field: 'degreeField' },
        message: 'Its field',
        input: { kind: 'choice', choices: [SKIP, ...fields.map((f) => ({ name: vocab.degreeFields.get(f) ?? f, value: f })), { name: 'Another field', value: 'other' }] },
        when: (a) => a.degreeLevel != null && a.degreeLevel !== 'none' && a.degreeLevel !== 'secondary',
        fromResume: () => null,
      },
      tag,
    );
  }

  // Years in roles: the experience criteria, and degrees that years in roles can stand in for.
  for (const x of all) {
    if (x.c.kind === 'experience') need(roleYearsQuestion(x.c.roles, x.c.domains, vocab), x.tag, x.c.question);
    if (x.c.kind === 'degree' && x.c.equivalentExperience) need(roleYearsQuestion(x.c.equivalentExperience.roles, undefined, vocab), x.tag);
  }

  for (const { tag, c } of ofKind('customer-facing')) {
    const key = c.roles ? factKey(c.roles) : 'any';
    const as = c.roles ? ` as ${roleNames(c.roles, vocab)}` : '';
    need(
      {
        id: `customerFacing:${key}`,
        slot: { field: 'customerFacing', clientKey: key },
        message: `Who did you lead delivery for${as}?`,
        input: {
          kind: 'choice',
          choices: [
            SKIP,
            { name: 'External clients (professional or managed services, consulting, vendor-side)', value: 'external' },
            { name: 'Internal teams of my own employer only', value: 'internal' },
            { name: 'Both', value: 'both' },
          ],
        },
        fromResume: (p) => (p.positions?.some((j) => (!c.roles || inFamilies(j, c.roles)) && j.engagement !== 'unclear') ? '' : null),
      },
      tag,
      c.question,
    );
    need(
      {
        id: `clientYears:${key}`,
        slot: { field: 'clientYears', key },
        message: `For how many years have you led delivery for external clients${as}?`,
        input: { kind: 'number', read: 'years', hint: 'years, e.g. 4 or 4.5' },
        when: (a) => a.customerFacing === 'external' || a.customerFacing === 'both',
        fromResume: (p) => (p.positions !== null ? '' : null),
      },
      tag,
    );
  }

  const certifications = ofKind('certification');
  const accepted = [...new Set(certifications.flatMap(({ c }) => c.anyOf ?? c.allOf ?? []))];
  const credentialName = (id: string) => vocab.credentials.get(id)?.name ?? id;
  for (const { tag, c } of certifications) {
    need(
      {
        id: 'credentials',
        slot: { field: 'credentials' },
        message: `Which of these certifications do you hold?${MULTI_HINT}`,
        input: { kind: 'multi', choices: [...accepted.map((id) => ({ name: credentialName(id), value: id })), { name: 'Another certification', value: OTHER }, { name: 'None of these', value: NONE }] },
        fromResume: (p) => (p.credentials === null ? null : listOr(p.credentials.filter((h) => accepted.includes(h.id)).map((h) => `the ${credentialName(h.id)}`), 'none of the certifications asked for')),
      },
      tag,
      c.question,
    );
  }
  // Currency is asked of a credential that expires, when a criterion counts only current ones.
  for (const { tag, c } of certifications) {
    if (c.current === false) continue;
    for (const id of c.anyOf ?? c.allOf ?? []) {
      if (!vocab.credentials.get(id)?.validityYears) continue;
      need(
        {
          id: `credentialCurrent:${id}`,
          slot: { field: 'credentialCurrent', key: id },
          message: `Is your ${credentialName(id)} current?`,
          input: { kind: 'choice', choices: [{ name: 'Not sure (skip)', value: null }, { name: 'Yes', value: 'yes' }, { name: 'No, it has lapsed', value: 'lapsed' }] },
          when: (a) => (a.credentials ?? []).includes(id),
          fromResume: () => null,
        },
        tag,
      );
    }
  }

  for (const kind of ['domains', 'methodologies', 'tools', 'skills'] as const) {
    const criteria = ofKind(kind);
    const terms = [...new Set(criteria.flatMap(({ c }) => c.anyOf))];
    const { category, message } = COVERAGE[kind];
    for (const { tag, c } of criteria) {
      need(
        {
          id: kind,
          slot: { field: kind },
          message: message + MULTI_HINT,
          input: { kind: 'multi', choices: [...terms.map((id) => ({ name: vocab.terms.get(id)?.title ?? id, value: id })), { name: 'None of these', value: NONE }] },
          fromResume: (p) => {
            const found = [...(p.terms?.keys() ?? [])].filter((id) => vocab.terms.get(id)?.category === category);
            return found.length ? listOr(found.filter((id) => terms.includes(id)).map((id) => vocab.terms.get(id)?.title ?? id), '') : null;
          },
        },
        tag,
        c.question,
      );
    }
  }

  for (const { tag, c } of ofKind('leadership')) {
    need(
      { id: 'teamSize', slot: { field: 'teamSize' }, message: 'Size of the largest team you have led', input: { kind: 'number', read: 'people', hint: 'people, e.g. 8' }, fromResume: (p) => (p.teamSize ? `a team of ${p.teamSize.size}` : null) },
      tag,
      c.question,
    );
  }
  for (const { tag, c } of ofKind('budget')) {
    const currency = c.currency ? `in ${c.currency}` : `in the currency of the rubric's ${groupDigits(c.minAmount)} (amounts are not converted)`;
    need(
      {
        id: 'budget',
        slot: { field: 'budget' },
        message: `Largest budget you have managed, ${currency}`,
        input: { kind: 'number', read: 'amount', hint: 'e.g. 2,000,000 or 2M or 250k' },
        fromResume: (p) => (p.budget ? `a budget of ${groupDigits(p.budget.amount)}` : null),
      },
      tag,
      c.question,
    );
  }
  for (const { tag, c } of ofKind('remote')) {
    need(
      { id: 'remote', slot: { field: 'remote' }, message: 'Have you worked remotely or led distributed teams?', input: { kind: 'choice', choices: YES_NO }, fromResume: (p) => (p.remote?.length ? 'remote work' : null) },
      tag,
      c.question,
    );
  }
  // The PMP's eligibility rules (which the roadmap states) count 35 hours of training.
  for (const { tag } of certifications.filter(({ c }) => (c.anyOf ?? c.allOf ?? []).includes('pmi-pmp'))) {
    need(
      {
        id: 'trainingHours',
        slot: { field: 'trainingHours' },
        message: 'Hours of project-management training you have taken (the PMP asks for 35)',
        input: { kind: 'number', read: 'hours', hint: 'hours, e.g. 35' },
        fromResume: (p) => (p.trainingHours ? `${p.trainingHours.hours} hours of training` : null),
      },
      tag,
    );
  }
  return [...facts.values()];
}

function degreeLevelQuestion(): Omit<Question, 'feeds'> {
  return {
    id: 'degreeLevel',
    slot: { field: 'degreeLevel' },
    message: 'Your highest completed degree',
    input: {
      kind: 'choice',
      choices: [
        SKIP,
        { name: 'No degree', value: 'none' },
        { name: 'Secondary school or high-school diploma', value: 'secondary' },
        { name: "Associate's degree", value: 'associate' },
        { name: "Bachelor's degree", value: 'bachelor' },
        { name: "Master's degree (MSc, MBA, MEng…)", value: 'master' },
        { name: 'Doctorate', value: 'doctorate' },
      ],
    },
    fromResume: (p) => {
      if (p.degrees === null || !p.degrees.every((d) => d.level !== null)) return null;
      const order = ['secondary', 'associate', 'bachelor', 'master', 'doctorate'];
      const best = [...p.degrees].sort((a, b) => order.indexOf(b.level!) - order.indexOf(a.level!))[0];
      return best ? `a ${best.level}'s${best.fields[0] ? ` in ${best.fields[0].replace(/-/g, ' ')}` : ''}`.replace("a secondary's", 'a secondary diploma').replace("a doctorate's", 'a doctorate') : 'no degree';
    },
  };
}

function roleYearsQuestion(roles: readonly string[], domains: readonly string[] | undefined, vocab: Vocabulary): Omit<Question, 'feeds'> {
  const key = factKey(roles, domains);
  const on = domains ? ` on ${listOr(domains.map((d) => vocab.terms.get(d)?.title ?? d), '')} work` : '';
  return {
    id: `roleYears:${key}`,
    slot: { field: 'roleYears', key },
    message: `Years as ${roleNames(roles, vocab)}${on}`,
    input: { kind: 'number', read: 'years', hint: 'years, e.g. 4 or 4.5' },
    fromResume: (p, asOf) => {
      if (p.positions === null) return null;
      const counted = p.positions.filter((j) => inFamilies(j, roles) && (!domains || j.domains.some((d) => domains.includes(d))));
      return `${Math.round(yearsOf(counted, asOf) * 10) / 10} years as ${roleNames(roles, vocab)}${on}`;
    },
  };
}

/** "a Scrum Master or Agile Coach", from the role families' own titles in vocabulary/roles.yaml: two for one family, the first of each for several. */
export function roleNames(roles: readonly string[], vocab: Vocabulary): string {
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const names: string[] = [];
  for (const r of roles) {
    const titles = vocab.roleTitles.get(r) ?? [vocab.roleFamilies.get(r) ?? r];
    for (const t of titles.slice(0, roles.length === 1 ? 3 : 1)) if (!names.some((n) => fold(n) === fold(t))) names.push(t);
  }
  const picked = names.slice(0, roles.length === 1 ? 2 : names.length);
  return `${/^[AEIOU]/i.test(picked[0] ?? '') ? 'an' : 'a'} ${listOr(picked, '')}`;
}

function listOr(items: readonly string[], empty: string): string {
  if (items.length === 0) return empty;
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
