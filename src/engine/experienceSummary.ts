import type { Day } from '../profile/day.js';
import type { CandidateProfile, Position } from '../profile/profile.js';
import { round } from './context.js';
import { yearsOf } from './experienceYears.js';

/** Years per role family and per technical domain, each a union of periods: concurrent jobs count once. */
export interface ExperienceSummary {
  roles: Record<string, number>;
  domains: Record<string, number>;
}

export function experienceSummary(profile: CandidateProfile, asOf: Day): ExperienceSummary | null {
  if (!profile.positions) return null;
  const by = (keysOf: (p: Position) => readonly string[]) => {
    const keys = [...new Set(profile.positions!.flatMap(keysOf))].sort();
    const entries = keys.map((k) => [k, round(yearsOf(profile.positions!.filter((p) => keysOf(p).includes(k)), asOf))] as const);
    return Object.fromEntries(entries.filter(([, years]) => years > 0));
  };
  return { roles: by((p) => p.families), domains: by((p) => p.domains) };
}
