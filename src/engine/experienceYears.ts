import { DAYS_PER_YEAR, type Day } from '../profile/day.js';
import { clip, coveredDays, type Interval } from '../profile/intervals.js';
import type { Position } from '../profile/profile.js';

/** The days a job covers up to the as-of date: an open-ended job runs to it, a future one is not counted. */
export function intervalOf(p: Position, asOf: Day): Interval | null {
  const end = Math.min(p.end ?? asOf, asOf);
  return end >= p.start ? { start: p.start, end } : null;
}

/** Years the periods cover, overlapping ones counted once; a null period (a job not begun by the as-of date) covers none. */
export function yearsCovered(periods: readonly (Interval | null)[]): number {
  return coveredDays(periods.filter((i): i is Interval => i !== null)) / DAYS_PER_YEAR;
}

/** Years covered by the positions, overlapping ones counted once, optionally within a window. */
export function yearsOf(positions: readonly Position[], asOf: Day, window?: { from: Day }): number {
  const periods = positions.map((p) => intervalOf(p, asOf));
  if (!window) return yearsCovered(periods);
  return yearsCovered(clip(periods.filter((i): i is Interval => i !== null), window.from, asOf));
}

export function inFamilies(p: Position, families: readonly string[]): boolean {
  return p.families.some((f) => families.includes(f));
}

/** A job's families as the title names them, or as its duties show them. */
export function inferredIn(p: Position, families: readonly string[]): boolean {
  return !inFamilies(p, families) && (p.inferred ?? []).some((x) => families.includes(x.family));
}

/** How much an inferred year counts when the criterion does not say: titles stay the strongest signal. */
export const DEFAULT_INFERRED_WEIGHT = 0.5;

/**
 * Years in the families: jobs whose title names one fully, and the time only jobs whose duties
 * show one add (inferredIn), at `inferredWeight`. Overlapping jobs count once.
 */
export function weightedYears(titled: readonly Position[], inferred: readonly Position[], asOf: Day, inferredWeight: number): number {
  const byTitle = yearsOf(titled, asOf);
  if (inferred.length === 0 || inferredWeight === 0) return byTitle;
  return byTitle + inferredWeight * (yearsOf([...titled, ...inferred], asOf) - byTitle);
}
