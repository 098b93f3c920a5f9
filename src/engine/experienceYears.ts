import { DAYS_PER_YEAR, type Day } from '../profile/day.js';
import { clip, coveredDays, type Interval } from '../profile/intervals.js';
import type { Position } from '../profile/profile.js';

/** The days a job covers up to the as-of date: an open-ended job runs to it, a future one is not counted. */
export function intervalOf(p: Position, asOf: Day): Interval | null {
  const end = Math.min(p.end ?? asOf, asOf);
  return end >= p.start ? { start: p.start, end } : null;
}

/** Years covered by the positions, overlapping ones counted once, optionally within a window. */
export function yearsOf(positions: readonly Position[], asOf: Day, window?: { from: Day }): number {
  let intervals = positions.map((p) => intervalOf(p, asOf)).filter((i): i is Interval => i !== null);
  if (window) intervals = clip(intervals, window.from, asOf);
  return coveredDays(intervals) / DAYS_PER_YEAR;
}

export function inFamilies(p: Position, families: readonly string[]): boolean {
  return p.families.some((f) => families.includes(f));
}
