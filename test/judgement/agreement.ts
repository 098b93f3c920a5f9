import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../../src/engine/assess.js';
import type { Assessment } from '../../src/engine/assessment.js';
import { parseIsoDate } from '../../src/profile/day.js';
import { readResume } from '../../src/readers/jsonResume/readResume.js';
import { RubricCatalog } from '../../src/rubric/catalog.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

// Agreement between tpm-assess and a recruiter's labels written before the tool ran (issue 10).
// One label file per set (fixtures/pm-labelled, fixtures/pm-heldout); each label gives PM years,
// credentials held or lapsed, customer-facing delivery, the degree, and a verdict per rubric.

export interface Label {
  file: string;
  pmYears: number;
  credentials: { id: string; held: boolean; lapsed: boolean }[];
  customerFacing: 'yes' | 'no' | 'unclear';
  degree: { level: string | null; inProgress: boolean };
  verdicts: Record<string, string>;
}

export interface FieldAgreement {
  agreed: number;
  of: number;
  /** The files where the tool and the label differ, with both readings. */
  differences: string[];
}

export type Agreement = Record<string, FieldAgreement>;

const AS_OF = '2026-12-02';
const PM_YEARS_TOLERANCE = 1;

export function measureAgreement(dir: string): Agreement {
  const vocab = vocabulary();
  const catalog = new RubricCatalog(vocab);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
  const asOf = parseIsoDate(AS_OF)!;
  const fields: Agreement = {};
  const tally = (field: string, label: Label, ours: unknown, theirs: unknown, agreed = JSON.stringify(ours) === JSON.stringify(theirs)) => {
    const f = (fields[field] ??= { agreed: 0, of: 0, differences: [] });
    f.of++;
    if (agreed) f.agreed++;
    else f.differences.push(`${label.file}: tool ${JSON.stringify(ours)}, label ${JSON.stringify(theirs)}`);
  };
  for (const label of labels) {
    const read = readResume(readFileSync(join(dir, label.file), 'utf8'), label.file, vocab);
    tally('read', label, read.ok, true);
    if (!read.ok) continue;
    const reports = new Map<string, Assessment>();
    for (const id of Object.keys(label.verdicts)) {
      const rubric = catalog.byId(id);
      if (!rubric.ok) throw new Error(`rubric ${id} does not resolve`);
      reports.set(id, assess(read.value, rubric.value, { asOf, vocabulary: vocab }));
      tally(`verdict ${id}`, label, reports.get(id)!.verdict, label.verdicts[id]);
    }
    const tpm = reports.get('tpm');
    if (!tpm) throw new Error(`${label.file}: every label gives a tpm verdict`);
    // The years the tpm rubric counts (project, program and delivery management), as the labels do.
    const years = (tpm.criteria.find((c) => c.id === 'pm-experience')?.actual as number | null | undefined) ?? 0;
    tally('PM years ±1', label, years, label.pmYears, Math.abs(years - label.pmYears) <= PM_YEARS_TOLERANCE);
    tally('PMP', label, pmpStatus(tpm), statusOf(label, 'pmi-pmp'));
    const infra = reports.get('infra-tpm');
    if (infra) tally('customer-facing', label, customerFacing(infra), label.customerFacing);
    tally('degree', label, degreeOf(tpm), label.degree);
  }
  return fields;
}

function statusOf(label: Label, id: string): string {
  const c = label.credentials.find((x) => x.id === id);
  return !c ? 'absent' : c.held ? 'held' : 'lapsed';
}

function pmpStatus(report: Assessment): string {
  const c = report.criteria.find((x) => x.kind === 'certification' && JSON.stringify(x.expected).includes('pmi-pmp'));
  const found = (c?.actual as { id: string; current: boolean }[] | null | undefined)?.find((x) => x.id === 'pmi-pmp');
  return !found ? 'absent' : found.current ? 'held' : 'lapsed';
}

function customerFacing(report: Assessment): string {
  const c = report.criteria.find((x) => x.kind === 'customer-facing');
  return c?.status === 'met' || c?.status === 'partial' ? 'yes' : c?.status === 'unknown' ? 'unclear' : 'no';
}

function degreeOf(report: Assessment): { level: string | null; inProgress: boolean } {
  const c = report.criteria.find((x) => x.kind === 'degree');
  const actual = c?.actual as { level: string | null; held?: boolean } | null | undefined;
  if (!actual) return { level: null, inProgress: false };
  return { level: actual.level ?? null, inProgress: actual.held === false };
}

/** The figures as lines, with the differences when asked: the closing note and AGREEMENT=verbose print them. */
export function agreementLines(agreement: Agreement, verbose: boolean): string[] {
  return Object.entries(agreement).flatMap(([field, f]) => [`${field}: ${f.agreed}/${f.of}`, ...(verbose ? f.differences.map((d) => `  ${d}`) : [])]);
}
