import type { Day } from '../../profile/day.js';
import { readDate, type Edge } from '../../profile/readDate.js';
import { DEGREE_LEVELS, type CandidateProfile, type DegreeLevel, type Credential, type Degree, type Evidence, type Position } from '../../profile/profile.js';
import { toPointer, type Problem } from '../../problem.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { classifyEngagement, type JobText } from '../text/engagement.js';
import { statedCurrency } from '../text/credentialCurrency.js';
import { dutyFamilies } from '../text/dutyFamilies.js';
import { addSnippet, addSnippets, isProse, jobTexts } from './jobTexts.js';
import { quote, type Snippet } from '../text/quote.js';
import type { JsonResume } from './jsonResumeSchema.js';
import { titleFamilies } from '../text/titleFamilies.js';
import { Words } from '../../vocabulary/words.js';
import { findBudget, findTeamSize, findTrainingHours } from '../text/quantities.js';
import { lazy, withFactsOnFirstUse } from '../../profile/lazy.js';

const MAX_EVIDENCE_PER_TERM = 3;

/**
 * Reads a JSON Resume (as readJsonResume.ts leaves it: entries that could not be read are
 * holes) into a candidate profile. Pure: the vocabulary is compiled
 * beforehand, and nothing here depends on the date (open-ended jobs stay open; the engine
 * runs them to its as-of date).
 */
export function resumeToProfile(resume: JsonResume, vocab: Vocabulary): { profile: CandidateProfile; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const everything: Snippet[] = [];
  addSnippet(everything, '/basics/label', resume.basics?.label);
  addSnippet(everything, '/basics/summary', resume.basics?.summary);

  // Each job's texts stand together in `everything`, from `first` up to `end`.
  const jobs: { section: 'work' | 'volunteer'; i: number; entry: JobEntry; job: JobText; first: number; end: number }[] = [];
  for (const section of ['work', 'volunteer'] as const) {
    const entries = resume[section] ?? [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (!entry) continue;
      const job = jobTexts(`/${section}/${i}`, entry);
      const first = everything.length;
      for (const s of job.title) everything.push(s);
      for (const s of job.body) everything.push(s);
      jobs.push({ section, i, entry, job, first, end: everything.length });
    }
  }

  const projects = resume.projects ?? [];
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    if (!p) continue;
    const base = `/projects/${i}`;
    addSnippet(everything, `${base}/name`, p.name);
    addSnippet(everything, `${base}/description`, p.description);
    addSnippets(everything, `${base}/highlights`, p.highlights);
    addSnippets(everything, `${base}/keywords`, p.keywords);
    addSnippets(everything, `${base}/roles`, p.roles);
  }
  const skills = resume.skills ?? [];
  if (Array.isArray(skills)) {
    for (let i = 0; i < skills.length; i++) {
      const s = skills[i];
      if (typeof s === 'string') addSnippet(everything, `/skills/${i}`, s);
      else if (s) addSnippets(addSnippet(everything, `/skills/${i}/name`, s.name), `/skills/${i}/keywords`, s.keywords);
    }
  } else {
    for (const [group, named] of Object.entries(skills)) {
      const base = toPointer(['skills', group]);
      if (typeof named === 'string') addSnippet(everything, base, named);
      else addSnippets(everything, base, named);
    }
  }

  const certificateTexts: Snippet[] = [];
  const certificates = resume.certificates ?? [];
  for (let i = 0; i < certificates.length; i++) {
    const c = certificates[i];
    if (typeof c === 'string') addSnippet(certificateTexts, `/certificates/${i}`, c);
    else if (c) addSnippet(certificateTexts, `/certificates/${i}/name`, [c.name, c.issuer && !c.name?.includes(c.issuer) ? `(${c.issuer})` : ''].join(' ').trim());
  }
  const otherCredentialTexts: Snippet[] = [];
  const awards = resume.awards ?? [];
  for (let i = 0; i < awards.length; i++) {
    const a = awards[i];
    if (typeof a === 'string') addSnippet(otherCredentialTexts, `/awards/${i}`, a);
    else addSnippet(otherCredentialTexts, `/awards/${i}/title`, a?.title);
  }
  const education = resume.education ?? [];
  for (let i = 0; i < education.length; i++) addSnippets(otherCredentialTexts, `/education/${i}/courses`, education[i]?.courses);
  for (const s of everything) otherCredentialTexts.push(s);

  const hasWork = resume.work !== undefined || resume.volunteer !== undefined;
  // Each text is split into words and searched for terms once; credentials, jobs, domains and
  // remote work read from these, which stand in `everything`'s order.
  const words = new Map<Snippet, Words>();
  const termHits: TermHit[] = [];
  for (const s of everything) {
    const tokens = Words.of(s.text);
    words.set(s, tokens);
    termHits.push({ snippet: s, ids: vocab.termMatcher.values(tokens, { prose: isProse(s.path) }) });
  }
  const credentials = readCredentials(resume, certificateTexts, otherCredentialTexts, vocab, warnings, (s) => words.get(s) ?? s.text);
  const positions: Position[] = [];
  for (const { section, i, entry, job, first, end } of jobs) {
    // The domains a job's own texts name (its title, summary, highlights and keywords).
    const domains = new Set<string>();
    for (let k = first; k < end; k++) for (const id of termHits[k]!.ids) if (vocab.terms.get(id)?.category === 'domain') domains.add(id);
    const position = readPosition(section, i, entry, job, [...domains].sort(), vocab, warnings);
    if (position) positions.push(position);
  }

  return {
    profile: withFactsOnFirstUse(
      {
        name: nonEmpty(resume.basics?.name),
        positions: hasWork ? positions : null,
        degrees: resume.education === undefined ? null : readDegrees(resume, vocab, warnings),
        credentials,
        terms: everything.length ? indexTerms(termHits) : null,
      },
      // Read when a scope criterion asks: most rubrics have none.
      { teamSize: () => findTeamSize(everything), budget: () => findBudget(everything) },
      {
        remote: hasWork ? findRemote(resume, termHits) : null,
        trainingHours: findTrainingHours(otherCredentialTexts),
      },
    ),
    warnings,
  };
}

