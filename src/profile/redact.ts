import { mapEvidence } from './mapEvidence.js';
import type { CandidateProfile } from './profile.js';

export const REDACTED = '[redacted]';

// Contact details as they appear inside résumé text. Phone numbers are read narrowly (an
// international +prefix, or the 3-3-4 North American form) so that years ("2019 - 2021") and
// amounts are never taken for one.
const CONTACT = [
  /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu,
  /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi,
  /\b(?:[a-z\d-]+\.)+(?:com|org|net|io|dev|me|info|co|de|fr|es|it|uk|ca)\/[^\s<>"'()]*/gi,
  /\+\d[\d\s().-]{6,}\d/g,
  /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
];
/** Where a JSON Resume keeps contact details: evidence from there is dropped whole. */
const CONTACT_PATHS = /^\/basics\/(?:email|phone|url|location|profiles)(?:\/|$)/;

/** Text with e-mail addresses, URLs and phone numbers replaced by [redacted]. */
export function redactText(text: string): string {
  let out = text;
  for (const pattern of CONTACT) out = out.replace(pattern, REDACTED);
  return out;
}

/**
 * The profile with contact details (e-mail, phone, address, profiles, URLs) out of every piece
 * of evidence, so that no report format can show them: for reports that are shared or stored.
 */
export function redactProfile(profile: CandidateProfile): CandidateProfile {
  return mapEvidence(profile, (e) => ({ ...e, text: CONTACT_PATHS.test(e.path) ? REDACTED : redactText(e.text) }));
}
