import type { Day } from './day.js';

/** A closed range of days, both ends included. */
export interface Interval {
  start: Day;
  end: Day;
}

/**
 * Merges overlapping and touching intervals, so that concurrent jobs are counted once.
 * Returns a new sorted list; the input is not changed.
 */
export function unionOf(intervals: readonly Interval[]): Interval[] {
  // Most calls are for one job or none (a year count per family); the sort's copy is not needed then.
  if (intervals.length <= 1) {
    const only = intervals[0];
    return only !== undefined && only.end >= only.start ? [{ start: only.start, end: only.end }] : [];
  }
  const sorted = intervals.filter((i) => i.end >= i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end + 1) last.end = Math.max(last.end, next.end);
    else merged.push({ start: next.start, end: next.end });
  }
  return merged;
}

/** Days covered by the union of the intervals. */
export function coveredDays(intervals: readonly Interval[]): number {
  let days = 0;
  for (const i of unionOf(intervals)) days += i.end - i.start + 1;
  return days;
}

/** The parts of the intervals inside [from, to]. */
export function clip(intervals: readonly Interval[], from: Day, to: Day): Interval[] {
  const out: Interval[] = [];
  for (const i of intervals) {
    const start = Math.max(i.start, from);
    const end = Math.min(i.end, to);
    if (end >= start) out.push({ start, end });
  }
  return out;
}
