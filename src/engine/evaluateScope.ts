import { groupDigits } from '../groupDigits.js';
import type { Criterion } from '../rubric/schema.js';
import { statusFor, unknown, type Evaluator } from './context.js';

type Leadership = Extract<Criterion, { kind: 'leadership' }>;
type Budget = Extract<Criterion, { kind: 'budget' }>;
type Remote = Extract<Criterion, { kind: 'remote' }>;

// Team sizes and budgets are seldom written down; a résumé that does not state them leaves
// the criterion unknown, since saying nothing is not evidence of never having led a team.

export const evaluateLeadership: Evaluator<Leadership> = (c, { profile }) => {
  const expected = c.minTeamSize;
  if (!profile.teamSize) return unknown(expected, 'the size of a team led is not given', `State the size of the teams you led (a team of ${c.minTeamSize} or more is asked for)`);
  const { size, evidence } = profile.teamSize;
  const score = Math.min(1, size / c.minTeamSize);
  const status = statusFor(score);
  return status === 'met'
    ? { status, score, actual: size, expected, evidence: [evidence], gap: null, action: null }
    : { status, score, actual: size, expected, evidence: [evidence], gap: `led a team of ${size}; ${c.minTeamSize} is asked for`, action: { text: `Lead a larger team (${c.minTeamSize} or more people)`, effortMonths: c.effortMonths ?? 12 } };
};

export const evaluateBudget: Evaluator<Budget> = (c, { profile }) => {
  const expected = c.minAmount;
  const amount = groupDigits;
  if (!profile.budget) return unknown(expected, 'no budget managed is given', `State the budgets you managed (${amount(c.minAmount)} or more is asked for)`);
  const score = Math.min(1, profile.budget.amount / c.minAmount);
  const status = statusFor(score);
  const evidence = [profile.budget.evidence];
  return status === 'met'
    ? { status, score, actual: profile.budget.amount, expected, evidence, gap: null, action: null }
    : { status, score, actual: profile.budget.amount, expected, evidence, gap: `managed ${amount(profile.budget.amount)}; ${amount(c.minAmount)} is asked for`, action: { text: `Take responsibility for a larger budget (${amount(c.minAmount)} or more)`, effortMonths: c.effortMonths ?? 12 } };
};

export const evaluateRemote: Evaluator<Remote> = (c, { profile }) => {
  if (!profile.remote) return unknown(true, 'no work history given', 'Add your work history, saying where you worked remotely or led distributed teams');
  if (profile.remote.length) return { status: 'met', score: 1, actual: true, expected: true, evidence: profile.remote, gap: null, action: null };
  return {
    status: 'missing',
    score: 0,
    actual: false,
    expected: true,
    evidence: [],
    gap: 'no remote work or distributed team shown',
    action: { text: 'Lead a remote or distributed team, or say where you already have (a remote job location, distributed teams, time zones)', effortMonths: c.effortMonths ?? 3 },
  };
};
