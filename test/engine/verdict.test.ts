import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/assessment.js';
import { verdictFor } from '../../src/engine/verdict.js';

const rubric = { passScore: 70, nearlyMargin: 15 };

describe('verdictFor: ready, nearly, not-ready', () => {
  it.each<[number, Status[], string]>([
    [70, ['met'], 'ready'],
    [100, [], 'ready'],
    [69.9, ['met'], 'nearly'],
    [55, ['met'], 'nearly'],
    [54.9, ['met'], 'not-ready'],
    [95, ['met', 'partial'], 'not-ready'],
    [95, ['missing'], 'not-ready'],
    [95, ['unknown'], 'nearly'],
    [40, ['unknown'], 'not-ready'],
  ])('score %d with required %j is %s', (score, required, verdict) => {
    expect(verdictFor(score, required, rubric)).toBe(verdict);
  });
});
