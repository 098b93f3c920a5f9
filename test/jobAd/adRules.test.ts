import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobAdToRubric } from '../../src/jobAd/jobAdToRubric.js';
import type { Criterion } from '../../src/rubric/schema.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

// Rules that the second batch of hand-labelled ads (fixtures/job-ads/SOURCES.md) showed missing.
const vocab = vocabulary();
function criteria(text: string): Criterion[] {
  const r = jobAdToRubric(text, 'ad.txt', vocab);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return (parse(r.value) as { criteria: Criterion[] }).criteria;
}
const experience = (text: string) => criteria(text).filter((c) => c.kind === 'experience').map((c) => (c as { minYears: number }).minYears);
const customerFacing = (text: string) => criteria(text).filter((c) => c.kind === 'customer-facing');

describe('years written in words and restated in figures', () => {
  it('reads "one (1) year" and "seven (7) years" as 1 and 7', () => {
    expect(experience('Program Manager\nQualifications\n- To qualify, you must have one (1) year of specialized experience at the next lower GS-grade.')).toEqual([1]);
    expect(experience('Project Manager\nRequirements\n- Seven (7) years of project management experience')).toEqual([7]);
  });
});

describe('the length of a contract is not experience', () => {
  it('skips "a two year term contract" and "durée déterminée de 2 ans" but keeps the experience beside them', () => {
    expect(experience('Product Manager\nThis role is a two year term contract and is classified as CS4.\nYou have 3 years of experience managing vendor contracts.')).toEqual([3]);
    expect(experience("Chef de projet\nCe poste est d'une durée déterminée de 2 ans.\nExigences\n- 5 ans d'expérience en gestion de projet")).toEqual([5]);
    expect(experience('Program Manager\nRequirements\n- Not to exceed 4 years; may be extended for an additional 2 years.\n- 6+ years of program management')).toEqual([6]);
  });
});

describe('managing relationships with customers is customer-facing', () => {
  it('makes a required customer-facing criterion of "managing relationships with customers or clients"', () => {
    expect(customerFacing('Account Manager\nRequirements\n- Experience managing relationships with customers or clients\n- 3 years of project management')).toMatchObject([{ required: true }]);
  });
  it('does not take a customer relationship management tool for it', () => {
    expect(customerFacing('Portfolio Specialist\nRequirements\n- Maintain the customer relationship management system\n- 3 years of project management')).toEqual([]);
  });
});

describe('a customer-facing word that the ad denies is not asked for', () => {
  it('gives no criterion for "Platform is not a consulting unit" or "no client-facing work"', () => {
    expect(customerFacing('Product Manager\nAbout the team\nPlatform is not a consulting unit.\nRequirements\n- 3 years of product management')).toEqual([]);
    expect(customerFacing('Product Manager\nRequirements\n- This role has no client-facing work.\n- 3 years of product management')).toEqual([]);
    expect(customerFacing("Chef de produit\nExigences\n- Le poste n'est pas orienté client.\n- 3 ans d'expérience")).toEqual([]);
  });
  it('still reads the word after "not limited to", "not only", a negation in an earlier clause, and "not internal"', () => {
    expect(customerFacing('Program Manager\nRequirements\n- Experience in delivery, including but not limited to client-facing programs')).toMatchObject([{ required: true }]);
    expect(customerFacing('Program Manager\nRequirements\n- Not only internal teams but also external clients')).toMatchObject([{ required: true }]);
    expect(customerFacing('Program Manager\nRequirements\n- No travel, but you will lead client-facing delivery')).toMatchObject([{ required: true }]);
    expect(customerFacing('Delivery Manager\nRequirements\n- Must have led external customer facing projects, not internal ones')).toMatchObject([{ required: true }]);
  });
});

describe('customer-facing delivery asked twice is one criterion', () => {
  it('makes one, as strong as the strongest ask, sourced by it', () => {
    const found = customerFacing('Delivery Manager\nPreferred\n- A consulting background\nRequirements\n- Experience in a professional services firm\n- 5 years of project management');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'customer-facing', required: true, title: 'Experience in a professional services firm' });
  });
});

describe('hostile input for these rules', () => {
  it('reads a huge sentence without spaces beside a number of years in bounded time', () => {
    const text = 'Program Manager\nRequirements\n- ' + 'x'.repeat(300_000) + ' 5 years of project management ' + 'y'.repeat(300_000);
    const started = performance.now();
    const found = experience(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found).toEqual([5]);
  });
});
