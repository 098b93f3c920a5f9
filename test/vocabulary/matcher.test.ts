import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMatcher, type Matcher } from '../../src/vocabulary/matcher.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

describe('createMatcher', () => {
  const m = createMatcher([
    { alias: 'Project Manager', value: 'pm' },
    { alias: 'Technical Project Manager', value: 'tpm' },
    { alias: 'PMI-ACP', value: 'acp' },
    { alias: { text: 'CSM', near: ['scrum'] }, value: 'csm' },
  ]);

  it('matches whole words only, longest alias first', () => {
    expect(m.values('Senior Technical Project Manager')).toEqual(['tpm']);
    expect(m.values('PMs and project managers')).toEqual([]);
    expect(m.values('project manager')).toEqual(['pm']);
  });

  it('treats spaces, hyphens and dots alike, and ignores trademark marks', () => {
    expect(m.values('PMI ACP® holder')).toEqual(['acp']);
    expect(m.values('PMIACP')).toEqual(['acp']);
  });

  it('needs a context word for an ambiguous alias', () => {
    expect(m.values('CSM at a SaaS company (customer success)')).toEqual([]);
    expect(m.values('CSM (Scrum Alliance)')).toEqual(['csm']);
  });

  it('reports where and what it matched, for evidence', () => {
    expect(m.all('I am a project manager')).toEqual([{ value: 'pm', text: 'project manager', index: 7 }]);
  });
});

describe('compounds that share a tail (German lists)', () => {
  const m = createMatcher([
    { alias: 'Risikomanagement', value: 'risk' },
    { alias: 'Ressourcenmanagement', value: 'resource' },
    { alias: 'Budgetplanung', value: 'budget' },
    { alias: 'Terminplanung', value: 'schedule' },
    { alias: 'IT-Sicherheit', value: 'security' },
    { alias: { text: 'Kostenplanung', prose: 'list-item' }, value: 'cost' },
  ]);

  it('completes a word written with a hyphen from the compound after it', () => {
    expect(m.all('Risiko- und Ressourcenmanagement')).toEqual([
      { value: 'risk', text: 'Risiko- und Ressourcenmanagement', index: 0 },
      { value: 'resource', text: 'Ressourcenmanagement', index: 12 },
    ]);
    expect(m.values('Budget-, Termin- und Kostenplanung').sort()).toEqual(['budget', 'cost', 'schedule']);
    expect(m.values('IT- und Netzwerksicherheit')).toEqual(['security']);
  });

  it('needs the completed word to be an alias, and the hyphen to stand before a space', () => {
    expect(m.values('Projekt- und Ressourcenmanagement')).toEqual(['resource']);
    expect(m.values('Risiko-Ressourcenmanagement')).toEqual(['resource']);
    expect(m.values('Risiko- und Qualitätsplanung')).toEqual([]);
  });

  it('keeps the list-item rule of the completed alias in prose', () => {
    expect(m.values('Verantwortlich für Budget- und Kostenplanung im Werk', { prose: true })).toEqual(['budget']);
  });
});

describe('the shipped vocabularies', () => {
  const v = vocabulary();
  it.each([
    ['Project Management Professional (PMP)®', 'pmi-pmp'],
    ['PMP®', 'pmi-pmp'],
    ['Certified ScrumMaster', 'sa-csm'],
    ['Professional Scrum Master I', 'so-psm'],
    ['PSM 1', 'so-psm'],
    ['ITIL® 4 Foundation', 'itil-foundation'],
    ['Certified SAFe® 6 Agilist', 'safe-agilist'],
  ])('recognise %s as %s', (text, id) => {
    expect(v.credentialMatcher.values(text)).toContain(id);
  });

  it.each([
    ['B.Eng.', 'bachelor'],
    ['BSc', 'bachelor'],
    ['Master of Science', 'master'],
    ['MBA', 'master'],
    ['Ph.D.', 'doctorate'],
    ['Associate of Applied Science', 'associate'],
  ])('read the degree %s as %s', (text, level) => {
    expect(v.degreeLevelMatcher.values(text)).toEqual([level]);
  });

  it('puts one title in every family it names', () => {
    const families = [...v.roleMatchers].filter(([, m]) => m.values('DevOps Project Manager').length).map(([id]) => id);
    expect(families.sort()).toEqual(['devops', 'project-management']);
  });
});

describe('the vocabulary files', () => {
  it('match their schemas (checked here, not at every start-up)', async () => {
    const { checkVocabularyFiles } = await import('../../src/vocabulary/checkVocabularyFiles.js');
    expect(checkVocabularyFiles()).toEqual([]);
  });
});

describe('values: the distinct values of all(), in the order first found', () => {
  const vocab = vocabulary();
  // Aliases of the real matchers, suspended compounds, list separators and noise, so that
  // context words, prose rules, compounds and more than 32 distinct values all occur.
  const everyAlias = [...vocab.terms.values()].flatMap((t) => t.aliases.map((a) => (typeof a === 'string' ? a : a.text)));
  const aliases = everyAlias.slice(0, 400);
  const piece = fc.oneof(
    fc.constantFrom(...aliases),
    fc.constantFrom('PMP', 'PMI', 'CSM', 'Scrum', 'Risiko-', 'und', 'Ressourcenmanagement', 'Bachelor', 'MSc', 'lapsed', 'expired', 'pursuing'),
    fc.constantFrom(', ', '; ', ' and ', ' (', ') ', '. ', ' - '),
    fc.string({ unit: fc.constantFrom('a', 'e', 's', 'é', '-', ' '), maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(' '));
  const matchers = { termMatcher: vocab.termMatcher, credentialMatcher: vocab.credentialMatcher, degreeLevelMatcher: vocab.degreeLevelMatcher, lapsedMatcher: vocab.lapsedMatcher };

  it('on random texts of real aliases, in prose and in lists, for each matcher', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, prose) => {
        for (const m of Object.values(matchers) as Matcher<unknown>[]) {
          expect(m.values(t, { prose })).toEqual([...new Set(m.all(t, { prose }).map((x) => x.value))]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('past 32 distinct values', () => {
    const t = everyAlias.join(', ');
    const expected = [...new Set(vocab.termMatcher.all(t).map((x) => x.value))];
    expect(expected.length).toBeGreaterThan(32);
    expect(vocab.termMatcher.values(t)).toEqual(expected);
  });
});
