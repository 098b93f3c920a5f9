import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Verdict } from '../../src/engine/assessment.js';
import { DEGREE_LEVELS, type CandidateProfile, type Evidence } from '../../src/profile/profile.js';
import { checkLadder } from '../../src/rubric/checkLadder.js';
import { resolveLadder } from '../../src/rubric/resolveLadder.js';
import type { Rubric } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, day } from '../support/builders.js';

// The promise of a ladder that rubrics validate accepts: for any profile, the score never rises
// and the verdict never improves up the levels. Random ladders (thresholds that never fall,
// accepted sets that never grow, knock-outs that stay, and per-level weights where the checker
// allows them) are scored against random profiles.

const vocab = vocabulary();
const ids = (m: ReadonlyMap<string, unknown>) => [...m.keys()].sort();
const CREDENTIALS = ids(vocab.credentials);
const TERMS = ids(vocab.terms);
const FAMILIES = ids(vocab.roleFamilies);
const FIELDS = ids(vocab.degreeFields);
const AS_OF = day('2026-06-01');
const RANK: Record<Verdict, number> = { ready: 0, nearly: 1, 'not-ready': 2 };
const ev = (path: string): Evidence => ({ path, text: path });

/** A list that never shrinks up the levels, as per-level values. */
const rising = (n: number, values: fc.Arbitrary<number>) => fc.array(values, { minLength: n, maxLength: n }).map((v) => v.sort((a, b) => a - b));

/** Accepted sets that only shrink: the first level's set, then each level drops some of it. */
const shrinking = (n: number, from: readonly string[]) =>
  fc.subarray([...from], { minLength: 1, maxLength: 6 }).chain((first) =>
    fc.array(fc.array(fc.boolean(), { minLength: first.length, maxLength: first.length }), { minLength: n - 1, maxLength: n - 1 }).map((drops) => {
      const sets = [first];
      for (const drop of drops) {
        const last = sets[sets.length - 1]!;
        const next = last.filter((_, i) => !drop[i]);
        sets.push(next.length ? next : [last[0]!]);
      }
      return sets;
    }),
  );

const perLevel = <T,>(levels: readonly string[], values: readonly T[]) => Object.fromEntries(levels.map((l, i) => [l, values[i]]));

function criterion(levels: readonly string[], i: number): fc.Arbitrary<Record<string, unknown>> {
  const n = levels.length;
  const common = fc.record({
    weight: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: n, maxLength: n }).map((w) => perLevel(levels, w))),
    // Required from some level up, or never.
    requiredFrom: fc.integer({ min: 0, max: n }),
  });
  const kinds: fc.Arbitrary<Record<string, unknown>>[] = [
    fc.record({ years: rising(n, fc.constantFrom(0, 0.5, 1, 2, 4, 8)), roles: fc.subarray(FAMILIES, { minLength: 1, maxLength: 3 }) }).map(({ years, roles }) => ({ kind: 'experience', minYears: perLevel(levels, years), roles })),
    fc.record({ level: rising(n, fc.integer({ min: 0, max: DEGREE_LEVELS.length - 1 })), fields: fc.option(shrinking(n, FIELDS), { nil: undefined }) }).map(({ level, fields }) => ({
      kind: 'degree',
      minLevel: perLevel(levels, level.map((k) => DEGREE_LEVELS[k])),
      ...(fields && { fields: perLevel(levels, fields) }),
    })),
    shrinking(n, CREDENTIALS).map((sets) => ({ kind: 'certification', anyOf: perLevel(levels, sets) })),
    fc.record({ kind: fc.constantFrom('domains', 'methodologies', 'tools', 'skills'), sets: shrinking(n, TERMS), min: rising(n, fc.integer({ min: 0, max: 6 })) }).map(({ kind, sets, min }) => ({
      kind,
      anyOf: perLevel(levels, sets),
      min: perLevel(levels, min.map((m) => Math.min(m, sets[sets.length - 1]!.length))),
    })),
    fc.record({ years: rising(n, fc.constantFrom(0, 1, 3)), roles: fc.option(fc.subarray(FAMILIES, { minLength: 1, maxLength: 3 }), { nil: undefined }) }).map(({ years, roles }) => ({ kind: 'customer-facing', minYears: perLevel(levels, years), ...(roles && { roles }) })),
    rising(n, fc.constantFrom(0, 3, 8, 20)).map((t) => ({ kind: 'leadership', minTeamSize: perLevel(levels, t) })),
    rising(n, fc.constantFrom(0, 100000, 1000000, 5000000)).map((t) => ({ kind: 'budget', minAmount: perLevel(levels, t) })),
    fc.constant({ kind: 'remote' }),
  ];
  return fc.tuple(fc.oneof(...kinds), common, fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: undefined })).map(([shape, { weight, requiredFrom }, from]) => {
    const c: Record<string, unknown> = { id: `c${i}`, title: `criterion ${i}`, source: 's', weight, ...shape };
    if (requiredFrom < n) c.required = perLevel(levels, levels.map((_, l) => l >= requiredFrom));
    if (from !== undefined && from > 0) {
      // A criterion that starts higher names no value below its first level.
      c.from = levels[from];
      for (const [key, value] of Object.entries(c)) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) c[key] = Object.fromEntries(Object.entries(value).filter(([l]) => levels.indexOf(l) >= from));
      }
    }
    return c;
  });
}

