import type { CandidateProfile } from '../../profile/profile.js';
import type { Answers } from './answersSchema.js';
import { customerFacingText } from './answersToProfile.js';

/**
 * A résumé's profile with its unknowns filled from interview answers (interview --resume):
 * what the résumé establishes wins; answers fill what it left open, including the parts of
 * known sections it left vague (a degree without a level, jobs that do not say who they served).
 */
export function fillUnknowns(resume: CandidateProfile, answers: Answers, fromAnswers: CandidateProfile): CandidateProfile {
  const level = answers.degreeLevel;
  const degrees =
    resume.degrees && level && level !== 'none'
      ? resume.degrees.map((d) => (d.level === null ? { ...d, level, fields: d.fields.length || !answers.degreeField ? d.fields : [answers.degreeField] } : d))
      : (resume.degrees ?? fromAnswers.degrees);
  const served = answers.customerFacing;
  const positions =
    resume.positions && served
      ? resume.positions.map((p) =>
          p.engagement === 'unclear'
            ? { ...p, engagement: served === 'internal' ? ('internal' as const) : ('external' as const), engagementEvidence: { path: '/answers/customerFacing', text: `${customerFacingText[served]} (interview)` } }
            : p,
        )
      : (resume.positions ?? fromAnswers.positions);
  return {
    name: resume.name ?? fromAnswers.name,
    positions,
    degrees,
    credentials: resume.credentials ?? fromAnswers.credentials,
    terms: resume.terms || fromAnswers.terms ? new Map([...(fromAnswers.terms ?? []), ...(resume.terms ?? [])]) : null,
    teamSize: resume.teamSize ?? fromAnswers.teamSize,
    budget: resume.budget ?? fromAnswers.budget,
    remote: resume.remote?.length ? resume.remote : (fromAnswers.remote ?? resume.remote),
    trainingHours: resume.trainingHours ?? fromAnswers.trainingHours,
    // A résumé with text could name any role or term: knowledge is the résumé's, when it has any.
    ...(!resume.positions && fromAnswers.knownFamilies && { knownFamilies: fromAnswers.knownFamilies }),
    ...(!resume.terms && fromAnswers.knownTermCategories && { knownTermCategories: fromAnswers.knownTermCategories }),
  };
}
