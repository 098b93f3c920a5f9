import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment, FitReport } from '../../src/engine/assessment.js';
import { escapeHtml } from '../../src/report/html/markup.js';
import { VERDICT_TEXT } from '../../src/report/style.js';
import { CORPUS, runCli } from '../support/runCli.js';

/**
 * Golden HTML pages from the built binary, as a user runs it. After an intended change:
 * `npm run build && npx vitest run test/report/htmlGolden.test.ts -u`, then read the diff
 * (and look at the page in a browser: test/browser/html.browser.test.ts takes screenshots).
 */

const AS_OF = ['--as-of', '2026-11-01'];
export const HOSTILE_RESUME = 'test/report/html/fixtures/hostile-resume.json';
export const HOSTILE_RUBRIC = 'test/report/html/fixtures/hostile-rubric.yaml';

interface Case {
  name: string;
  args: string[];
}
const CASES: Case[] = [
  ...readdirSync('fixtures/resumes')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), args: [`fixtures/resumes/${f}`] })),
  { name: 'corpus.sample-data.complete-resume', args: [join(CORPUS, 'samples/sample-data.complete-resume.json')] },
  { name: 'corpus.fresh.empty', args: [join(CORPUS, 'samples/fresh.empty.json')] },
  { name: 'lin-new-grad.assume-pmp-master', args: ['fixtures/resumes/lin-new-grad.json', '--assume', 'pmp', '--assume', 'master'] },
  { name: 'ladder.lin-new-grad', args: ['fixtures/resumes/lin-new-grad.json', '--rubric', 'tpm-ladder'] },
  { name: 'fit.marco-internal-it', args: ['fixtures/resumes/marco-internal-it.json', '--rubric', 'all'] },
  { name: 'hostile', args: [HOSTILE_RESUME, '--rubric', HOSTILE_RUBRIC] },
  { name: 'fit.hostile', args: [HOSTILE_RESUME, '--rubric', 'tpm', '--rubric', HOSTILE_RUBRIC] },
];

const runs = new Map<string, string>();
function run(args: string[], format = 'html'): string {
  const key = JSON.stringify([args, format]);
  const cached = runs.get(key);
  if (cached !== undefined) return cached;
  const r = runCli(['assess', ...args, ...AS_OF, '--format', format]);
  expect(r.stderr.split('\n').filter((line) => line && !line.startsWith('warning: '))).toEqual([]);
  expect(r.code).toBe(0);
  runs.set(key, r.stdout);
  return r.stdout;
}

/** Every tag of the page: since all text is escaped, each "<" starts one of the report's own. */
const tags = (page: string) => [...page.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({ name: m[2]!.toLowerCase(), attributes: m[3]! }));

const ALLOWED_TAGS = new Set(
  'html head meta title style body main header footer section article nav h1 h2 h3 h4 h5 h6 p span strong br a code ul ol li dl dt dd div table caption thead tbody tr th td blockquote svg path line rect text'.split(' '),
);

describe('golden HTML reports (the built binary, --as-of 2026-11-01)', () => {
  it.each(CASES)('$name', async ({ name, args }) => {
    await expect(run(args)).toMatchFileSnapshot(`__golden__/${name}.html`);
  });
});

describe('HTML report properties', () => {
  describe.each(CASES)('$name', ({ args }) => {
    it('uses only the report’s own tags, with no event handler, no script, nothing to fetch', () => {
      const page = run(args);
      const all = tags(page);
      expect(all.filter((t) => !ALLOWED_TAGS.has(t.name)).map((t) => t.name)).toEqual([]);
      expect(all.filter((t) => /\son[a-z]+\s*=/i.test(t.attributes))).toEqual([]);
      expect(all.filter((t) => /\s(src|srcset|action|formaction|xlink:href)\s*=/i.test(t.attributes))).toEqual([]);
      // Links go to anchors on the page, never elsewhere.
      expect([...page.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]).filter((href) => !/^#role-\d+$/.test(href!))).toEqual([]);
    });

    it('opens with the doctype and a Content-Security-Policy that forbids scripts and remote loads', () => {
      const page = run(args);
      expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:;`);
    });

    it('labels every chart: each svg has role="img", an aria-label and a title', () => {
      const svgs = [...run(args).matchAll(/<svg[^>]*>([\s\S]*?)<\/svg>/g)];
      expect(svgs.length).toBeGreaterThan(0);
      for (const [whole, inner] of svgs) {
        expect(whole).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="[^"]+"/);
        expect(inner).toMatch(/^\s*<title>[^<]+<\/title>/);
      }
    });

    it('names every criterion of the JSON report, escaped, with its score', () => {
      const page = run(args);
      const json = JSON.parse(run(args, 'json')) as Assessment | FitReport;
      const assessments = 'ranking' in json ? json.assessments : [json];
      for (const a of assessments) {
        expect(page).toContain(escapeHtml(a.rubric.title));
        expect(page).toContain(`${a.score.toFixed(1)} / 100`);
        for (const c of a.criteria) expect(page).toContain(`<th scope="row">${escapeHtml(c.title)}`);
      }
    });

    it('gives a ladder every level, with its score and verdict as text and in the chart’s label', () => {
      const json = JSON.parse(run(args, 'json')) as Assessment | FitReport;
      const ladders = ('ranking' in json ? json.assessments : [json]).flatMap((a) => (a.ladder ? [a.ladder] : []));
      const page = run(args);
      expect(page.includes('<h2>Levels</h2>') || page.includes('<h3>Levels</h3>')).toBe(ladders.length > 0);
      for (const l of ladders) {
        const label = /<svg class="ladder"[^>]*aria-label="([^"]+)"/.exec(page)?.[1] ?? '';
        for (const level of l.levels) {
          expect(page).toContain(`<th scope="row">${escapeHtml(level.title)} <span class="id">(<code>${level.rubric}</code>)</span></th>\n<td class="num">${level.score.toFixed(1)}</td>`);
          expect(label).toContain(`${level.id} ${level.score.toFixed(1)}, ${VERDICT_TEXT[level.verdict]}`);
        }
        if (l.reached) expect(label).toContain(`${l.reached} ${l.levels.find((x) => x.id === l.reached)!.score.toFixed(1)}, READY (reached)`);
      }
    });
  });

  it('is byte-identical from one run to the next', () => {
    const args = ['fixtures/resumes/marco-internal-it.json', '--rubric', 'all', ...AS_OF, '--format', 'html'];
    expect(runCli(['assess', ...args]).stdout).toBe(run(['fixtures/resumes/marco-internal-it.json', '--rubric', 'all']));
  });
});
