import { groupDigits } from '../groupDigits.js';
import type { Criterion, LadderLevel, Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';

function describeCriterion(c: Criterion, vocab: Vocabulary): string {
  const names = (ids: readonly string[] | undefined, map: ReadonlyMap<string, unknown>, pick: (v: never) => string) =>
    (ids ?? []).map((id) => (map.has(id) ? pick(map.get(id) as never) : id)).join(', ');
  const roles = (ids: readonly string[] | undefined) => names(ids, vocab.roleFamilies, (t: string) => t);
  const terms = (ids: readonly string[] | undefined) => names(ids, vocab.terms, (t: { title: string }) => t.title);
  const creds = (ids: readonly string[] | undefined) => names(ids, vocab.credentials, (t: { name: string }) => t.name);
  switch (c.kind) {
    case 'degree':
      return `${c.minLevel} or higher${c.fields ? ` in ${c.fields.join(', ')}` : ''}${c.equivalentExperience ? `; or ${c.equivalentExperience.years} years of ${roles(c.equivalentExperience.roles)}` : ''}`;
    case 'experience':
      return `${c.minYears}+ years of ${roles(c.roles)}${c.domains ? ` in ${terms(c.domains)}` : ''}`;
    case 'certification':
      return c.anyOf ? `any of: ${creds(c.anyOf)}` : `all of: ${creds(c.allOf)}`;
    case 'customer-facing':
      return `led external customer-facing delivery${c.minYears ? ` for ${c.minYears}+ years` : ''}${c.roles ? ` as ${roles(c.roles)}` : ''}`;
    case 'leadership':
      return `led a team of ${c.minTeamSize}+`;
    case 'budget':
      return `managed a budget of ${groupDigits(c.minAmount)}+`;
    case 'remote':
      return 'worked remotely or led distributed teams';
    default:
      return `${c.min ?? 1} of: ${terms(c.anyOf)}`;
  }
}

/** `rubrics show`: the rubric as a recruiter reads it, with the sources it rests on. */
export function formatRubric(r: Rubric, vocab: Vocabulary): string {
  const out = [`${r.title} (${r.id} v${r.version})`, r.description, '', `Pass score ${r.passScore}; "not-ready" below ${r.passScore - r.nearlyMargin} or when a required criterion is not met.`, '', 'Criteria:'];
  const total = r.criteria.reduce((s, c) => s + c.weight, 0);
  const levels = r.ladder?.levels ?? [];
  if (levels.length) out.splice(4, 0, `Levels, lowest first: ${levels.map((l) => `${l.id} (--rubric ${l.rubric.id})`).join(', ')}.`);
  for (const [i, c] of r.criteria.entries()) {
    out.push(`  ${c.id}  [${c.kind}] weight ${c.weight} (${((100 * c.weight) / total).toFixed(0)}%)${c.required ? ', required' : ''}`);
    out.push(`    ${c.title}`);
    if (levels.length) out.push(...askedPerLevel(levels, i, vocab));
    else out.push(`    asks: ${describeCriterion(c, vocab)}`);
    out.push(`    source: ${c.source}${c.note ? ` — ${c.note}` : ''}`);
  }
  out.push('', 'Sources:');
  for (const s of r.sources) out.push(`  ${s.id}: ${s.title} (${s.ref})`);
  return out.join('\n') + '\n';
}

/** What each level of a ladder asks of one criterion; levels that ask the same are one line. */
function askedPerLevel(levels: readonly LadderLevel[], index: number, vocab: Vocabulary): string[] {
  const asks = levels.map((l) => {
    const c = l.rubric.criteria[index]!;
    const weight = l.rubric.criteria.length && levels[levels.length - 1]!.rubric.criteria[index]!.weight !== c.weight ? ` (weight ${c.weight})` : '';
    return l.rubric.waived?.includes(c.id) ? `nothing, counts as met${weight}` : `${describeCriterion(c, vocab)}${weight}`;
  });
  const out: string[] = [];
  for (let i = 0; i < levels.length; ) {
    let j = i;
    while (j + 1 < levels.length && asks[j + 1] === asks[i]) j++;
    const name = i === j ? levels[i]!.id : `${levels[i]!.id} to ${levels[j]!.id}`;
    out.push(`    ${name}: ${asks[i]!}`);
    i = j + 1;
  }
  return out;
}
