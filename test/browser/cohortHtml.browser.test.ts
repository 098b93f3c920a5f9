import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_TEXT } from '../../src/report/style.js';
import { aBatch, aContext, goldenDocuments, HOSTILE_NAMES } from '../report/batch/aBatch.js';
import { cohortPage } from '../report/html/aCohortPage.js';
import { ARGS, CHROMIUM, seriousViolations, text, visit } from './chromium.js';

/**
 * The cohort page (formatCohortHtml) in a real browser, on the golden batch: the three
 * fixtures, a broken record and hostile names. Screenshots go to $TMPDIR/tpm-assess-html/.
 */

const SCREENSHOTS = join(tmpdir(), 'tpm-assess-html');
const FIT = ['tpm', 'infra-tpm', 'agile-pm'];
const CASES = [
  { name: 'cohort', results: aBatch(goldenDocuments()), context: aContext() },
  { name: 'cohort.fit', results: aBatch(goldenDocuments(), FIT), context: aContext(FIT, { minScore: undefined }) },
];

let dir: string;
let context: BrowserContext;
let browser: Browser;
const files = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tpm-assess-cohort-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const c of CASES) {
    const file = join(dir, `${c.name}.html`);
    writeFileSync(file, cohortPage(c.results, c.context).page);
    files.set(c.name, file);
  }
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1100, height: 900 } });
  browser = context.browser()!;
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(CASES)('$name in Chromium', ({ name, results }) => {
  it('loads with no request but the file itself, no console error, and shows every candidate with score and verdict', async () => {
    const file = files.get(name)!;
    const v = await visit(file, context);
    expect(v.requests).toEqual([pathToFileURL(file).href]);
    expect(v.errors).toEqual([]);
    const shown = await text(v.page);
    for (const r of results) {
      if (!('scored' in r)) continue;
      expect(shown).toContain(r.scored.closest.score.toFixed(1));
      expect(shown).toContain(VERDICT_TEXT[r.scored.closest.verdict]);
    }
    expect(shown).toContain('Score distribution');
    expect(shown).toContain('Gaps most candidates share');
    const png = await v.page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.png`) });
    expect(png.readUInt32BE(16)).toBe(1100); // the IHDR width: nothing overflowed the viewport
    await v.page.emulateMedia({ colorScheme: 'dark' });
    await v.page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.dark.png`) });
    await v.page.close();
  });

  it('has no serious or critical accessibility violation (axe-core), light or dark', async () => {
    const open = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 } });
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const v = await visit(files.get(name)!, open);
        await v.page.emulateMedia({ colorScheme });
        expect(await seriousViolations(v.page), colorScheme).toEqual([]);
        await v.page.close();
      }
    } finally {
      await open.close();
    }
  });

  it('renders hostile names as text with the CSP lifted: no dialog, no element or handler injected', async () => {
    const open = await browser.newContext({ bypassCSP: true });
    try {
      const v = await visit(files.get(name)!, open);
      expect(v.dialogs).toEqual([]);
      expect(v.errors).toEqual([]);
      const names = await v.page.evaluate<string[]>("[...document.querySelectorAll('table.ranked tbody th')].map((e) => e.textContent)");
      expect(names).toContain(HOSTILE_NAMES[1]);
      expect(names).toContain(HOSTILE_NAMES[0]);
      const injected = await v.page.evaluate<string[]>("[...document.querySelectorAll('script, iframe, object, embed, img, link, base, a')].map((e) => e.outerHTML)");
      expect(injected).toEqual([]);
      const handlers = await v.page.evaluate<string[]>("[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => e.tagName + ' ' + a.name))");
      expect(handlers).toEqual([]);
      await v.page.close();
    } finally {
      await open.close();
    }
  });
});

describe('the cohort page in print', () => {
  const PAPER = { A4: ((210 - 24) / 25.4) * 96, Letter: ((215.9 - 24) / 25.4) * 96 };
  it.each(CASES.map((c) => c.name))('%s fits the printable width of A4 and of Letter', async (name) => {
    const v = await visit(files.get(name)!, context);
    await v.page.emulateMedia({ media: 'print' });
    for (const [paper, width] of Object.entries(PAPER)) {
      await v.page.setViewportSize({ width: Math.floor(width), height: 1000 });
      const overflowing = await v.page.evaluate<string[]>(
        "[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.tagName + '.' + e.className)",
      );
      expect(overflowing, paper).toEqual([]);
    }
    await v.page.close();
  });
});
