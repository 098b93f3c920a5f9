import { fail, ok, type Result } from '../problem.js';
import { headingKey, type JobAdVocabulary, type Section } from './jobAdVocabulary.js';
import { htmlToLines } from './htmlToLines.js';

/** One sentence of an ad, with where it is: the 1-based line of a text ad, or a JSON pointer. */
export interface AdSentence {
  text: string;
  line: number | null;
  path: string | null;
  section: Section | 'preamble';
}

export interface JobAd {
  title: string | null;
  sentences: AdSentence[];
  /** Whether the ad has sections that say what it asks for (then the preamble is not read for them). */
  hasRequirementSections: boolean;
}

/** Past this, an ad is not an ad; the rest is ignored (with a warning from the caller). */
export const MAX_AD_CHARS = 512 * 1024;

const BULLET = /^\s*(?:[•*·▪◦●○■□►▸‣⁃–—-]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
const SENTENCE_END = /(?<=[.!?;])\s+(?=[\p{Lu}¿¡"“(])/u;

/** A job ad as pasted from a job board (plain text or HTML) -> its title and sentences by section. */
export function readTextAd(text: string, vocab: JobAdVocabulary, namesRole: (line: string) => boolean): JobAd {
  const lines = /<\/?(?:p|li|ul|ol|div|br|h[1-6]|span|strong|b|em|table|tr|td)\b[^>]*>/i.test(text) ? htmlToLines(text) : plainLines(text);
  let section: AdSentence['section'] = 'preamble';
  let title: string | null = null;
  let hasRequirementSections = false;
  const sentences: AdSentence[] = [];
  for (const { text: raw, line } of lines) {
    const content = raw.replace(BULLET, '').trim();
    if (content === '') continue;
    const heading = headingOf(content, vocab);
    if (heading) {
      section = heading.section;
      if (section === 'requirements' || section === 'preferred') hasRequirementSections = true;
      if (!heading.rest) continue;
    }
    const body = heading ? heading.rest : content;
    // The title is the first short line before any section that names a role, as job boards put it.
    if (title === null && section === 'preamble' && body.length <= 80 && !/[.!?]$/.test(body) && namesRole(body)) {
      title = body;
      continue;
    }
    for (const s of body.split(SENTENCE_END)) if (s.trim()) sentences.push({ text: s.trim(), line, path: null, section });
  }
  return { title, sentences, hasRequirementSections };
}

/** A heading line opens a section; "Qualifications: 10+ years..." opens it and carries content. */
function headingOf(content: string, vocab: JobAdVocabulary): { section: Section; rest: string } | null {
  const whole = vocab.headings.get(headingKey(content));
  if (whole) return { section: whole, rest: '' };
  const colon = content.search(/[:：]/u);
  if (colon > 0 && colon <= 60) {
    const section = vocab.headings.get(headingKey(content.slice(0, colon)));
    if (section) return { section, rest: content.slice(colon + 1).trim() };
  }
  return null;
}

function plainLines(text: string): { text: string; line: number }[] {
  return text.split(/\r\n?|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * A JSON Resume job document (job-schema.json): qualifications are requirements, responsibilities
 * are responsibilities, skills (with their keywords) are requirements, the description is prose.
 */
export function readJobDocument(document: unknown, source: string): Result<JobAd> {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return fail([{ code: 'job-not-an-object', message: 'a JSON job ad must be an object (JSON Resume job-schema.json)', source, hint: 'give title, description, qualifications and responsibilities' }]);
  }
  const job = document as Record<string, unknown>;
  const sentences: AdSentence[] = [];
  const add = (path: string, value: unknown, section: AdSentence['section']) => {
    if (typeof value !== 'string') return;
    for (const s of value.split(SENTENCE_END)) if (s.trim()) sentences.push({ text: s.trim(), line: null, path, section });
  };
  add('/description', job.description, 'preamble');
  if (typeof job.remote === 'string' && /^(full|remote|yes|true)/i.test(job.remote.trim())) add('/remote', `Remote work: ${job.remote}`, 'requirements');
  const list = (key: string, section: Section) => {
    if (Array.isArray(job[key])) (job[key] as unknown[]).forEach((v, i) => add(`/${key}/${i}`, v, section));
  };
  list('qualifications', 'requirements');
  list('responsibilities', 'responsibilities');
  if (Array.isArray(job.skills)) {
    job.skills.forEach((skill: unknown, i) => {
      if (!skill || typeof skill !== 'object') return;
      const s = skill as Record<string, unknown>;
      const keywords = Array.isArray(s.keywords) ? s.keywords.filter((k): k is string => typeof k === 'string') : [];
      add(`/skills/${i}`, [s.name, ...keywords].filter((t) => typeof t === 'string' && t).join(', '), 'requirements');
    });
  }
  return ok({ title: typeof job.title === 'string' && job.title.trim() ? job.title.trim() : null, sentences, hasRequirementSections: Array.isArray(job.qualifications) });
}
