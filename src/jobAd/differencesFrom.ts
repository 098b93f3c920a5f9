import type { Criterion, Rubric } from '../rubric/schema.js';

/** A criterion as from-job writes it: the schema's fields, weight and source included. */
export type WrittenCriterion = Record<string, unknown> & { id: string; kind: string };

/** How one extracted criterion appears in a rubric that extends a base. */
export type Placement = { as: 'override'; id: string } | { as: 'added'; id: string };

export interface Differences {
  override: Record<string, Record<string, unknown>>;
  remove: string[];
  /** New criteria, and those that replace an inherited one under its id. */
  criteria: WrittenCriterion[];
  /** For each of `criteria`, the index of the extracted criterion it is. */
  criteriaFrom: number[];
  /** Where each extracted criterion went, in the order given. */
  placements: Placement[];
}

/**
 * Optional keys an override can set back to what leaving them out means. Any other inherited
 * key the ad does not ask for (fields, domains, equivalentExperience…) cannot be unset by an
 * override, so that criterion is removed and written whole under the same id.
 */
const DEFAULTS: Record<string, unknown> = { required: false, min: 1, current: true };
/** What the ad cannot speak to: the base's reasons and effort estimates stay. */
const KEPT = new Set(['id', 'kind', 'note', 'effortMonths']);
/** Kinds that hold a list of terms: matched to a base criterion only when they share one. */
const LISTS = new Set(['certification', 'domains', 'methodologies', 'tools', 'skills']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const termsOf = (c: Record<string, unknown>) => ['anyOf', 'allOf', 'roles', 'fields', 'domains'].flatMap((k) => (Array.isArray(c[k]) ? (c[k] as string[]) : []));

/** The base criterion an extracted one takes the place of: same id, else same kind with most terms in common. */
function match(c: WrittenCriterion, free: readonly Criterion[]): Criterion | undefined {
  const ofKind = free.filter((b) => b.kind === c.kind);
  const byId = ofKind.find((b) => b.id === c.id);
  if (byId) return byId;
  const terms = new Set(termsOf(c));
  const scored = ofKind.map((b) => ({ b, shared: termsOf(b as unknown as Record<string, unknown>).filter((t) => terms.has(t)).length }));
  const best = scored.sort((x, y) => y.shared - x.shared)[0];
  if (!best) return undefined;
  return LISTS.has(c.kind) && best.shared === 0 ? undefined : best.b;
}

/**
 * The rubric the ad asks for, written against a base as its differences: each extracted
 * criterion takes the place of the base criterion it matches (override: only the fields that
 * differ), the others are added, and base criteria the ad does not ask for are removed. The
 * result resolves to the extracted criteria, in the base's order where they match.
 */
export function differencesFrom(base: Rubric, extracted: readonly WrittenCriterion[]): Differences {
  const free = [...base.criteria];
  const out: Differences = { override: {}, remove: [], criteria: [], criteriaFrom: [], placements: [] };
  const taken = new Set<string>();
  const replaced: { c: WrittenCriterion; id: string; i: number }[] = [];
  const added: { c: WrittenCriterion; placement: Placement; i: number }[] = [];
  for (const [i, c] of extracted.entries()) {
    const b = match(c, free);
    if (!b) {
      const placement: Placement = { as: 'added', id: c.id };
      added.push({ c, placement, i });
      out.placements.push(placement);
      continue;
    }
    free.splice(free.indexOf(b), 1);
    taken.add(b.id);
    const inherited = b as unknown as Record<string, unknown>;
    const lingering = Object.keys(inherited).filter((k) => !KEPT.has(k) && !(k in c) && !(k in DEFAULTS));
    if (lingering.length) {
      replaced.push({ c, id: b.id, i });
      out.placements.push({ as: 'added', id: b.id });
      continue;
    }
    const changes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (!KEPT.has(k) && !same(inherited[k], v)) changes[k] = v;
    for (const [k, v] of Object.entries(DEFAULTS)) if (k in inherited && !(k in c) && !same(inherited[k], v)) changes[k] = v;
    out.override[b.id] = changes;
    out.placements.push({ as: 'override', id: b.id });
  }
  // In the base's order, as they resolve.
  const order = base.criteria.map((c) => c.id);
  out.override = Object.fromEntries(Object.entries(out.override).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  out.remove = [...free.map((b) => b.id), ...replaced.map((r) => r.id)];
  out.criteria = replaced.map(({ c, id }) => ({ ...c, id }));
  out.criteriaFrom = replaced.map((r) => r.i);
  // A new criterion keeps its id unless the base still holds it (matched to another one).
  const used = new Set(taken);
  for (const { c, placement, i } of added) {
    let id = c.id;
    for (let n = 2; used.has(id); n++) id = `${c.id}-${n}`;
    used.add(id);
    placement.id = id;
    out.criteria.push({ ...c, id });
    out.criteriaFrom.push(i);
  }
  return out;
}
