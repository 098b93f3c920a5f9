import type { CandidateProfile, Evidence } from './profile.js';

/** The profile with every piece of evidence passed through `f`: the one walk over where evidence lives. */
export function mapEvidence(profile: CandidateProfile, f: (e: Evidence) => Evidence): CandidateProfile {
  const orNull = (e: Evidence | null) => (e === null ? null : f(e));
  return {
    ...profile,
    positions: profile.positions?.map((p) => ({ ...p, evidence: f(p.evidence), engagementEvidence: orNull(p.engagementEvidence) })) ?? null,
    degrees: profile.degrees?.map((d) => ({ ...d, evidence: f(d.evidence) })) ?? null,
    credentials: profile.credentials?.map((c) => ({ ...c, evidence: f(c.evidence) })) ?? null,
    terms: profile.terms && new Map([...profile.terms].map(([id, list]) => [id, list.map(f)])),
    teamSize: profile.teamSize && { ...profile.teamSize, evidence: f(profile.teamSize.evidence) },
    budget: profile.budget && { ...profile.budget, evidence: f(profile.budget.evidence) },
    remote: profile.remote?.map(f) ?? null,
    trainingHours: profile.trainingHours && { ...profile.trainingHours, evidence: f(profile.trainingHours.evidence) },
  };
}
