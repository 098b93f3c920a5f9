// The core entry points the benchmark times, bundled by test/bench/bench.mjs.
import { assess } from '../../src/engine/assess.js';
import { parseIsoDate } from '../../src/profile/day.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import type { Rubric } from '../../src/rubric/schema.js';
import { readResume } from '../../src/resume/readResume.js';
import { vocabulary, type Vocabulary } from '../../src/vocabulary/vocabulary.js';

export { readResume };

export function setUp() {
  const vocab = vocabulary();
  const rubric = new RubricCatalog(vocab).byId('tpm');
  if (!rubric.ok) throw new Error('tpm rubric');
  return { vocab, rubric: rubric.value, asOf: parseIsoDate('2026-11-01')! };
}

export function score(text: string, vocab: Vocabulary, rubric: Rubric, asOf: number) {
  const read = readResume(text, 'bench', vocab);
  return read.ok ? assess(read.value, rubric, { asOf, vocabulary: vocab }) : null;
}
