import { readdirSync, readFileSync } from 'node:fs';
import { parseJson } from '../../src/readers/jsonResume/parseJson.js';

/**
 * Every string of the real résumés and the engagement sets (titles, summaries, highlights,
 * skills): text this project did not write, for differential tests of the fast paths.
 */
export function corpusTexts(): string[] {
  const texts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') texts.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const dir of ['fixtures/published', 'fixtures/pm-labelled', 'fixtures/pm-heldout', 'fixtures/resumes', 'fixtures/customer-facing']) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'labels.json')) {
      const parsed = parseJson(readFileSync(`${dir}/${file}`, 'utf8'), file);
      if (parsed.ok) walk(parsed.value);
    }
  }
  return texts;
}