function nonEmpty(text: string | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}

type JobEntry = NonNullable<NonNullable<JsonResume['work']>[number] | NonNullable<JsonResume['volunteer']>[number]>;

function readPosition(
  section: 'work' | 'volunteer',
  i: number,
  entry: JobEntry,
  job: JobText,
  domains: string[],
  vocab: Vocabulary,
  warnings: Problem[],
): Position | null {
  const path = `${section}[${i}]`;
  const e = entry as Record<string, unknown>;
  const title = nonEmpty(e.position as string | undefined) ?? '';
  const employer = nonEmpty((e.name ?? e.organization ?? e.company) as string | undefined);
  const startText = nonEmpty(entry.startDate ?? undefined);
  if (startText === null) {
    warnings.push({ code: 'resume-no-start-date', message: 'has no startDate, so its time is not counted', path, hint: 'add a startDate like 2019-04' });
    return null;
  }
  const notCounted = "this job's time is not counted";
  const start = readDateField(startText, `${path}.startDate`, 'start', vocab, warnings, notCounted);
  if (start === null || start === 'now') return null;
  const endText = entry.endDate;
  const end = endText === undefined ? 'now' : readDateField(endText, `${path}.endDate`, 'end', vocab, warnings, notCounted);
  if (end === null) return null;
  if (end !== 'now' && end < start) {
    warnings.push({ code: 'resume-end-before-start', message: `ends (${endText}) before it starts (${startText}); not counted`, path, hint: 'check the dates' });
    return null;
  }
  const families = titleFamilies(title, vocab);
  const inferred = dutyFamilies(job.body, families, vocab);
  const base = `/${section}/${i}`;
  // Read when asked for (a customer-facing criterion, a report of the profile): most rubrics have none.
  const engaged = lazy(() => classifyEngagement(job, vocab));
  const period = `${startText} to ${end !== 'now' ? endText : 'present'}`;
  return withFactsOnFirstUse(
    {
      title,
      employer,
      start,
      end: end === 'now' ? null : end,
      families,
      ...(inferred.length && { inferred }),
      domains,
    },
    { engagement: () => engaged().engagement, engagementEvidence: () => engaged().evidence },
    { evidence: { path: base, text: [title || '(no title)', employer, period].filter(Boolean).join(', ') } },
  );
}

