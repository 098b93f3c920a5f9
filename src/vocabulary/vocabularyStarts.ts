import { literalStarts } from './literalStarts.js';
import { vocabulary } from './vocabulary.js';

/** For the build: the literal starts of every embedded engagement and duty cue (knownStarts.ts). */
export function vocabularyStarts(): [string, string[] | null][] {
  const v = vocabulary();
  const regexes = [...v.engagementCues.map((c) => ({ source: c.source ?? c.regex.source, flags: 'i' })), ...[...v.dutyCues.values()].flatMap((d) => d.cues)];
  return regexes.map((r) => [`${r.flags}/${r.source}`, literalStarts(r.source, r.flags)]);
}
