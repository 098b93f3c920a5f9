const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as the export writes it -> ISO 8601 (`Mar 2018` -> `2018-03`, `2010`, `2023-01-15`).
 * These are the forms the export is documented to use (research/inputs.md §2).
 */
export function exportDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) return t;
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) : -1;
  return month < 0 ? null : `${m![2]}-${String(month + 1).padStart(2, '0')}`;
}
