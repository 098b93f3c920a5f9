import type { Problem } from '../../problem.js';
import { mapEvidence } from '../../profile/mapEvidence.js';
import type { CandidateProfile } from '../../profile/profile.js';
import type { Origins } from './exportToResume.js';

/**
 * The origin of a JSON pointer into the converted résumé: the row of the export it was built
 * from (`/work/2/summary` -> `Positions.csv:4`), found by its longest known prefix.
 */
export function originOf(pointer: string, origins: Origins): string | null {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const origin = origins.get(p);
    if (origin !== undefined) return origin;
  }
  return null;
}

/** Evidence that points at the export's file and row instead of the converted document. */
export function relocateProfile(profile: CandidateProfile, origins: Origins): CandidateProfile {
  return mapEvidence(profile, (e) => ({ ...e, path: originOf(e.path, origins) ?? e.path }));
}

/** A warning about the converted document, said of the export's file and line. */
export function relocateProblem(problem: Problem, origins: Origins, exportSource: string): Problem {
  if (!problem.path) return { ...problem, source: exportSource };
  const origin = originOf(pathToPointer(problem.path), origins);
  if (origin === null) return { ...problem, source: exportSource };
  const [file, line] = origin.split(':') as [string, string];
  const { path: _path, ...rest } = problem;
  return { ...rest, source: `${exportSource}/${file}`, line: Number(line) };
}

/** `work[2].startDate` -> `/work/2/startDate`. */
function pathToPointer(path: string): string {
  return '/' + path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).join('/');
}
