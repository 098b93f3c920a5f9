/**
 * A problem found in user input: data with a stable code and a location, never a thrown
 * string. The CLI turns problems into messages (see cli/formatProblem.ts).
 */
export interface Problem {
  /** Stable identifier, for tests and for anyone scripting against stderr. */
  code: string;
  /** What is wrong, as one sentence without the location. */
  message: string;
  /** JSON path into the input (`work[1].startDate`), when the input is a document. */
  path?: string;
  /** The file (or `<stdin>`) the problem was found in. */
  source?: string;
  /** 1-based line and column in the source text, when known. */
  line?: number;
  column?: number;
  /** How to fix it. */
  hint?: string;
}

export type Result<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

export function ok<T>(value: T, warnings: Problem[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(problems: Problem[], warnings: Problem[] = []): Result<T> {
  return { ok: false, problems, warnings };
}

/** `["work", 1, "startDate"]` -> `work[1].startDate`, the form users see in messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `["work", 1, "highlights", 0]` -> `/work/1/highlights/0` (RFC 6901), the form evidence uses. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((k) => '/' + String(k).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
