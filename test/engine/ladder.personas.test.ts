import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Verdict } from '../../src/engine/assessment.js';
import { parseIsoDate } from '../../src/profile/day.js';
import type { CandidateProfile } from '../../src/profile/profile.js';
import { documentToProfile, readResume } from '../../src/readers/jsonResume/readResume.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { parseRubricTests } from '../../src/rubricTests/rubricTester.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aDegree, aPosition, aProfile, day } from '../support/builders.js';

// Issue 11, done when: on every embedded persona, entry >= junior >= senior >= principal in
// score and in verdict. The personas: the fixture résumés, the JSON Resume corpus samples, every
// case of every rubric test file, and the test builders' profiles.

const vocab = vocabulary();
const catalog = new RubricCatalog(vocab);
const LEVELS = ['tpm-entry', 'tpm-junior', 'tpm-senior', 'tpm-principal'];
const RANK: Record<Verdict, number> = { ready: 0, nearly: 1, 'not-ready': 2 };
const AS_OF = day('2026-11-01');

interface Persona {
  name: string;
  profile: CandidateProfile;
  asOf: number;
}

function fromDocument(name: string, document: unknown, asOf = AS_OF): Persona {
  const result = documentToProfile(document, name, vocab);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return { name, profile: result.value, asOf };
}

const json = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => fromDocument(`${dir}/${f}`, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))));

const cases = readdirSync('rubrics/tests')
  .filter((f) => f.endsWith('.test.yaml'))
  .sort()
  .flatMap((f) => {
    const parsed = parseRubricTests(readFileSync(`rubrics/tests/${f}`, 'utf8'), f);
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.problems)}`);
    return parsed.value.map((c) => fromDocument(`${f}: ${c.name}`, c.resume, parseIsoDate(c.asOf)!));
  });

const built: Persona[] = [
  { name: 'builders: aProfile()', profile: aProfile(), asOf: AS_OF },
  { name: 'builders: a PM with a degree', profile: aProfile({ positions: [aPosition({ from: '2015-01-01' })], degrees: [aDegree()] }), asOf: AS_OF },
  { name: 'builders: an unknown everything', profile: aProfile({ positions: null, degrees: null, credentials: null, terms: null, remote: null }), asOf: AS_OF },
];

// Real and hand-labelled résumés (fixtures/pm-labelled, fixtures/published: SOURCES.md in each).
const real = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'labels.json')
    .sort()
    .flatMap((f) => {
      const read = readResume(readFileSync(`${dir}/${f}`, 'utf8'), f, vocab);
      return read.ok ? [{ name: `${dir}/${f}`, profile: read.value, asOf: AS_OF }] : [];
    });

const personas = [...json('fixtures/resumes'), ...json('fixtures/jsonresume/samples'), ...cases, ...built, ...real('fixtures/pm-labelled'), ...real('fixtures/published')];

describe('the embedded tpm ladder on every persona', () => {
  it('covers the personas it claims to', () => {
    expect(personas.length).toBeGreaterThan(120);
  });

  it.each(personas.map((p) => [p.name, p] as const))('%s: entry >= junior >= senior >= principal, and the level rubrics agree with the ladder', (_name, p) => {
    const ladder = catalog.byId('tpm-ladder');
    if (!ladder.ok) throw new Error('tpm-ladder does not resolve');
    const report = assess(p.profile, ladder.value, { asOf: p.asOf, vocabulary: vocab });
    const levels = report.ladder!.levels;
    expect(levels.map((l) => l.rubric)).toEqual(LEVELS);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]!.score, `${levels[i]!.id} scores no more than ${levels[i - 1]!.id}`).toBeLessThanOrEqual(levels[i - 1]!.score);
      expect(RANK[levels[i]!.verdict], `${levels[i]!.id} is no more ready than ${levels[i - 1]!.id}`).toBeGreaterThanOrEqual(RANK[levels[i - 1]!.verdict]);
    }
    // --rubric tpm-senior scores exactly the senior level of the ladder.
    for (const level of levels) {
      const alone = catalog.byId(level.rubric);
      if (!alone.ok) throw new Error(`${level.rubric} does not resolve`);
      const a = assess(p.profile, alone.value, { asOf: p.asOf, vocabulary: vocab });
      expect([a.score, a.verdict]).toEqual([level.score, level.verdict]);
    }
  });
});
