import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { fail, ok, type Result } from '../problem.js';
import type { Rubric } from '../rubric/schema.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import { differencesFrom } from './differencesFrom.js';
import { extractCriteria } from './extractRubric.js';
import type { JobAdVocabulary } from './jobAdVocabulary.js';
import { JOB_AD_PASS_SCORE, placeOf, weightsOf } from './jobAdRubric.js';
import type { JobAd } from './readJobAd.js';

const QUOTE_LIMIT = 160;
const quoteOf = (text: string) => (text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text).replace(/\s+/g, ' ');

/** A rubric id from the ad's title: "Technical Project Manager (Remote)" -> technical-project-manager-remote. */
export function idOf(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : 'job-ad';
}

/**
 * A job ad -> a rubric as YAML text: each criterion with the sentence it came from in a comment
 * above it and a source entry that names the file and line, and what was not used listed at
 * the end. Refused when nothing in the ad could be read as a criterion. With a `base`, only the
 * differences from it are written (extends, override, remove, criteria), so that the file
 * resolves to the same criteria in the base's order.
 */
export function writeJobRubric(ad: JobAd, source: string, vocab: Vocabulary, words: JobAdVocabulary, base?: Rubric): Result<string> {
  const { criteria, unused } = extractCriteria(ad, vocab, words);
  if (!criteria.length) {
    return fail([{ code: 'job-ad-empty', message: `nothing in ${source} reads as a requirement (no degree, years, certification, domain, tool or skill)`, source, hint: 'give the ad\'s text with its requirements, e.g. "5+ years of project management experience"' }]);
  }
  const weights = weightsOf(criteria);
  const sources: { id: string; title: string; ref: string }[] = [];
  const sourceOf = new Map<string, string>();
  const criterionObjects = criteria.map((c, i) => {
    const first = c.from[0]!;
    const ref = placeOf(first, source);
    let sourceId = sourceOf.get(ref);
    if (!sourceId) {
      sourceId = first.path !== null ? `ad-${first.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}` : `ad-line-${first.line}`;
      sourceOf.set(ref, sourceId);
      sources.push({ id: sourceId, title: quoteOf(first.text), ref });
    }
    const { id, title, kind, ...thresholds } = c.criterion;
    return { id, title: quoteOf(title), kind, weight: weights[i]!, ...(c.strength === 'required' && { required: true }), source: sourceId, ...thresholds };
  });
  const title = ad.title ?? `Job ad ${source}`;
  let id = idOf(title);
  // A rubric cannot extend itself: the id from the ad's title must differ from the base's.
  if (base && id === base.id) id = `${id}-job`;
  const diff = base ? differencesFrom(base, criterionObjects) : null;
  const head = {
    id,
    title,
    version: 1,
    description: `Extracted from ${source} by tpm-assess rubrics from-job${base ? `, as its differences from ${base.id}` : ''}; check each criterion against the line it names.`,
  };
  const body = diff
    ? {
        extends: base!.id,
        ...(base!.passScore !== JOB_AD_PASS_SCORE && { passScore: JOB_AD_PASS_SCORE }),
        sources,
        ...(Object.keys(diff.override).length && { override: diff.override }),
        ...(diff.remove.length && { remove: diff.remove }),
        ...(diff.criteria.length && { criteria: diff.criteria }),
      }
    : { passScore: JOB_AD_PASS_SCORE, sources, criteria: criterionObjects };
  const doc = new Document({ ...head, ...body });
  doc.commentBefore = [
    ' yaml-language-server: $schema=./rubric.schema.json',
    ` Written by tpm-assess rubrics from-job from ${source}. Weights follow a fixed table (requirements`,
    ' over preferences) scaled to 100; "required: true" marks what the ad requires. Edit freely.',
    ...(base ? [` It extends ${base.id}: override changes what the ad asks differently, remove drops what it does not ask,`, ' criteria adds what the base lacks (or replaces a criterion whole under its id).'] : []),
    ' The schema file for editors: tpm-assess rubrics schema > rubric.schema.json',
  ].join('\n');
  const quoted = (i: number) => {
    const from = criteria[i]!.from;
    const lines = from.slice(0, 5).map((s) => ` ${placeOf(s, source)}: ${quoteOf(s.text)}`);
    if (from.length > 5) lines.push(` … and ${from.length - 5} more`);
    return lines.join('\n');
  };
  const seq = doc.get('criteria');
  if (isSeq(seq)) seq.items.forEach((item, k) => void (isMap(item) && (item.commentBefore = quoted(diff ? diff.criteriaFrom[k]! : k))));
  const overrides = doc.get('override');
  if (diff && isMap(overrides)) {
    for (const pair of overrides.items) {
      const i = diff.placements.findIndex((p) => p.as === 'override' && isScalar(pair.key) && p.id === pair.key.value);
      if (i >= 0 && isScalar(pair.key)) pair.key.commentBefore = quoted(i);
    }
  }
  const removePair = isMap(doc.contents) ? doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'remove') : undefined;
  if (removePair && isScalar(removePair.key)) removePair.key.commentBefore = ` Criteria of ${base!.id} that the ad does not ask for, or that are written whole under criteria.`;
  // Lists of ids read best on one line, as in the embedded rubrics.
  visit(doc, { Seq: (_key, node) => void (node.items.every(isScalar) && (node.flow = true)) });
  if (unused.length) doc.comment = ['', ' Not used (no criterion could be read from these):', ...unused.map((s) => ` ${placeOf(s, source)}: ${quoteOf(s.text)}`)].join('\n');
  return ok(doc.toString({ lineWidth: 0 }));
}
