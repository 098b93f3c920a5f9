import { DAYS_PER_MONTH, formatDay, type Day } from '../profile/day.js';
import { unionOf, type Interval } from '../profile/intervals.js';
import type { CandidateProfile, Position } from '../profile/profile.js';
import { round } from './context.js';
import { intervalOf, yearsCovered } from './experienceYears.js';

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
  // Each job's period is worked out once; every count below is the union of some of them.
  const periods = positions.map((p) => intervalOf(p, asOf));
  /** Years per key (a family, a domain), for the keys the jobs name, in key order; none of 0. */
  const by = (keysOf: (p: Position) => readonly string[]) => {
    const periodsByKey = new Map<string, (Interval | null)[]>();
    positions.forEach((p, i) => {
      // A job counts once for a key it names twice.
      for (const k of new Set(keysOf(p))) {
        const list = periodsByKey.get(k) ?? [];
        list.push(periods[i]!);
        periodsByKey.set(k, list);
      }
    });
    const out: Record<string, number> = {};
    for (const k of [...periodsByKey.keys()].sort()) {
      const years = round(yearsCovered(periodsByKey.get(k)!));
      if (years > 0) out[k] = years;
    }
    return out;
  };
  // Per family, the time only jobs whose duties show it add to the jobs whose titles name it.
  const inferred: Record<string, number> = {};
  for (const family of [...new Set(positions.flatMap((p) => (p.inferred ?? []).map((x) => x.family)))].sort()) {
    const titled = periods.filter((_, i) => positions[i]!.families.includes(family));
    const shown = periods.filter((_, i) => (positions[i]!.inferred ?? []).some((x) => x.family === family));
    const years = round(yearsCovered([...titled, ...shown]) - yearsCovered(titled));
    if (years > 0) inferred[family] = years;
  }
  return {
    total: round(yearsCovered(periods)),
    roles: by((p) => p.families),
    inferred,
    domains: by((p) => p.domains),
    gaps: gapsBetween(periods.filter((i): i is Interval => i !== null)),
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
