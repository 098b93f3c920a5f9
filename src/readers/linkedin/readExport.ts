import { fail, ok, type Result } from '../../problem.js';
import type { CandidateProfile } from '../../profile/profile.js';
import { documentToProfile } from '../jsonResume/readResume.js';
import type { Vocabulary } from '../../vocabulary/vocabulary.js';
import { IDENTIFYING_FILES, type ExportTexts } from './exportFiles.js';
import { exportToResume, type ConvertedExport } from './exportToResume.js';
import { relocateProblem, relocateProfile } from './relocate.js';

/**
 * The files of a LinkedIn export -> the JSON Resume it amounts to. An export is known by
 * holding Positions.csv or Profile.csv; anything else is refused with what was looked for.
 */
export function convertExport(texts: ExportTexts, source: string): Result<ConvertedExport> {
  if (!IDENTIFYING_FILES.some((f) => texts[f] !== undefined)) {
    return fail([{ code: 'linkedin-not-an-export', message: `not a LinkedIn export: no Positions.csv or Profile.csv in ${source}`, source, hint: 'give the ZIP from LinkedIn\'s "Get a copy of your data" or the folder it unpacks to, or give a résumé file (batch reads many)' }]);
  }
  const converted = exportToResume(texts);
  return ok(converted, converted.warnings.map((w) => relocateProblem(w, converted.origins, source)));
}

/**
 * The files of a LinkedIn export -> a candidate profile, read by the same reader as a JSON
 * résumé (so both score alike), with evidence that points at the export's file and row.
 */
export function exportToProfile(texts: ExportTexts, source: string, vocab: Vocabulary): Result<CandidateProfile> {
  const converted = convertExport(texts, source);
  if (!converted.ok) return converted;
  const { resume, origins } = converted.value;
  const read = documentToProfile(resume, source, vocab);
  const warnings = [...converted.warnings, ...read.warnings.map((w) => relocateProblem(w, origins, source))];
  if (!read.ok) return fail(read.problems.map((p) => relocateProblem(p, origins, source)), warnings);
  return ok(relocateProfile(read.value, origins), warnings);
}
