import { describe, expect, it } from 'vitest';
import jobAdsData from '../../rubrics/vocabulary/job-ads.yaml';
import { jobAdsFileSchema, jobAdVocabulary } from '../../src/jobAd/jobAdVocabulary.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

describe('rubrics/vocabulary/job-ads.yaml', () => {
  it('matches its schema', () => {
    const result = jobAdsFileSchema.safeParse(jobAdsData);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
  });
  it('names only degree fields and role families the other vocabularies define', () => {
    const vocab = vocabulary();
    const { file } = jobAdVocabulary();
    for (const group of file.relatedFieldGroups) for (const field of group) expect(vocab.degreeFields.has(field), field).toBe(true);
    for (const a of file.activities) for (const family of a.families) expect(vocab.roleFamilies.has(family), family).toBe(true);
  });
  it('gives every heading one section', () => {
    const { file } = jobAdVocabulary();
    const all = Object.values(file.headings).flat().map((h) => h.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});
