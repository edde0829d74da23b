import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../test/dashboard/support';
import { round } from './load';
import { PLAN } from './scenarios';

/**
 * Issue 20's "scorecard page ready within 1 s of navigation", measured in Debian's Chromium (the
 * browser and launch flags of the dashboard's tests) against the bench's running hub. Ready is
 * every target of the plan showing its status badge, the state the dashboard test waits for.
 */

// Evaluated in the page, where the DOM exists; the bench's own TypeScript has no DOM library.
declare const window: any;
declare const document: any;

export interface DashboardLoads {
  /** Null when the goal could not be measured (no browser); the reason is in `note`. */
  measured: boolean;
  note?: string;
  targets: number;
  /** Milliseconds from navigation start (the page's own clock) to every badge shown; NaN when not within the timeout. */
  first: number;
  warm: { loads: number; p50: number; max: number };
  all: number[];
  /** Console errors, answers ≥ 400 and requests to anything but the hub, over all loads. */
  consoleErrors: string[];
  httpErrors: string[];
  outside: string[];
}

const TIMEOUT_MS = 30_000;

/**
 * `loads` navigations to the gateway's `/` in one browser page: the first one after the hub
 * started (the browser's cache empty), then warm ones (the browser's cache, the hub's plans and
 * PostgreSQL's buffers warm). No request interception: Playwright's routing would turn the
 * browser's cache off and add a round trip to every request; outside requests are only watched.
 */
export async function dashboardReady(gatewayUrl: string, token: string, loads: number): Promise<DashboardLoads> {
  const targets = await targetCount(gatewayUrl, token);
  const empty: DashboardLoads = { measured: false, targets, first: NaN, warm: { loads: 0, p50: NaN, max: NaN }, all: [], consoleErrors: [], httpErrors: [], outside: [] };
  if (!fs.existsSync(CHROMIUM)) return { ...empty, note: `not measured: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)` };
  const origin = new URL(gatewayUrl).origin;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    // The development token field's storage: the page sends it as the bearer from its first request.
    await context.addInitScript((t: string) => window.sessionStorage.setItem('par-hub-token', t), token);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const outside: string[] = [];
    const httpErrors = new Set<string>();
    page.on('response', (r) => (r.status() >= 400 ? httpErrors.add(`${r.status()} ${r.url()}`) : undefined));
    page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(`${m.text()} (${m.location().url})`) : undefined));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(url.href);
    });
    const all: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      // Polled at every frame; the page's performance.now() counts from this navigation's start.
      const ready = await page
        .waitForFunction(
          (n: number) => (document.querySelectorAll('tr[data-target] [data-status]').length === n ? window.performance.now() : false),
          targets,
          { polling: 'raf', timeout: TIMEOUT_MS },
        )
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => NaN);
      all.push(round(ready, 1));
    }
    await context.close();
    const warm = all.slice(1);
    // A load that never got ready sorts last.
    const sorted = warm.map((x) => (Number.isFinite(x) ? x : Infinity)).sort((a, b) => a - b);
    const failed = all.filter((x) => !Number.isFinite(x)).length;
    return {
      measured: true,
      ...(failed ? { note: `${failed} of ${loads} loads did not show every badge within ${TIMEOUT_MS / 1000} s` } : {}),
      targets,
      first: all[0],
      warm: {
        loads: warm.length,
        p50: Number.isFinite(median(sorted)) ? median(sorted) : NaN,
        max: sorted.length && Number.isFinite(sorted[sorted.length - 1]) ? sorted[sorted.length - 1] : NaN,
      },
      all,
      consoleErrors: consoleErrors.slice(0, 20),
      httpErrors: [...httpErrors].slice(0, 20),
      outside: outside.slice(0, 20),
    };
  } finally {
    await browser?.close();
  }
}

const median = (s: number[]) => (s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : round((s[s.length / 2 - 1] + s[s.length / 2]) / 2, 1)) : NaN);

/** How many targets the plan has: the number of badges the page must show. */
async function targetCount(gatewayUrl: string, token: string): Promise<number> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query($plan: ID!) { reformPlan(code: $plan) { targets { code } } }', variables: { plan: PLAN } }),
  });
  const body = (await res.json()) as { data?: { reformPlan?: { targets: unknown[] } }; errors?: unknown[] };
  const n = body.data?.reformPlan?.targets.length;
  if (!n) throw new Error(`the plan ${PLAN} has no targets to wait for: ${JSON.stringify(body.errors ?? body)}`);
  return n;
}