function readDegrees(resume: JsonResume, vocab: Vocabulary, warnings: Problem[]): Degree[] {
  const out: Degree[] = [];
  // Read only when an entry has no end date, which most do not: off the batch hot path.
  let summary: Map<DegreeLevel, Evidence> | undefined;
  const summaryLevels = () => (summary ??= levelsInProgress(addSnippet(addSnippet([], '/basics/summary', resume.basics?.summary), '/basics/label', resume.basics?.label), vocab));
  for (const [i, e] of (resume.education ?? []).entries()) {
    if (!e) continue;
    const studyType = e.studyType?.trim() ?? '';
    const area = e.area?.trim() ?? '';
    // The highest level named: "BSc, MSc" is a master's. The area may name it when the studyType does not.
    const studyWords = Words.of(studyType);
    const areaWords = Words.of(area);
    let levels = vocab.degreeLevelMatcher.values(studyWords);
    if (!levels.length) levels = vocab.degreeLevelMatcher.values(areaWords);
    const training = (t: Words) => vocab.notDegreeMatcher.values(t).length > 0;
    if (training(studyWords) || (!levels.length && training(studyType ? studyWords : areaWords))) continue;
    const level = levels.sort((a, b) => DEGREE_LEVELS.indexOf(b) - DEGREE_LEVELS.indexOf(a))[0] ?? null;
    if (level === null && !studyType && !area && !e.institution?.trim()) continue;
    const fields = vocab.degreeFieldMatcher.values(`${area} ${studyType}`);
    const dated = (value: string | null | undefined, key: string, edge: Edge, what: string) => {
      const day = value ? readDateField(value, `education[${i}].${key}`, edge, vocab, warnings, `the ${what} date is unknown`, 'still in progress') : null;
      return day === 'now' ? null : day;
    };
    const completed = dated(e.endDate, 'endDate', 'end', 'completion');
    const inProgress = degreeInProgress(e as Record<string, unknown>, i, level, completed === null ? summaryLevels : null, vocab);
    out.push({
      level,
      fields: [...new Set(fields)].sort(),
      started: dated(e.startDate, 'startDate', 'start', 'start'),
      completed,
      ...(inProgress && { inProgress }),
      evidence: { path: `/education/${i}`, text: quote([studyType, area, e.institution].filter(Boolean).join(', ')) },
    });
  }
  return out;
}

const ENTRY_TEXTS = ['studyType', 'area', 'score', 'summary'];

/**
 * The degree levels the summary says are unfinished, each with its sentence: an in-progress
 * word next to the level's name ("persuing my B.Tech", "PhD candidate"). Read once per résumé,
 * not once per education entry, so the cost stays linear in the résumé.
 */
function levelsInProgress(summaries: readonly Snippet[], vocab: Vocabulary): Map<DegreeLevel, Evidence> {
  const found = new Map<DegreeLevel, Evidence>();
  for (const s of summaries) {
    for (const sentence of s.text.split(/(?<=[.;!?])\s+|\n/)) {
      const cues = vocab.degreeInProgressMatcher.all(sentence);
      if (!cues.length) continue;
      for (const d of vocab.degreeLevelMatcher.all(sentence)) {
        // Next to each other: "pursuing my B.Tech", "PhD candidate"; not "an MBA, preparing for the PMP exam, candidate".
        const near = cues.some((c) => (c.index < d.index ? d.index - (c.index + c.text.length) <= 12 : c.index - (d.index + d.text.length) <= 3));
        if (near && !found.has(d.value)) found.set(d.value, { path: s.path, text: quote(sentence) });
      }
    }
  }
  return found;
}

