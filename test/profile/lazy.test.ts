import { describe, expect, it } from 'vitest';
import { lazy } from '../../src/profile/lazy.js';

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
