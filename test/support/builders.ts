import { parseDay, parseIsoDate, type Day } from '../../src/profile/day.js';
import type { CandidateProfile, Degree, Evidence, Position } from '../../src/profile/profile.js';
import type { Criterion, Rubric } from '../../src/rubric/schema.js';

/** Small builders for test data: each starts from an empty, valid value and takes overrides. */

export function day(text: string): Day {
  const d = parseIsoDate(text) ?? parseDay(text, 'start');
  if (d === null) throw new Error(`bad test date ${text}`);
  return d;
}

const evidence = (path: string, text = path): Evidence => ({ path, text });

export function aProfile(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    name: 'Test Person',
    positions: [],
    degrees: [],
    credentials: [],
    terms: new Map(),
    teamSize: null,
    budget: null,
    remote: [],
    trainingHours: null,
    ...overrides,
  };
}

export function aPosition(overrides: Partial<Position> & { from?: string; to?: string | null } = {}): Position {
  const { from = '2020-01-01', to = null, ...rest } = overrides;
  return {
    title: 'Project Manager',
    employer: 'Acme',
    start: day(from),
    end: to === null ? null : day(to),
    families: ['project-management'],
    domains: [],
    engagement: 'unclear',
    engagementEvidence: null,
    evidence: evidence('/work/0'),
    ...rest,
  };
}

export function aDegree(overrides: Partial<Degree> = {}): Degree {
  return { level: 'bachelor', fields: ['computer-science'], started: null, completed: day('2010-06-30'), evidence: evidence('/education/0'), ...overrides };
}

export function aRubric(criteria: Criterion[], overrides: Partial<Rubric> = {}): Rubric {
  return {
    id: 'test',
    title: 'Test rubric',
    version: '1',
    description: 'for tests',
    passScore: 70,
    nearlyMargin: 15,
    sources: [{ id: 's', title: 'test', ref: 'test' }],
    criteria,
    ...overrides,
  };
}

/** A JSON Resume document with just the sections a test names. */
export function aResume(sections: Record<string, unknown> = {}): Record<string, unknown> {
  return { basics: { name: 'Test Person' }, ...sections };
}
