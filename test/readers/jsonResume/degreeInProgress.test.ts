import { describe, expect, it } from 'vitest';
import { resumeToProfile } from '../../../src/readers/jsonResume/resumeToProfile.js';
import type { JsonResume } from '../../../src/readers/jsonResume/jsonResumeSchema.js';
import { assess } from '../../../src/engine/assess.js';
import { parseIsoDate } from '../../../src/profile/day.js';
import { RubricCatalog } from '../../../src/rubric/catalog.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

// Issue 10: a degree in progress is not held: an end date in the future, or text that says so.
const vocab = vocabulary();
const degrees = (resume: JsonResume) => resumeToProfile(resume, vocab).profile.degrees!;
const tpm = new RubricCatalog(vocab).byId('tpm');
const degreeCriterion = (resume: JsonResume) => {
  if (!tpm.ok) throw new Error('tpm');
  return assess(resumeToProfile(resume, vocab).profile, tpm.value, { asOf: parseIsoDate('2026-12-02')!, vocabulary: vocab }).criteria.find((c) => c.id === 'degree')!;
};

describe('a degree in progress', () => {
  it('is read from the summary when its entry has no dates ("persuing my B.Tech")', () => {
    const resume = { basics: { summary: 'Project coordinator, persuing my B.Tech in Computer Science (part-time).' }, education: [{ institution: 'Amity', studyType: 'B.Tech', area: 'Computer Science' }] } as JsonResume;
    expect(degrees(resume)[0]!.inProgress).toEqual({ path: '/basics/summary', text: 'Project coordinator, persuing my B.Tech in Computer Science (part-time).' });
    expect(degreeCriterion(resume)).toMatchObject({ status: 'partial', actual: { level: 'bachelor', held: false }, gap: expect.stringMatching(/^the bachelor's degree is still in progress/) });
  });

  it.each(['B.Sc. Computer Science (ongoing)', 'MSc Informatique, en cours', 'Bachelor of Engineering, in progress'])('is read from its own entry: %s', (studyType) => {
    expect(degrees({ education: [{ institution: 'U', studyType, startDate: '2015', endDate: '2019' }] } as JsonResume)[0]!.inProgress).toBeDefined();
  });

  it('says when, for an end date in the future', () => {
    const resume = { education: [{ institution: 'U', studyType: 'Bachelor of Science', area: 'Computer Science', startDate: '2024-09', endDate: '2027-06' }] } as JsonResume;
    expect(degreeCriterion(resume)).toMatchObject({ status: 'partial', gap: "the bachelor's degree is still in progress, to be completed by 2027-06" });
  });

  it.each([
    'MBA, preparing for the PMP exam as a candidate.',
    'Studying for the PMP; I hold a Bachelor of Science in Computer Science.',
    'Bachelor of Science in Computer Science, ten years of project management.',
  ])('is not read from a summary that only mentions study of something else: %s', (summary) => {
    const resume = { basics: { summary }, education: [{ institution: 'U', studyType: summary.startsWith('MBA') ? 'MBA' : 'Bachelor of Science', area: 'Computer Science' }] } as JsonResume;
    expect(degrees(resume)[0]!.inProgress).toBeUndefined();
  });

  it('a completed entry is held whatever the summary says', () => {
    const resume = { basics: { summary: 'Pursuing my B.Tech dream job.' }, education: [{ institution: 'U', studyType: 'B.Tech', startDate: '2010', endDate: '2014' }] } as JsonResume;
    expect(degrees(resume)[0]!.inProgress).toBeUndefined();
  });
});