/**
 * Whether the text says a degree is unfinished: its own entry ("B.Tech (ongoing)"), or, for an
 * entry with no end date, the summary (levelsInProgress).
 */
function degreeInProgress(entry: Record<string, unknown>, i: number, level: Degree['level'], summary: (() => ReadonlyMap<DegreeLevel, Evidence>) | null, vocab: Vocabulary): Evidence | undefined {
  for (const key of ENTRY_TEXTS) {
    const text = entry[key];
    if (typeof text === 'string' && vocab.degreeInProgressMatcher.all(text).length) return { path: `/education/${i}/${key}`, text: quote(text) };
  }
  return level === null || summary === null ? undefined : summary().get(level);
}

function readCredentials(
  resume: JsonResume,
  certificateTexts: Snippet[],
  otherTexts: Snippet[],
  vocab: Vocabulary,
  warnings: Problem[],
  wordsOf: (s: Snippet) => string | Words,
): Credential[] | null {
  const found = new Map<string, Credential>();
  const add = (credential: Credential) => {
    const known = found.get(credential.id);
    // Keep the most recent date: a renewal or a later re-take keeps the credential current.
    if (!known || (credential.earned !== null && (known.earned === null || credential.earned > known.earned))) found.set(credential.id, credential);
  };
  for (const s of certificateTexts) {
    const i = Number(s.path.split('/')[2]);
    const entry = resume.certificates?.[i];
    const fields = typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const date = typeof fields.date === 'string' ? fields.date.trim() : undefined;
    const read = date ? readDateField(date, `certificates[${i}].date`, 'start', vocab, warnings, 'the date it was earned is unknown') : null;
    const earned = read === 'now' ? null : read;
    // JSON Resume has no expiry field; LinkedIn's "Finished On" arrives as endDate, and people add expiryDate.
    const expiryKey = EXPIRY_KEYS.find((k) => typeof fields[k] === 'string' && (fields[k] as string).trim() !== '');
    const stated = expiryKey ? readDateField(fields[expiryKey] as string, `certificates[${i}].${expiryKey}`, 'end', vocab, warnings, 'its expiry is unknown', 'not expiring') : null;
    const matches = vocab.credentialMatcher.all(wordsOf(s));
    matches.forEach((m, k) => {
      const currency = statedCurrency(s.text.slice(m.index + m.text.length, nextOther(matches, k)), vocab);
      add({
        id: m.value,
        earned: earned ?? currency.earned ?? null,
        ...(stated !== null && stated !== 'now' ? { expires: stated } : currency.expires !== undefined && { expires: currency.expires }),
        ...(currency.lapsed && { lapsed: true }),
        evidence: { path: s.path, text: quote(s.text) },
      });
    });
  }
  if (resume.certificates !== undefined) return sortById([...found.values()]);
  // Before 2020 JSON Resume had no certificates section; people listed credentials in summaries,
  // awards, courses and skills. With no such section, those mentions count, dated only by what
  // the sentence says, unless the sentence says the credential is not held yet.
  for (const s of otherTexts) {
    const matches = vocab.credentialMatcher.all(wordsOf(s), { prose: isProse(s.path) });
    matches.forEach((m, k) => {
      if (found.has(m.value) || saysNotHeld(s.text, m, vocab)) return;
      const currency = statedCurrency(clauseAfter(s.text, m, nextOther(matches, k)), vocab);
      add({ id: m.value, earned: currency.earned ?? null, ...(currency.expires !== undefined && { expires: currency.expires }), ...(currency.lapsed && { lapsed: true }), evidence: { path: s.path, text: quote(s.text) } });
    });
  }
  return found.size ? sortById([...found.values()]) : null;
}

/** Where the next credential other than the k-th starts: "Certified Scrum Master (CSM) – lapsed" names one twice. */
function nextOther(matches: readonly { value: string; index: number }[], k: number): number | undefined {
  return matches.slice(k + 1).find((m) => m.value !== matches[k]!.value)?.index;
}

