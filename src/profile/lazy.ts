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

/** Where an object made by withFactsOnFirstUse keeps its computations: a symbol, not enumerable, so no copy, JSON or equality sees it. */
const COMPUTE = Symbol('facts read on first use');
const HIDDEN: PropertyDescriptor = { value: undefined, writable: true, enumerable: false, configurable: false };

type Holder = { [COMPUTE]: Record<string, () => unknown> };

/** One accessor per fact name, the same function for every object. */
const accessors = new Map<string, PropertyDescriptor>();
function accessorOf(name: string): PropertyDescriptor {
  let descriptor = accessors.get(name);
  if (descriptor === undefined) {
    descriptor = {
      get(this: Holder) {
        return this[COMPUTE][name]!();
      },
      enumerable: true,
      configurable: true,
    };
    accessors.set(name, descriptor);
  }
  return descriptor;
}

/**
 * `head`, then `facts` as enumerable accessors that work each fact out on first use (lazy), then
 * `tail`, in that key order: to JSON, a copy or an equality test the object is plain data.
 * `head` and `facts` are taken over (pass fresh literals): `facts` is kept as the object's computations.
 *
 * Why not getters in an object literal: each evaluation makes new getter functions, so V8 gives
 * every such object a map of its own, and maps live in the old generation. A map pointing at a
 * young getter kept it, and through its closure the whole résumé's reading (tokens, snippets),
 * alive through every scavenge until the next full collection: 22 KB of each record's 146 KB
 * survived and was copied twice (issue 14). Here the accessors are shared, so objects share
 * maps, and the computations hang off the object itself.
 */
export function withFactsOnFirstUse<Head extends object, Facts extends Record<string, unknown>, Tail extends object>(
  head: Head,
  facts: { [K in keyof Facts]: () => Facts[K] },
  tail: Tail,
): Head & { readonly [K in keyof Facts]: Facts[K] } & Tail {
  const target = head as Head & Holder;
  const computations = facts as Record<string, () => unknown>;
  Object.defineProperty(target, COMPUTE, HIDDEN);
  for (const name of Object.keys(computations)) {
    computations[name] = lazy(computations[name]!);
    Object.defineProperty(target, name, accessorOf(name));
  }
  target[COMPUTE] = computations;
  return Object.assign(target, tail) as Head & { readonly [K in keyof Facts]: Facts[K] } & Tail;
}
