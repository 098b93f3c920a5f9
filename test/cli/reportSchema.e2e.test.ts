import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

describe('tpm-assess report-schema', () => {
  it('prints a draft-07 JSON Schema that names every report field of the interface', () => {
    const r = runCli(['report-schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'rubric', 'candidate', 'asOf', 'score', 'passScore', 'verdict', 'criteria', 'actions']));
    const criterion = schema.properties.criteria.items.properties;
    expect(Object.keys(criterion)).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'weight', 'required', 'status', 'score', 'actual', 'expected', 'evidence', 'gap']));
    expect(schema.properties.verdict.enum).toEqual(['ready', 'nearly', 'not-ready']);
  });

  it('prints the role-fit report schema with --fit', () => {
    const r = runCli(['report-schema', '--fit']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'candidate', 'asOf', 'ranking', 'sharedGaps', 'assessments']);
    expect(schema.properties.assessments.items.properties.criteria).toBeDefined();
  });
});
