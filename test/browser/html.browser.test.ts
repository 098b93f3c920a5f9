import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARGS, CHROMIUM, seriousViolations, text, visit } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, FitReport } from '../../src/engine/assessment.js';
import { DARK, LIGHT } from '../../src/report/html/palette.js';
import { VERDICT_TEXT } from '../../src/report/style.js';
import { runCli } from '../support/runCli.js';

/**
 * The HTML report in a real browser: Debian's Chromium (apt-get install chromium; .ci/run
 * installs it), driven by playwright-core, which never downloads a browser of its own.
 * Screenshots go to $TMPDIR/tpm-assess-html/ to be looked at.
 */

const AS_OF = ['--as-of', '2026-11-01'];
const HOSTILE_RESUME = 'test/report/html/fixtures/hostile-resume.json';
const HOSTILE_RUBRIC = 'test/report/html/fixtures/hostile-rubric.yaml';
export const SCREENSHOTS = join(tmpdir(), 'tpm-assess-html');

interface Case {
  name: string;
  args: string[];
}
const CASES: Case[] = [
  { name: 'ana-beltran', args: ['fixtures/resumes/ana-beltran.json'] },
  { name: 'marco-internal-it', args: ['fixtures/resumes/marco-internal-it.json'] },
  { name: 'lin-new-grad.assume-pmp', args: ['fixtures/resumes/lin-new-grad.json', '--assume', 'pmp'] },
  { name: 'fresh.empty', args: ['fixtures/jsonresume/samples/fresh.empty.json'] },
  { name: 'ladder.lin-new-grad', args: ['fixtures/resumes/lin-new-grad.json', '--rubric', 'tpm-ladder'] },
  { name: 'fit.marco-internal-it', args: ['fixtures/resumes/marco-internal-it.json', '--rubric', 'all'] },
  { name: 'hostile', args: [HOSTILE_RESUME, '--rubric', HOSTILE_RUBRIC] },
  { name: 'fit.hostile', args: [HOSTILE_RESUME, '--rubric', 'tpm', '--rubric', HOSTILE_RUBRIC] },
];

let dir: string;
let context: BrowserContext;
let browser: Browser;
const files = new Map<string, string>();
const reports = new Map<string, Assessment[]>();

/** Each page written by the built binary with --output, and its JSON report for the numbers to look for. */
function build(c: Case): void {
  const file = join(dir, `${c.name}.html`);
  const html = runCli(['assess', ...c.args, ...AS_OF, '--format', 'html', '--output', file]);
  expect(html.code, html.stderr).toBe(0);
  const json = runCli(['assess', ...c.args, ...AS_OF, '--format', 'json']);
  const report = JSON.parse(json.stdout) as Assessment | FitReport;
  files.set(c.name, file);
  reports.set(c.name, 'ranking' in report ? report.assessments : [report]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tpm-assess-html-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const c of CASES) build(c);
  // A fresh profile for every run: nothing cached or remembered from another.
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1100, height: 900 } });
  browser = context.browser()!;
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});


describe('recording works (a page that does fetch and does fail is caught)', () => {
  it('sees a remote image request and a console error', async () => {
    const file = join(dir, 'control.html');
    writeFileSync(file, '<!doctype html><title>control</title><img src="http://127.0.0.1:9/x.png" alt=""><script>console.error("control")</script>');
    const v = await visit(file, context);
    expect(v.requests).toContain('http://127.0.0.1:9/x.png');
    expect(v.errors.join('\n')).toContain('control');
    await v.page.close();
  });

  it('axe-core finds pale text and an image without a text alternative', async () => {
    const file = join(dir, 'control-axe.html');
    writeFileSync(file, '<!doctype html><html lang="en"><title>control</title><main><p style="color:#ccc;background:#fff">pale</p><svg role="img" width="10" height="10"></svg></main></html>');
    const v = await visit(file, context);
    const found = await seriousViolations(v.page);
    expect(found.some((x) => x.startsWith('color-contrast'))).toBe(true);
    expect(found.some((x) => x.startsWith('svg-img-alt'))).toBe(true);
    await v.page.close();
  });
});

