import { DAYS_PER_MONTH, formatDay, type Day } from '../profile/day.js';
import { unionOf, type Interval } from '../profile/intervals.js';
import type { CandidateProfile, Position } from '../profile/profile.js';
import { round } from './context.js';
import { intervalOf, yearsOf } from './experienceYears.js';

/** A break between jobs longer than this is reported: a reader should see what was not counted. */
const GAP_MONTHS = 6;

/**
 * What the tool counted of a work history, up to the as-of date: years in all (concurrent
 * jobs once), per role family as titles name them, per family inferred from duties only (not
 * counted by title), per technical domain, and the gaps longer than six months between jobs.
 */
export interface ExperienceSummary {
  total: number;
  roles: Record<string, number>;
  /** Years only jobs whose duties show the family add (vocabulary/roles.yaml duties), before any rubric's weight. */
  inferred: Record<string, number>;
  domains: Record<string, number>;
  gaps: { from: string; to: string; months: number }[];
}

export function experienceSummary(profile: CandidateProfile, asOf: Day): ExperienceSummary | null {
  if (!profile.positions) return null;
  const positions = profile.positions;
  const by = (keysOf: (p: Position) => readonly string[]) => {
    const keys = [...new Set(positions.flatMap(keysOf))].sort();
    const entries = keys.map((k) => [k, round(yearsOf(positions.filter((p) => keysOf(p).includes(k)), asOf))] as const);
    return Object.fromEntries(entries.filter(([, y]) => y > 0));
  };
  // Per family, the time only jobs whose duties show it add to the jobs whose titles name it.
  const inferred: Record<string, number> = {};
  for (const family of [...new Set(positions.flatMap((p) => (p.inferred ?? []).map((x) => x.family)))].sort()) {
    const titled = positions.filter((p) => p.families.includes(family));
    const shown = positions.filter((p) => (p.inferred ?? []).some((x) => x.family === family));
    const years = round(yearsOf([...titled, ...shown], asOf) - yearsOf(titled, asOf));
    if (years > 0) inferred[family] = years;
  }
  return {
    total: round(yearsOf(positions, asOf)),
    roles: by((p) => p.families),
    inferred,
    domains: by((p) => p.domains),
    gaps: gapsBetween(positions.map((p) => intervalOf(p, asOf)).filter((i): i is Interval => i !== null)),
  };
}

/** Breaks between the union of the jobs' periods, longer than GAP_MONTHS. */
function gapsBetween(intervals: readonly Interval[]): ExperienceSummary['gaps'] {
  const merged = unionOf(intervals);
  const gaps: ExperienceSummary['gaps'] = [];
  for (let k = 1; k < merged.length; k++) {
    const from = merged[k - 1]!.end + 1;
    const to = merged[k]!.start - 1;
    const months = round((to - from + 1) / DAYS_PER_MONTH);
    if (months > GAP_MONTHS) gaps.push({ from: formatDay(from), to: formatDay(to), months });
  }
  return gaps;
}
