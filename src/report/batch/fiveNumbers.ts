/** The spread of a set of scores: min, the three quartiles, max. */
export interface FiveNumbers {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/**
 * Quartiles by linear interpolation between the closest ranks (Hyndman and Fan's type 7, what
 * spreadsheets' QUARTILE.INC and numpy compute), so a recruiter's spreadsheet agrees with us.
 * Null for no values.
 */
export function fiveNumbers(values: readonly number[]): FiveNumbers | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  };
  return { min: sorted[0]!, q1: at(0.25), median: at(0.5), q3: at(0.75), max: sorted[sorted.length - 1]! };
}
