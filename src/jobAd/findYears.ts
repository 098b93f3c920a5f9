import type { JobAdsFile } from './jobAdVocabulary.js';

export interface YearsPhrase {
  years: number;
  /** Where the number starts and the year word ends, in the sentence. */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
let compiled: { file: JobAdsFile; pattern: RegExp } | undefined;

/**
 * "5+ years", "3-5 years", "minimum of 10 years", "at least seven years", "one (1) year", "5 ans",
 * "mindestens fünf Jahre": the lowest number of years a sentence asks for, from the numbers and
 * year words of job-ads.yaml. One regex with no nested quantifiers, so its cost is linear in the
 * sentence.
 */
export function findYears(sentence: string, file: JobAdsFile): YearsPhrase | null {
  if (compiled?.file !== file) {
    const words = Object.keys(file.numbers).sort((a, b) => b.length - a.length).map(escape).join('|');
    // A number in words may be restated in figures, as US public-sector ads do: "seven (7) years".
    const number = `(\\d{1,2}(?:[.,]5)?|${words})(?:\\s?\\(\\d{1,2}\\))?`;
    const year = file.yearWords.slice().sort((a, b) => b.length - a.length).map(escape).join('|');
    compiled = { file, pattern: new RegExp(`(?<![\\p{L}\\d])${number}\\s?(?:\\+|plus)?\\s?(?:(?:-|–|—|to|à|a|bis|e|y|ou|or|oder|o)\\s?${number}\\s?\\+?\\s?)?(?:${year})(?![\\p{L}])`, 'iu') };
  }
  const m = compiled.pattern.exec(sentence);
  if (!m) return null;
  const value = (t: string) => (/\d/.test(t) ? Number(t.replace(',', '.')) : file.numbers[t.toLowerCase()]!);
  return { years: value(m[1]!), start: m.index, end: m.index + m[0].length };
}
