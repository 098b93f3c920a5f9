import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/cli/formatProblem.js';
import { readRubricFile } from '../../src/rubric/readRubricFile.js';

const rubric = (criterion: string) =>
  ['id: big', 'title: Big', 'version: 1', 'description: d', 'sources:', '  - {id: s, title: t, ref: r}', 'criteria:', `  - {id: a, title: A, source: s, ${criterion}}`, ''].join('\n');
const problems = (criterion: string) => readRubricFile(rubric(criterion), 'big.yaml').problems.map((p) => formatProblem(p));

// Issue 8: minYears: 1e308 passed validate and then crashed scoring ("Invalid time value");
// weight: 1e308 gave "score": null. Every number is bounded where it is written.
describe('numbers in a rubric are bounded', () => {
  it.each([
    ['kind: experience, weight: 1, minYears: 1e308, roles: [project-management]', 'big.yaml:8:68: criteria[0].minYears: must be at most 60, got 1e+308'],
    ['kind: experience, weight: 1e308, minYears: 5, roles: [project-management]', 'big.yaml:8:54: criteria[0].weight: must be at most 1000, got 1e+308'],
    ['kind: budget, weight: 1, minAmount: 1e20', 'big.yaml:8:64: criteria[0].minAmount: must be at most 1000000000000, got 100000000000000000000'],
    ['kind: leadership, weight: 1, minTeamSize: 1e9', 'big.yaml:8:68: criteria[0].minTeamSize: must be at most 100000, got 1000000000'],
  ])('%s', (criterion, message) => {
    expect(problems(criterion)).toEqual([expect.stringContaining(message.split(': ')[1]!)]);
    expect(problems(criterion)[0]).toMatch(/^big\.yaml:8:\d+: /);
  });
  it('accepts the largest sensible values', () => {
    expect(problems('kind: experience, weight: 1000, minYears: 60, roles: [project-management]')).toEqual([]);
  });
});
