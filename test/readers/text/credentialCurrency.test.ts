import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/profile/day.js';
import { resumeToProfile } from '../../../src/readers/jsonResume/resumeToProfile.js';
import type { JsonResume } from '../../../src/readers/jsonResume/jsonResumeSchema.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

// Issue 10: a listed credential is held; only a stated expiry in the past, or words that say so,
// make it lapsed. The phrases are as people write them on real résumés and exports.
const vocab = vocabulary();
const credentials = (resume: JsonResume) =>
  (resumeToProfile(resume, vocab).profile.credentials ?? []).map((c) => ({
    id: c.id,
    ...(c.earned !== null && { earned: formatDay(c.earned) }),
    ...(c.expires !== undefined && { expires: formatDay(c.expires) }),
    ...(c.lapsed && { lapsed: true }),
  }));
const listed = (name: string, more: Record<string, string> = {}) => credentials({ certificates: [{ name, ...more }] } as JsonResume);
const inSummary = (summary: string) => credentials({ basics: { summary } } as JsonResume);

describe('credential currency as the source states it', () => {
  it.each([
    ['PMP (expired 2020)', { expires: '2020-12-31', lapsed: true }],
    ['Certified Scrum Master (CSM) – not maintained', { lapsed: true }],
    ['PRINCE2 Foundation (lapsed)', { lapsed: true }],
    ['PMP, exp. 2021', { expires: '2021-12-31' }],
    ['PMP – valid until 03/2027', { expires: '2027-03-31' }],
    ['PMP 2010-2022', { earned: '2010-01-01', expires: '2022-12-31' }],
    ['PMP (2012 – 2018)', { earned: '2012-01-01', expires: '2018-12-31' }],
    ['PMP®, gültig bis März 2028', { expires: '2028-03-31' }],
  ])('%s', (name, stated) => {
    expect(listed(name)).toEqual([expect.objectContaining(stated)]);
  });

  it.each([['PMP'], ['Project Management Professional (PMP)®'], ['PMP, PMI, 2009'], ['PMP #1234567']])('%s states nothing: held, currency unverified', (name) => {
    const [c] = listed(name);
    expect(c).toBeDefined();
    expect(c).not.toHaveProperty('expires');
    expect(c).not.toHaveProperty('lapsed');
  });

  it('reads an expiry from the entry itself: endDate (LinkedIn "Finished On") or expiryDate', () => {
    expect(listed('PMP', { date: '2015-04-01', endDate: '2024-04-01' })).toEqual([{ id: 'pmi-pmp', earned: '2015-04-01', expires: '2024-04-01' }]);
    expect(listed('PMP', { date: '2015-04', expiryDate: '2027-04' })).toEqual([{ id: 'pmi-pmp', earned: '2015-04-01', expires: '2027-04-30' }]);
  });

  it('reads the currency stated after each credential in a sentence, not the next one', () => {
    expect(inSummary('IT project manager. PMP (expired 2020), PRINCE2 Practitioner since 2015.')).toEqual([
      { id: 'pmi-pmp', expires: '2020-12-31', lapsed: true },
      { id: 'prince2-practitioner' },
    ].map((c) => expect.objectContaining(c)));
    expect(inSummary('PRINCE2 Practitioner and PMP (lapsed).')).toEqual([{ id: 'pmi-pmp', lapsed: true }, { id: 'prince2-practitioner' }]);
  });

  it('does not read a later range of years in the sentence as a validity range', () => {
    expect(inSummary('PMP-certified manager who ran migrations 2015-2019 for banks.')).toEqual([{ id: 'pmi-pmp' }]);
  });
});
