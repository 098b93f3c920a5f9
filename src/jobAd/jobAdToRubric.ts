import { type Problem, type Result, fail } from '../problem.js';
import { parseJson } from '../readers/jsonResume/parseJson.js';
import type { Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { jobAdVocabulary } from './jobAdVocabulary.js';
import { MAX_AD_CHARS, readJobDocument, readTextAd } from './readJobAd.js';
import { writeJobRubric } from './writeJobRubric.js';

/**
 * A job ad as text (plain or HTML, or a JSON Resume job document) -> rubric YAML; with `base`,
 * as its differences from that rubric. Pure and bounded: past MAX_AD_CHARS the rest is not
 * read, with a warning.
 */
export function jobAdToRubric(text: string, source: string, vocab: Vocabulary, base?: Rubric): Result<string> {
  const warnings: Problem[] = [];
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_AD_CHARS) {
    warnings.push({ code: 'job-ad-truncated', message: `the ad is longer than ${MAX_AD_CHARS / 1024} KB; the rest is not read`, source, hint: 'give the text of one ad' });
    body = body.slice(0, MAX_AD_CHARS);
  }
  if (body.trim() === '') return fail([{ code: 'job-ad-empty', message: `${source} is empty`, source, hint: 'paste the job ad\'s text into the file' }], warnings);
  const words = jobAdVocabulary();
  const namesRole = (line: string) => [...vocab.roleMatchers.values()].some((m) => m.all(line).length > 0);
  let ad;
  if (/^\s*[{[]/.test(body)) {
    const json = parseJson(body, source);
    if (!json.ok) return fail(json.problems, warnings);
    const read = readJobDocument(json.value, source);
    if (!read.ok) return fail(read.problems, warnings);
    ad = read.value;
  } else {
    ad = readTextAd(body, words, namesRole);
  }
  const rubric = writeJobRubric(ad, source, vocab, words, base);
  return rubric.ok ? { ...rubric, warnings: [...warnings, ...rubric.warnings] } : fail(rubric.problems, warnings);
}