const ladderData = fc.integer({ min: 2, max: 4 }).chain((n) => {
  const levels = ['l0', 'l1', 'l2', 'l3'].slice(0, n);
  return fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 40, max: 90 }), fc.integer({ min: 0, max: 30 }))
    .chain(([count, passScore, nearlyMargin]) =>
      fc.tuple(...Array.from({ length: count }, (_, i) => criterion(levels, i))).map((criteria) => ({
        id: 'prop-ladder',
        title: 'Property ladder',
        version: 1,
        description: 'random',
        levels: levels.map((id) => ({ id, title: `level ${id}`, description: `level ${id}` })),
        passScore,
        nearlyMargin,
        sources: [{ id: 's', title: 'test', ref: 'test' }],
        criteria,
      })),
    );
});

const profile: fc.Arbitrary<CandidateProfile> = fc.record({
  positions: fc.option(
    fc.array(
      fc.record({
        from: fc.integer({ min: 2005, max: 2026 }),
        length: fc.integer({ min: 1, max: 120 }),
        current: fc.boolean(),
        families: fc.subarray(FAMILIES, { maxLength: 3 }),
        domains: fc.subarray(TERMS, { maxLength: 3 }),
        engagement: fc.constantFrom('external', 'internal', 'unclear' as const),
      }),
      { maxLength: 4 },
    ),
    { nil: null },
  ),
  degrees: fc.option(fc.array(fc.record({ level: fc.option(fc.constantFrom(...DEGREE_LEVELS), { nil: null }), fields: fc.subarray(FIELDS, { maxLength: 2 }), year: fc.integer({ min: 2000, max: 2030 }) }), { maxLength: 2 }), { nil: null }),
  credentials: fc.option(fc.array(fc.record({ id: fc.constantFrom(...CREDENTIALS), year: fc.option(fc.integer({ min: 2010, max: 2027 }), { nil: null }) }), { maxLength: 4 }), { nil: null }),
  terms: fc.option(fc.subarray(TERMS, { maxLength: 10 }), { nil: null }),
  teamSize: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
  budget: fc.option(fc.integer({ min: 1000, max: 20000000 }), { nil: null }),
  remote: fc.option(fc.boolean(), { nil: null }),
  knownFamilies: fc.option(fc.subarray(FAMILIES), { nil: undefined }),
}).map((p) =>
  aProfile({
    positions:
      p.positions?.map((x, i) => {
        const from = `${x.from}-01-01`;
        const end = day(from) + x.length * 30;
        return aPosition({ from, to: null, end: x.current ? null : end, families: x.families, domains: x.domains, engagement: x.engagement, evidence: ev(`/work/${i}`) });
      }) ?? null,
    degrees: p.degrees?.map((d, i) => aDegree({ level: d.level, fields: d.fields, completed: day(`${d.year}-06-30`), evidence: ev(`/education/${i}`) })) ?? null,
    credentials: p.credentials?.map((c, i) => ({ id: c.id, earned: c.year === null ? null : day(`${c.year}-03-01`), evidence: ev(`/certificates/${i}`) })) ?? null,
    terms: p.terms ? new Map(p.terms.map((t, i) => [t, [ev(`/skills/${i}`)]])) : null,
    teamSize: p.teamSize === null ? null : { size: p.teamSize, evidence: ev('/work/0/highlights/0') },
    budget: p.budget === null ? null : { amount: p.budget, evidence: ev('/work/0/highlights/1') },
    remote: p.remote === null ? null : p.remote ? [ev('/work/0/location')] : [],
    ...(p.knownFamilies && { knownFamilies: new Set(p.knownFamilies) }),
  }),
);