describe.each(CASES)('$name in Chromium', ({ name }) => {
  it('loads with no request but the file itself, no console error, and shows score, verdict and every criterion', async () => {
    const file = files.get(name)!;
    const v = await visit(file, context);
    expect(v.requests).toEqual([pathToFileURL(file).href]);
    expect(v.errors).toEqual([]);
    const shown = await text(v.page);
    for (const a of reports.get(name)!) {
      expect(shown).toContain(`${a.score.toFixed(1)} / 100`);
      expect(shown).toContain(VERDICT_TEXT[a.verdict]);
      for (const c of a.criteria) expect(shown).toContain(c.title);
    }
    const png = await v.page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.png`) });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1100); // the IHDR width: the page did not overflow its viewport
    await v.page.close();
  });

  it('has no serious or critical accessibility violation (axe-core), light or dark', async () => {
    // The page's CSP forbids every script, axe's too: only this context lifts it.
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
});

describe('the hostile-name fixture, with the CSP lifted so that only escaping protects', () => {
  it.each(['hostile', 'fit.hostile'])('%s renders every text as text: no dialog, no element or attribute injected', async (name) => {
    const open = await browser.newContext({ bypassCSP: true });
    try {
      const v = await visit(files.get(name)!, open);
      expect(v.dialogs).toEqual([]);
      expect(v.errors).toEqual([]);
      expect(v.requests).toHaveLength(1);
      const resume = JSON.parse(readFileSync(HOSTILE_RESUME, 'utf8')) as { basics: { name: string } };
      expect(await v.page.textContent('h1')).toBe(resume.basics.name);
      expect(await v.page.title()).toContain(resume.basics.name);
      const injected = await v.page.evaluate<string[]>(
        "[...document.querySelectorAll('script, iframe, object, embed, img, link, base, b, body style, a[href^=javascript]')].map((e) => e.outerHTML)",
      );
      expect(injected).toEqual([]);
      const handlers = await v.page.evaluate<string[]>("[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => e.tagName + ' ' + a.name))");
      expect(handlers).toEqual([]);
      const shown = await text(v.page);
      // A rubric's title and a résumé's words, both shown as written.
      expect(shown).toContain("Master's degree </td></tr></table><script>alert('degree')</script>");
      expect(shown).toContain('<iframe src="https://example.com/"></iframe> Works');
      await v.page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `${name}.csp-lifted.png`) });
      await v.page.close();
    } finally {
      await open.close();
    }
  });
});

describe('colour scheme and print', () => {
  const rgb = (hex: string) => `rgb(${hex.match(/\w\w/g)!.map((h) => parseInt(h, 16)).join(', ')})`;
  const background = (page: Page) => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');

  it('follows prefers-color-scheme: dark, and prints light whatever the scheme', async () => {
    const v = await visit(files.get('marco-internal-it')!, context);
    await v.page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    expect(await background(v.page)).toBe(rgb(LIGHT.page));
    await v.page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
    expect(await background(v.page)).toBe(rgb(DARK.page));
    await v.page.screenshot({ fullPage: true, path: join(SCREENSHOTS, 'marco-internal-it.dark.png') });
    await v.page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await background(v.page)).toBe(rgb(LIGHT.surface));
    await v.page.close();
  });

  // The printable width of each paper with the stylesheet's 12 mm side margins, in CSS pixels (96 per inch).
  const PAPER = { A4: ((210 - 24) / 25.4) * 96, Letter: ((215.9 - 24) / 25.4) * 96 };
  it.each(['marco-internal-it', 'fresh.empty', 'fit.marco-internal-it', 'hostile'])('%s fits the printable width of A4 and of Letter', async (name) => {
    const v = await visit(files.get(name)!, context);
    await v.page.emulateMedia({ media: 'print' });
    for (const [paper, width] of Object.entries(PAPER)) {
      await v.page.setViewportSize({ width: Math.floor(width), height: 1000 });
      const overflowing = await v.page.evaluate<string[]>(
        "[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.tagName + '.' + e.className)",
      );
      expect(overflowing, paper).toEqual([]);
      const pdf = await v.page.pdf({ format: paper as 'A4' | 'Letter', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    await v.page.close();
  });
});
