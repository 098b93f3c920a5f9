/** 1234567 -> "1,234,567": the same in every locale, so reports are byte-identical everywhere. */
export function groupDigits(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}