const EXPIRY_KEYS = ['endDate', 'expiryDate', 'expirationDate', 'expires', 'validUntil'];

/** The rest of a credential's sentence, up to the next credential named in it. */
function clauseAfter(text: string, match: { index: number; text: string }, next: number | undefined): string {
  const rest = text.slice(match.index + match.text.length, next);
  const end = rest.search(/[;!?\n•]|\.\s+\p{Lu}/u);
  return end === -1 ? rest : rest.slice(0, end);
}

const sortById = (list: Credential[]) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** "Preparing for the PMP", "not PMP certified", "PMP candidate": a qualifier in the same sentence. */
function saysNotHeld(text: string, match: { index: number; text: string }, vocab: Vocabulary): boolean {
  const sentenceStart = Math.max(...['.', ';', '!', '?', '\n', '•'].map((c) => text.lastIndexOf(c, match.index - 1))) + 1;
  if (vocab.notHeldMatcher.all(text.slice(sentenceStart, match.index)).length) return true;
  const after = Words.of(text.slice(match.index + match.text.length));
  return vocab.notHeldAfterMatcher.all(after.first(3)).length > 0;
}

type TermHit = { snippet: Snippet; ids: string[] };

function indexTerms(hits: readonly TermHit[]): Map<string, Evidence[]> {
  const terms = new Map<string, Evidence[]>();
  for (const { snippet: s, ids } of hits) {
    for (const id of ids) {
      const list = terms.get(id) ?? [];
      if (list.length < MAX_EVIDENCE_PER_TERM && !list.some((e) => e.path === s.path)) list.push({ path: s.path, text: quote(s.text) });
      terms.set(id, list);
    }
  }
  return terms;
}

function findRemote(resume: JsonResume, hits: readonly TermHit[]): Evidence[] {
  const out: Evidence[] = [];
  for (const [i, w] of (resume.work ?? []).entries()) {
    if (w?.location && /\b(remote|distributed|work from home|anywhere)\b/i.test(w.location)) out.push({ path: `/work/${i}/location`, text: w.location });
  }
  for (const { snippet: s, ids } of hits) if (ids.includes('remote-collaboration')) out.push({ path: s.path, text: quote(s.text) });
  return out.slice(0, MAX_EVIDENCE_PER_TERM);
}

/**
 * A date field read with readDate: a day, 'now' (an end date that says the job is current),
 * or null when it cannot be read. Every reading that is not ISO 8601 is a warning saying how it
 * was read; `unreadable` says what the reader loses.
 */
function readDateField(
  value: string | null,
  path: string,
  edge: Edge,
  vocab: Vocabulary,
  warnings: Problem[],
  unreadable: string,
  ongoingAs = 'a current job',
): Day | 'now' | null {
  const text = value?.trim() ?? '';
  const read = text === '' ? ({ ok: true, day: 'now', how: '' } as const) : readDate(text, edge, vocab.dates);
  if (read.ok && read.day === 'now' && edge === 'end') {
    warnings.push(ongoing(value, path, ongoingAs));
    return 'now';
  }
  if (!read.ok || read.day === 'now') {
    const problem = read.ok ? `"${text}" is not a start date` : read.problem;
    warnings.push({ code: 'resume-date-unreadable', message: `${problem}; ${unreadable}`, path, hint: 'write dates like 2019-04 or 2019-04-15' });
    return null;
  }
  if (read.how !== null) {
    warnings.push({ code: 'resume-date-read', message: `"${text}" is not an ISO 8601 date; ${read.how}`, path, hint: 'write dates like 2019-04 or 2019-04-15' });
  }
  return read.day;
}

function ongoing(value: string | null, path: string, as: string): Problem {
  return {
    code: 'resume-ongoing-end-date',
    message: `endDate ${JSON.stringify(value)} is not a JSON Resume date; read as ${as}`,
    path,
    hint: 'leave endDate out for a current job',
  };
}