/** The ladder as rubrics validate reads it, or null when the checker refuses it. */
function accepted(data: Record<string, unknown>): Rubric | null {
  const { rubric, problems } = checkLadder(data, 'prop.yaml', () => ({ line: 1, column: 1 }));
  if (!rubric?.ladder || problems.length) return null;
  const resolved = resolveLadder({ ...rubric, ladder: rubric.ladder }, vocab);
  return resolved.ok ? resolved.value : null;
}

describe('a ladder the checker accepts', () => {
  it('never lets a score rise or a verdict improve up the levels, for any profile', () => {
    let checked = 0;
    fc.assert(
      fc.property(ladderData, fc.array(profile, { minLength: 1, maxLength: 4 }), (data, profiles) => {
        const ladder = accepted(data);
        fc.pre(ladder !== null);
        checked++;
        for (const p of profiles) {
          const report = assess(p, ladder!, { asOf: AS_OF, vocabulary: vocab });
          const levels = report.ladder!.levels;
          for (let i = 1; i < levels.length; i++) {
            expect(levels[i]!.score).toBeLessThanOrEqual(levels[i - 1]!.score);
            expect(RANK[levels[i]!.verdict]).toBeGreaterThanOrEqual(RANK[levels[i - 1]!.verdict]);
          }
          // The level reached is the highest ready one, and the report shows the level above it.
          const ready = levels.filter((l) => l.verdict === 'ready');
          expect(report.ladder!.reached).toBe(ready.length ? ready[ready.length - 1]!.id : null);
          expect(report.ladder!.shown).toBe(report.ladder!.next ?? levels[levels.length - 1]!.id);
        }
      }),
      { seed: 20261202, numRuns: 400 },
    );
    // Most random ladders are valid by construction; the filter must not leave the test empty.
    expect(checked).toBeGreaterThan(200);
  });

  it('is refused when a threshold falls or an accepted set grows, which is how a score could rise', () => {
    fc.assert(
      fc.property(ladderData, (data) => {
        const ladder = accepted(data);
        fc.pre(ladder !== null);
        // Swap the first and last level's values of the first per-level threshold that differs.
        const broken = structuredClone(data) as { criteria: Record<string, unknown>[]; levels: { id: string }[] };
        const levels = broken.levels.map((l) => l.id);
        for (const c of broken.criteria) {
          for (const key of ['minYears', 'minTeamSize', 'minAmount', 'min', 'minLevel', 'anyOf', 'fields']) {
            const v = c[key] as Record<string, unknown> | undefined;
            if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
            const named = levels.filter((l) => l in v);
            const [low, high] = [named[0]!, named[named.length - 1]!];
            if (JSON.stringify(v[low]) === JSON.stringify(v[high])) continue;
            [v[low], v[high]] = [v[high], v[low]];
            const { problems } = checkLadder(broken as never, 'prop.yaml', () => ({ line: 1, column: 1 }));
            expect(problems.map((p) => p.code)).toContain('ladder-order');
            return;
          }
        }
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });
});
