/**
 * A value worked out the first time it is asked for, then kept: for facts of a profile that
 * only some rubrics read (whether a job served external customers, the largest team led), so
 * that a batch scored against a rubric without such criteria does not pay to read them. The
 * computation must be pure: when it runs then cannot change what it returns.
 */
export function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
