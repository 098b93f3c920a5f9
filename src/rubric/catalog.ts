import { type Problem, type Result, fail } from '../problem.js';
import { nearest } from '../suggest.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { embeddedRubricData, embeddedRubricIds } from './library.js';
import { checkRubric, type RubricSource } from './checkRubric.js';
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
    this.#sources.set(id, rubric);
    this.#resolved.delete(id);
    return this.#resolve(rubric);
  }

  /** An embedded rubric (or one added with add) by id. */
  byId(id: string): Result<Rubric> {
    const cached = this.#resolved.get(id);
    if (cached) return cached;
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
    const result = resolveRubric(src, (id) => this.#find(id), this.#vocabulary);
    this.#resolved.set(src.file.id, result);
    return result;
  }

  #find(id: string): RubricSource | undefined {
    const known = this.#sources.get(id);
    if (known) return known;
    const data = embeddedRubricData(id);
    if (data === undefined) return undefined;
    // No positions: embedded rubrics are checked with positions by the test suite, from their files.
    const { rubric, problems } = checkRubric(data, `rubrics/${id}.yaml`, () => ({ line: 1, column: 1 }));
    // Embedded rubrics are validated by the test suite; reaching this is a packaging bug.
    if (!rubric) throw new Error(`embedded rubric ${id} is invalid: ${JSON.stringify(problems)}`);
    const embedded = { ...rubric, embedded: true };
    this.#sources.set(id, embedded);
    return embedded;
  }
}
