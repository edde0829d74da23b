import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

// Evaluated in the page, where the DOM exists; the tests' own TypeScript has no DOM library.
declare const window: any;
declare const document: any;

export { CHROMIUM, launchChromium } from '../support/browser';

/** Screenshots of each page, kept as test artefacts (git-ignored). */
export const ARTEFACTS = path.join(__dirname, '..', 'artifacts', 'dashboard');

export interface Watched {
  page: Page;
  /** Requests to anything but the hub: refused and recorded. */
  outside: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A page that may talk to the hub only, with the token in its session, watching for errors. */
export async function watchedPage(browser: Browser, origin: string, token: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((t) => window.sessionStorage.setItem('par-hub-token', t), token);
  return { page, outside, errors };
}

/** axe-core from npm, evaluated in the page (the page's CSP allows no injected script tags). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string | null; nodes: number; help: string }>> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage: true });
}
