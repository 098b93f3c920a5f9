import { type Problem, type Result, fail } from '../problem.js';
import { nearest } from '../suggest.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { checkLadder } from './checkLadder.js';
import { checkRubric, type RubricSource } from './checkRubric.js';
import { levelRubricId } from './ladderLevels.js';
import { isLadderData } from './ladderSchema.js';
import { embeddedLevelLadders, embeddedRubricData, embeddedRubricIds } from './library.js';
import { resolveLadder } from './resolveLadder.js';
import { resolveRubric } from './resolveRubric.js';
import type { Rubric } from './schema.js';

/**
 * The rubrics of one run: the embedded library plus any files the user named. Each is read
 * and resolved once, however many résumés are then scored against it.
 */
export class RubricCatalog {
  readonly #sources = new Map<string, RubricSource>();
  readonly #resolved = new Map<string, Result<Rubric>>();
  readonly #vocabulary: Vocabulary;
  /** Level rubric id -> the ladder it is a level of, for the ladders added to this catalog. */
  readonly #levelLadders = new Map<string, string>(embeddedLevelLadders);

  constructor(vocabulary: Vocabulary) {
    this.#vocabulary = vocabulary;
  }

  get embeddedIds(): readonly string[] {
    return embeddedRubricIds;
  }

  /** Adds a user's rubric (see readRubricFile); its id may then be extended by others. */
  add(rubric: RubricSource, options: { replace?: boolean } = {}): Result<Rubric> {
    const id = rubric.file.id;
    // A file may not take an embedded rubric's id: it would silently replace it, for this run
    // and for every embedded rubric that extends it. `replace` is for checking the library's
    // own files (rubrics validate rubrics/tpm.yaml).
    if (!options.replace && (embeddedRubricIds.includes(id) || this.#sources.has(id))) {
      const taken = embeddedRubricIds.includes(id) ? 'an embedded rubric' : 'another rubric file';
      const problem: Problem = {
        code: 'rubric-id-taken',
        message: `the id "${id}" is already used by ${taken}`,
        path: 'id',
        source: rubric.source,
        ...rubric.locate(['id']),
        hint: `give this rubric its own id; it can start from the other with extends: ${id}`,
      };
      return fail([problem]);
    }
    for (const [i, level] of (rubric.ladder?.levels ?? []).entries()) {
      const levelId = levelRubricId(rubric.ladder!, level);
      const owner = this.#levelLadders.get(levelId);
      const free = options.replace ? owner === undefined || owner === id : owner === undefined && !embeddedRubricIds.includes(levelId) && !this.#sources.has(levelId);
      if (free) continue;
      const problem: Problem = {
        code: 'rubric-id-taken',
        message: `level ${level.id} would be scored as rubric "${levelId}", which is already used`,
        path: `levels[${i}]`,
        source: rubric.source,
        ...rubric.locate(['levels', i, level.rubric ? 'rubric' : 'id']),
        hint: 'give the level its own rubric: id',
      };
      return fail([problem]);
    }
    this.#sources.set(id, rubric);
    this.#resolved.delete(id);
    for (const level of rubric.ladder?.levels ?? []) this.#levelLadders.set(levelRubricId(rubric.ladder!, level), id);
    return this.#resolve(rubric);
  }

  /** An embedded rubric (or one added with add) by id. */
  byId(id: string): Result<Rubric> {
    const cached = this.#resolved.get(id);
    if (cached) return cached;
    const ladderId = this.#levelLadders.get(id);
    if (ladderId !== undefined) {
      // A level is resolved with its ladder, which caches every level under its own id.
      const ladder = this.byId(ladderId);
      return ladder.ok ? this.#resolved.get(id)! : ladder;
    }
    const src = this.#find(id);
    if (!src) {
      const guess = nearest(id, [...embeddedRubricIds, ...this.#sources.keys()]);
      const problem: Problem = {
        code: 'rubric-unknown',
        message: `unknown rubric "${id}"`,
        hint: guess ? `did you mean ${guess}? \`tpm-assess rubrics list\` shows them all` : 'run `tpm-assess rubrics list`, or give a path to a YAML file',
      };
      return fail([problem]);
    }
    return this.#resolve(src);
  }

  #resolve(src: RubricSource): Result<Rubric> {
    if (src.ladder) {
      const result = resolveLadder({ ...src, ladder: src.ladder }, this.#vocabulary);
      this.#resolved.set(src.file.id, result);
      for (const level of result.ok ? result.value.ladder!.levels : []) this.#resolved.set(level.rubric.id, { ok: true, value: level.rubric, warnings: [] });
      return result;
    }
    // A ladder, or one of its levels, is not a rubric to build on: its criteria are per level.
    const result = resolveRubric(src, (id) => (this.#levelLadders.has(id) || this.#find(id)?.ladder ? undefined : this.#find(id)), this.#vocabulary);
    if (result.ok) this.#resolved.set(src.file.id, result);
    else {
      const problems = result.problems.map((p) => {
        const named = p.code === 'rubric-extends-missing' ? /"([^"]+)"/.exec(p.message)?.[1] : undefined;
        const ladder = named === undefined ? undefined : (this.#levelLadders.get(named) ?? (this.#find(named)?.ladder ? named : undefined));
        if (ladder === undefined) return p;
        return { ...p, code: 'rubric-extends-ladder', message: `extends "${named!}", ${named === ladder ? 'a ladder' : `a level of the ladder ${ladder}`}, which a rubric cannot build on`, hint: `copy the criteria you need (tpm-assess rubrics show ${named!}) into criteria:, or extend a plain rubric such as tpm` };
      });
      this.#resolved.set(src.file.id, fail(problems));
    }
    return this.#resolved.get(src.file.id)!;
  }

  #find(id: string): RubricSource | undefined {
    const known = this.#sources.get(id);
    if (known) return known;
    const data = embeddedRubricData(id);
    if (data === undefined) return undefined;
    // No positions: embedded rubrics are checked with positions by the test suite, from their files.
    const nowhere = () => ({ line: 1, column: 1 });
    const { rubric, problems } = isLadderData(data) ? checkLadder(data, `rubrics/${id}.yaml`, nowhere) : checkRubric(data, `rubrics/${id}.yaml`, nowhere);
    // Embedded rubrics are validated by the test suite; reaching this is a packaging bug.
    if (!rubric) throw new Error(`embedded rubric ${id} is invalid: ${JSON.stringify(problems)}`);
    const embedded = { ...rubric, embedded: true };
    this.#sources.set(id, embedded);
    return embedded;
  }
}
