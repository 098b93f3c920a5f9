import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { answersFileOf, candidateFromAnswers } from '../readers/answers/answersFile.js';
import { documentToProfile } from '../readers/jsonResume/readResume.js';
import type { CandidateProfile } from '../profile/profile.js';
import { type Result, fail } from '../problem.js';
import { parseJson } from '../readers/jsonResume/parseJson.js';
import { readExportProfile } from './readExportInput.js';
import { fileProblem } from './readInput.js';
import type { Scoring } from './scoring.js';

/**
 * A parsed input document -> a candidate profile, reading the résumé that saved answers name
 * (`"resume"`, relative to the answers file: a JSON résumé or a LinkedIn export) so that
 * `assess answers.json` scores what the interview scored.
 */
export async function readCandidateDocument(document: unknown, source: string, scoring: Scoring): Promise<Result<CandidateProfile>> {
  const file = answersFileOf(document, source);
  if (!file.ok) return file;
  if (!file.value) return documentToProfile(document, source, scoring.vocabulary);
  const named = file.value.resume;
  if (named === undefined) return candidateFromAnswers(file.value, scoring.vocabulary, scoring.asOf);
  const path = resolve(source === '<stdin>' ? '.' : dirname(source), named);
  // Answers that complete a LinkedIn export (interview --resume export.zip) read the export again.
  const exported = await readExportProfile(path, scoring.vocabulary);
  if (exported) return candidateFromAnswers(file.value, scoring.vocabulary, scoring.asOf, { profile: exported });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const problem = fileProblem(path, error, 'résumé');
    return fail([{ ...problem, message: `${source} completes the résumé ${named}, but ${problem.message}`, hint: 'put the résumé back, or edit "resume" in the answers file' }]);
  }
  const resume = parseJson(text, path);
  if (!resume.ok) return resume;
  return candidateFromAnswers(file.value, scoring.vocabulary, scoring.asOf, { document: resume.value, source: path });
}
