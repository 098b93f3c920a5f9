import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';
import { aProfile, aRubric, day } from '../support/builders.js';

const vocab = vocabulary();
const tools: Criterion = { id: 'tools', title: 'PM tools', kind: 'tools', weight: 1, source: 's', anyOf: ['jira', 'ms-project', 'confluence'], min: 2 };
const terms = (...ids: string[]) => new Map(ids.map((id, i) => [id, [{ path: `/skills/0/keywords/${i}`, text: id }]]));
const run = (t: Map<string, { path: string; text: string }[]> | null, c: Criterion = tools) =>
  assess(aProfile({ terms: t }), aRubric([c]), { asOf: day('2026-01-01'), vocabulary: vocab });

describe('coverage criteria (domains, methodologies, tools, skills)', () => {
  it('meets the minimum count and quotes each term found', () => {
    expect(run(terms('jira', 'confluence', 'scrum')).criteria[0]).toMatchObject({ status: 'met', actual: ['jira', 'confluence'], evidence: [{ text: 'jira' }, { text: 'confluence' }] });
  });

  it('gives proportional credit and names what would close the gap', () => {
    const a = run(terms('jira'));
    expect(a.criteria[0]).toMatchObject({ status: 'partial', score: 0.5, gap: '1 more tool needed (has 1 of 2), such as Microsoft Project or Confluence' });
    expect(a.actions[0]).toMatchObject({ criterion: 'tools', scoreGain: 50 });
  });

  it('is unknown when there is no text at all to look in', () => {
    expect(run(null).criteria[0]!.status).toBe('unknown');
  });
});

describe('team size, budget and remote work', () => {
  it('leaves an unstated team size unknown and compares a stated one', () => {
    const c: Criterion = { id: 'lead', title: 'Led 10+', kind: 'leadership', weight: 1, source: 's', minTeamSize: 10 };
    const profileRun = (teamSize: number | null) =>
      assess(aProfile({ teamSize: teamSize === null ? null : { size: teamSize, evidence: { path: '/work/0/highlights/0', text: `team of ${teamSize}` } } }), aRubric([c]), { asOf: day('2026-01-01'), vocabulary: vocab }).criteria[0]!;
    expect(profileRun(null).status).toBe('unknown');
    expect(profileRun(5)).toMatchObject({ status: 'partial', score: 0.5, gap: 'led a team of 5; 10 is asked for' });
    expect(profileRun(12).status).toBe('met');
  });

  it('meets remote work with evidence and misses it without', () => {
    const c: Criterion = { id: 'remote', title: 'Remote', kind: 'remote', weight: 1, source: 's' };
    const remoteRun = (remote: { path: string; text: string }[] | null) => assess(aProfile({ remote }), aRubric([c]), { asOf: day('2026-01-01'), vocabulary: vocab }).criteria[0]!.status;
    expect(remoteRun([{ path: '/work/0/location', text: 'Remote' }])).toBe('met');
    expect(remoteRun([])).toBe('missing');
    expect(remoteRun(null)).toBe('unknown');
  });
});

describe('coverage evidence', () => {
  it('quotes a text once even when it names several of the terms', () => {
    const same = { path: '/basics/summary', text: 'networks, storage and virtualization' };
    const t = new Map([['jira', [same]], ['confluence', [same]]]);
    expect(run(t).criteria[0]!.evidence).toEqual([same]);
  });
});

describe('coverage wording', () => {
  it('says "methodologies", not "methodologys"', () => {
    const m: Criterion = { id: 'm', title: 'm', kind: 'methodologies', weight: 1, source: 's', anyOf: ['agile', 'scrum', 'kanban'], min: 3 };
    expect(run(terms('agile'), m).criteria[0]!.gap).toBe('2 more methodologies needed (has 1 of 3), such as Scrum or Kanban');
  });
});
