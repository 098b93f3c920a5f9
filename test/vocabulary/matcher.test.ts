import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/vocabulary/matcher.js';
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
