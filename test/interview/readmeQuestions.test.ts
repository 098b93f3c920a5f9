import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveQuestions } from '../../src/interview/deriveQuestions.js';
import { questionList } from '../../src/interview/questionList.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

// The README shows the questions a scrum-master interview asks; this keeps them the code's.
const REGENERATE = 'UPDATE_README=1 npx vitest run test/interview/readmeQuestions.test.ts';
const readme = new URL('../../README.md', import.meta.url);
const block = /(<!-- scrum-master questions: generated -->\n)([\s\S]*?)\n?(<!-- end -->)/;

describe('the README', () => {
  it('lists the questions a scrum-master interview asks, as the code derives them', () => {
    const vocab = vocabulary();
    const rubric = new RubricCatalog(vocab).byId('scrum-master');
    if (!rubric.ok) throw new Error('no scrum-master rubric');
    const list = questionList(deriveQuestions([rubric.value], vocab));
    const text = readFileSync(readme, 'utf8');
    if (process.env.UPDATE_README === '1') writeFileSync(readme, text.replace(block, `$1${list}\n$3`));
    expect(block.exec(readFileSync(readme, 'utf8'))?.[2], `the README's list is stale: ${REGENERATE}`).toBe(list);
  });
});
