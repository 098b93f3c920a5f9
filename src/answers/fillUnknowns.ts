import type { CandidateProfile } from '../profile/profile.js';

/**
 * A résumé's profile with its unknowns filled from interview answers (interview --resume):
 * what the résumé establishes wins; answers only fill what it left open.
 */
export function fillUnknowns(resume: CandidateProfile, answers: CandidateProfile): CandidateProfile {
  const positions = resume.positions ?? answers.positions;
  const answered = answers.positions?.find((p) => p.engagementEvidence);
  return {
    name: resume.name ?? answers.name,
    // Jobs whose text did not say who they delivered for take the interview's answer.
    positions:
      resume.positions && answered
        ? resume.positions.map((p) => (p.engagement === 'unclear' ? { ...p, engagement: answered.engagement, engagementEvidence: answered.engagementEvidence } : p))
        : positions,
    degrees: resume.degrees ?? answers.degrees,
    credentials: resume.credentials ?? answers.credentials,
    terms: resume.terms || answers.terms ? new Map([...(answers.terms ?? []), ...(resume.terms ?? [])]) : null,
    teamSize: resume.teamSize ?? answers.teamSize,
    budget: resume.budget ?? answers.budget,
    remote: resume.remote?.length ? resume.remote : (answers.remote ?? resume.remote),
    trainingHours: resume.trainingHours ?? answers.trainingHours,
  };
}
