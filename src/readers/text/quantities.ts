import type { Evidence } from '../../profile/profile.js';
import { quote, type Snippet } from './quote.js';

// Numbers people write about their scope. Compiled once; each runs over a résumé's texts.
const PEOPLE = '(?:engineers|developers|people|staff|members|team members|direct reports|reports|consultants|specialists|technicians|contractors|FTEs?|resources|analysts|testers|designers|architects)';
// Leading a team needs a verb that says so: "led a team of 10", not "part of a team of 10".
const LEAD = '(?:led|lead|leading|managed|managing|manage|headed|heading|supervised|supervising|directed|directing|oversaw|overseeing|coordinated|coordinating|mentored|built|building|grew|growing|ran|running|hired|assembled|scaled)';
// Each begins at a whole word of leading (LEAD, or for the last a few of its words), so they are
// tried (sticky, TEAM_AT) only where LEAD_WORD finds one (teamSizeMatches): a text is scanned
// once, not four times. The sources, case-insensitive; the tests scan with them globally.
export const TEAM_SOURCES = [
  // "Led a cross-functional team of 12", "Managed BAU operations and the help desk team of 9 staff",
  // "Led cloud projects for clients with a team of 9": a verb of leading earlier in the clause,
  // and no "part of", "member of" or "joined" between it and the team.
  `\\b${LEAD}\\b(?:(?!\\b(?:part|member|one) of\\b|\\bjoined\\b|\\bwithin\\b)[^.;]){0,60}?\\b(?:team|teams|group|squad|organi[sz]ation|department|staff) of (?:up to |over |more than |about |around )?(\\d{1,4})\\+?`,
  `\\b${LEAD}\\s+(?:a\\s+|an\\s+)?(?:(?:cross-functional|distributed|global|remote|offshore|multidisciplinary|technical)\\s+)?(?:team\\s+of\\s+)?(\\d{1,4})\\+?\\s*(?:[a-z-]+\\s+){0,2}${PEOPLE}`,
  // "Led a 12-person team"
  `\\b${LEAD}\\s+(?:a\\s+|an\\s+|the\\s+)?(\\d{1,4})\\+?[- ](?:person|people|member|strong)\\s+(?:[a-z-]+\\s+){0,2}(?:team|teams|group|organi[sz]ation)`,
  // "Led 4 teams (30 engineers)"
  `\\b(?:led|managed|leading|managing|ran|running)\\s+(?:\\d+|several|multiple)\\s+(?:[a-z-]+\\s+)?teams?\\s*\\((?:about |over |~)?(\\d{1,4})\\+?\\s*${PEOPLE}\\)`,
];

// "$1,200,000" and "$1.2M": commas group thousands, a dot is the decimal point.
const AMOUNT = '[$€£]\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?(k|m|mm|mn|million|b|bn|billion)?\\b';
const BUDGET_PATTERNS = [
  new RegExp(`${AMOUNT}[^.;]{0,40}?\\b(?:budget|budgets|portfolio|program|programme|project|contract|P&L|spend)`, 'gi'),
  new RegExp(`\\b(?:budget|budgets|P&L|spend)\\b[^.;$€£]{0,30}?${AMOUNT}`, 'gi'),
];
const MULTIPLIER: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

const TRAINING = /\b(\d{2,3})\+?\s*(?:contact\s+)?(?:hours?|hrs?)\b[^.;]{0,40}?\b(?:training|education|course|coursework|PDUs?)\b/gi;

const DIGIT = /\d/;
const CURRENCY = /[$€£]/;
const hasNumber = (text: string) => DIGIT.test(text);
const hasAmount = (text: string) => DIGIT.test(text) && CURRENCY.test(text);

const LEAD_WORD = new RegExp(`\\b${LEAD}\\b`, 'gi');
const TEAM_AT = TEAM_SOURCES.map((source) => new RegExp(source, 'yi'));

/**
 * What `text.matchAll(p)` gives for each team pattern, in the same order, found by trying the
 * patterns (sticky) only at the words of leading: every match of theirs starts at one, and
 * taking the first match at or after the end of the last is what a global scan does.
 */
export function teamSizeMatches(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (const m of text.matchAll(LEAD_WORD)) starts.push(m.index);
  const out: RegExpExecArray[] = [];
  if (starts.length === 0) return out;
  for (const pattern of TEAM_AT) {
    let from = 0;
    for (const start of starts) {
      if (start < from) continue;
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (m) {
        out.push(m);
        from = start + m[0].length;
      }
    }
  }
  return out;
}

/**
 * Every match of each pattern, pattern by pattern. A text is first tested with a non-global
 * twin of the pattern: most texts hold a number but no match, and a test makes no iterator,
 * match or array for them.
 */
const globalMatches = (patterns: readonly RegExp[]) => {
  const any = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '')));
  return (text: string) => {
    const out: RegExpMatchArray[] = [];
    for (let k = 0; k < patterns.length; k++) if (any[k]!.test(text)) for (const m of text.matchAll(patterns[k]!)) out.push(m);
    return out;
  };
};
const budgetMatches = globalMatches(BUDGET_PATTERNS);
const trainingMatches = globalMatches([TRAINING]);

function largest(
  texts: readonly Snippet[],
  worthTrying: (text: string) => boolean,
  matches: (text: string) => Iterable<RegExpMatchArray>,
  read: (m: RegExpMatchArray) => number | null,
): { value: number; evidence: Evidence } | null {
  let best: { value: number; evidence: Evidence } | null = null;
  for (const s of texts) {
    // Every pattern needs a number (a budget, its currency too); most texts have none, and a cheap test skips them.
    if (!worthTrying(s.text)) continue;
    for (const m of matches(s.text)) {
      const value = read(m);
      if (value !== null && value > 0 && (!best || value > best.value)) best = { value, evidence: { path: s.path, text: quote(s.text) } };
    }
  }
  return best;
}

export function findTeamSize(texts: readonly Snippet[]): { size: number; evidence: Evidence } | null {
  const found = largest(texts, hasNumber, teamSizeMatches, (m) => Number(m[1]));
  return found && { size: found.value, evidence: found.evidence };
}

export function findBudget(texts: readonly Snippet[]): { amount: number; evidence: Evidence } | null {
  const found = largest(texts, hasAmount, budgetMatches, (m) => {
    const amount = Number(m[1]!.replaceAll(',', ''));
    return Number.isFinite(amount) ? amount * (MULTIPLIER[(m[2] ?? '').toLowerCase()] ?? 1) : null;
  });
  return found && { amount: found.value, evidence: found.evidence };
}

export function findTrainingHours(texts: readonly Snippet[]): { hours: number; evidence: Evidence } | null {
  const found = largest(texts, hasNumber, trainingMatches, (m) => Number(m[1]));
  return found && { hours: found.value, evidence: found.evidence };
}
