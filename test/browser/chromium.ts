import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium; .ci/run installs it): playwright-core never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/** Opens a file, recording every request (anything but the file itself is also aborted), console error, page error and dialog. */
export async function visit(file: string, into: BrowserContext): Promise<Visit> {
  const page = await into.newPage();
  const v: Visit = { page, requests: [], errors: [], dialogs: [] };
  const url = pathToFileURL(file).href;
  page.on('request', (r) => v.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && v.errors.push(m.text()));
  page.on('pageerror', (e) => v.errors.push(e.message));
  page.on('dialog', (d) => {
    v.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return v;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on an open page, as "id at selector" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })",
  );
  return result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id} at ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const text = async (page: Page) => ((await page.textContent('body')) ?? '').replace(/\s+/g, ' ');
