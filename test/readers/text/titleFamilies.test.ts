import { describe, expect, it } from 'vitest';
import { titleFamilies } from '../../../src/readers/text/titleFamilies.js';
import { vocabulary } from '../../../src/vocabulary/vocabulary.js';

const v = vocabulary();

describe('titleFamilies', () => {
  it('reads a title again as the first time, whatever the caller did with the first answer', () => {
    const first = titleFamilies('Senior Technical Project Manager', v);
    expect(first).toContain('project-management');
    const kept = [...first];
    first.length = 0;
    first.push('changed');
    expect(titleFamilies('Senior Technical Project Manager', v)).toEqual(kept);
  });

  it('gives what a reading with nothing kept gives, for titles of many families', () => {
    // A copy of the vocabulary is a new key to the memo, so reading with one works it out afresh.
    const titles = ['Project Manager', 'Senior Software Engineer', 'Scrum Master', 'IT Project Coordinator', 'Director, Information Technology', 'Manager of Network Operations', 'Intern', 'Product Manager', 'QA Analyst', 'DevOps Engineer / Project Manager', 'Gestor de Proyectos'];
    for (const title of [...titles, ...titles]) expect(titleFamilies(title, v)).toEqual(titleFamilies(title, { ...v }));
    expect(new Set(titles.map((t) => titleFamilies(t, v).join())).size).toBeGreaterThan(5);
  });

  it('reads right past the number of titles it keeps: each of 12,000 distinct titles, read twice', () => {
    const titles = Array.from({ length: 12_000 }, (_, i) => (i % 2 ? `Project Manager ${i}` : `Software Engineer ${i}`));
    const pm = titleFamilies('Project Manager', v);
    const engineer = titleFamilies('Software Engineer', v);
    expect(pm).not.toEqual(engineer);
    // Each title as its own kind, on the first reading and again after the memo has been cleared.
    const expected = titles.map((_, i) => (i % 2 ? pm : engineer));
    expect(titles.map((t) => titleFamilies(t, v))).toEqual(expected);
    expect(titles.map((t) => titleFamilies(t, v))).toEqual(expected);
  });
});
