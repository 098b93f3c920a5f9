import { type Problem, type Result, fail, formatPath, ok } from '../problem.js';
import { nearest } from '../suggest.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { zodProblems } from '../zodProblems.js';
import type { RubricSource } from './checkRubric.js';
import { criterionKeysByKind, criterionSchema, type Criterion, type Rubric, type Source } from './schema.js';

export const DEFAULT_PASS_SCORE = 70;
export const DEFAULT_NEARLY_MARGIN = 15;

/**
 * How many "did you mean" hints one rubric gets. Each compares a name with every candidate, so
 * a file of thousands of misspelt names would otherwise cost their product; after these, the
 * problems still come, without a guess.
 */
const MAX_GUESSES = 50;

type Guess = (word: string, candidates: Iterable<string>) => string | undefined;

/** Where a criterion was written, so that a rule broken by it points at the right file and line. */
interface Placed {
  criterion: Criterion;
  at: RubricSource;
  path: PropertyKey[];
}

/**
 * Pass 3 of validation: resolves `extends`, then checks the named rules that need the whole
 * rubric (unique ids, known sources, known vocabulary). `find` looks up another rubric by id.
 */
export function resolveRubric(
  start: RubricSource,
  find: (id: string) => RubricSource | undefined,
  vocabulary: Vocabulary,
): Result<Rubric> {
  const problems: Problem[] = [];
  let guesses = 0;
  const guess: Guess = (word, candidates) => (guesses++ < MAX_GUESSES ? nearest(word, candidates) : undefined);
  const at: At = (src, path, problem, part) => ({
    ...problem,
    source: src.source,
    ...src.locate(path, part),
  });

  // Walk up the extends chain, oldest ancestor first.
  const chain: RubricSource[] = [start];
  for (let current = start; current.file.extends !== undefined; ) {
    const parentId = current.file.extends;
    const loopsAt = chain.findIndex((c) => c.file.id === parentId);
    if (loopsAt >= 0) {
      problems.push(cycleProblem(chain.slice(loopsAt), start, at));
      return fail(problems);
    }
    const parent = find(parentId);
    if (!parent) {
      problems.push(at(current, ['extends'], { code: 'rubric-extends-missing', message: `extends "${parentId}", which is not a known rubric`, path: 'extends', hint: 'use an id from `tpm-assess rubrics list`' }));
      return fail(problems);
    }
    chain.push(parent);
    current = parent;
  }
  chain.reverse();

  // By id, in the order written: Map keeps insertion order, and a replaced entry keeps its place.
  const placed = new Map<string, Placed>();
  const sources = new Map<string, Source>();
  let passScore: number | undefined;
  let nearlyMargin: number | undefined;
  for (const src of chain) {
    const file = src.file;
    for (const s of file.sources ?? []) sources.set(s.id, s);
    passScore = file.passScore ?? passScore;
    nearlyMargin = file.nearlyMargin ?? nearlyMargin;
    for (const [i, id] of (file.remove ?? []).entries()) {
      if (!placed.delete(id)) {
        problems.push(at(src, ['remove', i], { code: 'rubric-remove-unknown', message: `remove names "${id}", which is not an inherited criterion`, path: `remove[${i}]`, ...hintFor(id, placed, guess) }));
      }
    }
    for (const [id, changes] of Object.entries(file.override ?? {})) {
      const inherited = placed.get(id);
      if (!inherited) {
        problems.push(at(src, ['override', id], { code: 'rubric-override-unknown', message: `override names "${id}", which is not an inherited criterion`, path: `override.${id}`, ...hintFor(id, placed, guess) }, 'key'));
        continue;
      }
      const input: Record<string, unknown> = { ...inherited.criterion, ...changes, id };
      const merged = criterionSchema.safeParse(input);
      if (!merged.success) {
        const kind = String(input.kind);
        problems.push(
          ...zodProblems(merged.error.issues, {
            source: src.source,
            locate: (path, part) => src.locate(['override', id, ...path], part),
            knownKeys: () => criterionKeysByKind.get(kind),
            input,
          }).map((p) => {
            const key = p.path?.split(/[.[]/)[0] ?? '';
            const path = `override.${id}${p.path ? '.' + p.path : ''}`;
            // A key the override did not write came from the inherited criterion: a changed kind left it behind.
            if (p.code === 'schema-unknown-key' && !Object.hasOwn(changes, key)) {
              return { ...p, path, message: `the inherited key "${key}" does not belong to a ${kind} criterion`, hint: `to change the kind, remove "${id}" and add a new criterion under criteria:` };
            }
            return { ...p, path };
          }),
        );
        continue;
      }
      placed.set(id, { criterion: merged.data, at: src, path: ['override', id] });
    }
    for (const [i, criterion] of (file.criteria ?? []).entries()) {
      const path = ['criteria', i];
      const first = placed.get(criterion.id);
      if (first) {
        const problem =
          first.at === src
            ? { message: `criterion id "${criterion.id}" is used twice, first by ${formatPath(first.path)} (line ${src.locate(first.path).line})`, hint: 'give each criterion its own id' }
            : { message: `criterion id "${criterion.id}" is already inherited from ${first.at.file.id}`, hint: 'give it another id, or change the inherited one under override:' };
        problems.push(at(src, [...path, 'id'], { code: 'rubric-duplicate-id', path: `criteria[${i}].id`, ...problem }));
        continue;
      }
      placed.set(criterion.id, { criterion, at: src, path });
    }
  }

  if (placed.size === 0) {
    problems.push(at(start, ['criteria'], { code: 'rubric-no-criteria', message: 'the rubric has no criteria, so its weights sum to zero', path: 'criteria', hint: 'add at least one criterion under criteria:' }));
  }
  for (const p of placed.values()) problems.push(...checkReferences(p, sources, vocabulary, at, guess));
  if (problems.length) return fail(problems);

  const file = start.file;
  return ok({
    id: file.id,
    title: file.title,
    version: file.version,
    description: file.description,
    passScore: passScore ?? DEFAULT_PASS_SCORE,
    nearlyMargin: nearlyMargin ?? DEFAULT_NEARLY_MARGIN,
    sources: [...sources.values()],
    criteria: [...placed.values()].map((p) => p.criterion),
  });
}

/**
 * A cycle of extends, blamed on a file the user wrote (the one being resolved when it is in the
 * cycle): an embedded rubric only takes part because a user's file took an id it extends.
 */
function cycleProblem(cycle: readonly RubricSource[], start: RubricSource, at: At): Problem {
  const blamedAt = cycle.includes(start) ? cycle.indexOf(start) : Math.max(0, cycle.findLastIndex((c) => !c.embedded));
  const order = [...cycle.slice(blamedAt), ...cycle.slice(0, blamedAt)];
  const blamed = order[0]!;
  const name = (c: RubricSource) => (c.embedded ? `${c.file.id} (embedded)` : c.file.id);
  const embedded = order.filter((c) => c.embedded);
  const hint =
    order.length === 1
      ? 'a rubric cannot extend itself: give this one another id'
      : embedded.length
        ? `the embedded ${embedded.map((c) => `${c.file.id} extends ${c.file.extends}`).join(', ')}: give this rubric its own id`
        : 'one of these rubrics must not extend the others';
  return at(blamed, ['extends'], {
    code: 'rubric-extends-cycle',
    message: `extends "${blamed.file.extends}" makes a cycle: ${[...order, blamed].map(name).join(' -> ')}`,
    path: 'extends',
    hint,
  });
}

function hintFor(id: string, placed: ReadonlyMap<string, Placed>, guessFor: Guess): { hint?: string } {
  const guess = guessFor(id, placed.keys());
  return guess ? { hint: `did you mean ${guess}?` } : {};
}

type At = (src: RubricSource, path: PropertyKey[], problem: Omit<Problem, 'source'>, part?: 'key' | 'value') => Problem;

/** Every id a criterion names must exist: a typo would otherwise silently score zero. */
function checkReferences(p: Placed, sources: Map<string, Source>, vocab: Vocabulary, at: At, guessFor: Guess): Problem[] {
  const out: Problem[] = [];
  const c = p.criterion;
  const check = (key: string, ids: readonly string[] | undefined, known: ReadonlyMap<string, unknown>, what: string) => {
    for (const [i, id] of (ids ?? []).entries()) {
      if (known.has(id)) continue;
      const guess = guessFor(id, known.keys());
      const path = [...p.path, ...key.split('.'), i];
      out.push(at(p.at, path, { code: 'rubric-unknown-reference', message: `unknown ${what} "${id}"`, path: formatPath(path), hint: guess ? `did you mean ${guess}?` : `see rubrics/vocabulary/ for the known ${what}s` }));
    }
  };
  if (!sources.has(c.source)) {
    const guess = guessFor(c.source, sources.keys());
    out.push(at(p.at, [...p.path, 'source'], { code: 'rubric-unknown-source', message: `source "${c.source}" is not listed under sources:`, path: formatPath([...p.path, 'source']), hint: guess ? `did you mean ${guess}?` : 'add it to sources: with a title and ref' }));
  }
  switch (c.kind) {
    case 'degree':
      check('fields', c.fields, vocab.degreeFields, 'degree field');
      check('equivalentExperience.roles', c.equivalentExperience?.roles, vocab.roleFamilies, 'role family');
      break;
    case 'experience':
      check('roles', c.roles, vocab.roleFamilies, 'role family');
      check('domains', c.domains, vocab.terms, 'term');
      break;
    case 'customer-facing':
      check('roles', c.roles, vocab.roleFamilies, 'role family');
      break;
    case 'certification':
      check('anyOf', c.anyOf, vocab.credentials, 'credential');
      check('allOf', c.allOf, vocab.credentials, 'credential');
      if (!c.anyOf && !c.allOf) {
        out.push(at(p.at, p.path, { code: 'rubric-certification-empty', message: `certification criterion "${c.id}" names no credential`, path: formatPath(p.path), hint: 'add anyOf: or allOf: with credential ids' }));
      }
      break;
    case 'domains':
    case 'methodologies':
    case 'tools':
    case 'skills':
      check('anyOf', c.anyOf, vocab.terms, 'term');
      if ((c.min ?? 1) > c.anyOf.length) {
        out.push(at(p.at, [...p.path, 'min'], { code: 'rubric-min-too-large', message: `min is ${String(c.min)} but only ${c.anyOf.length} ${c.anyOf.length === 1 ? 'term is' : 'terms are'} listed under anyOf`, path: formatPath([...p.path, 'min']), hint: `lower min to ${c.anyOf.length}, or list more terms` }));
      }
      break;
    default:
      break;
  }
  return out;
}
