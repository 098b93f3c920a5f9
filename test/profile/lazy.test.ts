import { describe, expect, it } from 'vitest';
import { lazy, withFactsOnFirstUse } from '../../src/profile/lazy.js';

describe('lazy', () => {
  it('works nothing out until asked, then once, keeping even a null', () => {
    let runs = 0;
    const value = lazy(() => {
      runs++;
      return null;
    });
    expect(runs).toBe(0);
    expect(value()).toBeNull();
    expect(value()).toBeNull();
    expect(runs).toBe(1);
  });
});

describe('withFactsOnFirstUse', () => {
  const make = (runs: { count: number }) =>
    withFactsOnFirstUse(
      { a: 1, b: [2] },
      {
        c: () => {
          runs.count++;
          return { deep: true };
        },
      },
      { d: 'four' },
    );

  it('is plain data to JSON, a copy and an equality test, in key order head, facts, tail', () => {
    const value = make({ count: 0 });
    expect(Object.keys(value)).toEqual(['a', 'b', 'c', 'd']);
    expect(JSON.stringify(value)).toBe('{"a":1,"b":[2],"c":{"deep":true},"d":"four"}');
    expect({ ...value }).toEqual({ a: 1, b: [2], c: { deep: true }, d: 'four' });
    expect(value).toEqual({ a: 1, b: [2], c: { deep: true }, d: 'four' });
    expect(Reflect.ownKeys({ ...value })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('works a fact out on first use only, once', () => {
    const runs = { count: 0 };
    const value = make(runs);
    expect(runs.count).toBe(0);
    expect(value.a).toBe(1);
    expect(runs.count).toBe(0);
    expect(value.c).toBe(value.c);
    expect(runs.count).toBe(1);
  });

  it('gives every object the same accessor, so that objects share their shape', () => {
    // A getter in an object literal is a new function per object, which gave each its own map
    // and kept a whole reading alive through scavenges (issue 14).
    const first = Object.getOwnPropertyDescriptor(make({ count: 0 }), 'c');
    const second = Object.getOwnPropertyDescriptor(make({ count: 0 }), 'c');
    expect(first?.get).toBeTypeOf('function');
    expect(first?.enumerable).toBe(true);
    expect(second?.get).toBe(first?.get);
  });
});
