import { generateKeyPairSync } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { tokenFor } from '@par/platform/testing';
import { launchChromium } from '../support/browser';
import { startProbeHub, type ProbeHub } from './support/probe-hub';

/**
 * The GraphiQL page in a real browser (Debian's chromium, driven by playwright-core): it loads
 * with no network but loopback, offers the contract operations as tabs, sends the pasted token,
 * runs a query and shows the result.
 */
// Evaluated in the page, where the DOM exists; the test's own TypeScript has no DOM library.
declare const document: any;
describe('GraphiQL in headless chromium', () => {
  let hub: ProbeHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startProbeHub();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  test('loads offline, lists the contract operations, runs a query with the pasted token and shows the result', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    let authorization: string | undefined;
    let probeBody: string | undefined;
    // Anything but this gateway is refused and recorded: the page must not need the internet.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === hub.origin) return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postData()?.includes('ProbeFromBrowser')) { authorization = r.headers().authorization; probeBody = r.postData() ?? undefined; }
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${hub.origin}/graphiql`);
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror', { timeout: 30_000 });
    // The first tab is the contract's first operation, with its comments.
    const firstTab = await page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue());
    expect(firstTab).toMatch(/query ParScorecard\(\$plan: ID!, \$year: Int!\)/);
    const tabTitles = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabTitles.join(' ')).toMatch(/ParScorecard.*AgencyProfile.*DossierTrend/s);

    const token = await tokenFor({ roles: ['analyst'] });
    await page.fill('#par-token', token);
    // The first tab runs straight after loading with its saved variables (it used to send none).
    const firstRun = page.waitForRequest((r) => r.url().endsWith('/graphql') && !!r.postData()?.includes('ParScorecard'));
    await page.click('.graphiql-execute-button');
    expect(JSON.parse((await firstRun).postData()!).variables).toEqual({ plan: '851/QĐ-UBND', year: 2020 });
    // (This probe hub has no plan: its answer is an error, cleared before the next run.)
    await page.waitForFunction(() => !!(document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror.getValue(), undefined, { timeout: 30_000 });
    // The probe goes in a new tab of its own, as a user would write one.
    await page.click('.graphiql-tab-add');
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any)?.CodeMirror.getValue() !== undefined);
    await page.evaluate(() =>
      (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.setValue('query ProbeFromBrowser { probeRows(total: 3, first: 2) { totalCount edges { node { label } } } }'),
    );
    // GraphiQL reads the operation name from an edit after a short debounce.
    await page.waitForTimeout(500);
    await page.click('.graphiql-execute-button');
    const responseText = () => page.evaluate(() => (document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror.getValue() as string | undefined);
    await page.waitForFunction(() => /"totalCount"|"errors"/.test((document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror.getValue() ?? ''), undefined, { timeout: 30_000 }).catch(async (err) => {
      if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });
      throw err;
    });
    const text = (await responseText())!;
    if (!text.includes('totalCount')) throw new Error(`probe sent ${probeBody}`);
    expect(JSON.parse(text)).toEqual({ data: { probeRows: { totalCount: 3, edges: [{ node: { label: 'Nguyễn Văn 1' } }, { node: { label: 'Nguyễn Văn 2' } }] } } });
    expect(authorization).toBe(`Bearer ${token}`);
    if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  test('in production the page is served only when ENABLE_GRAPHIQL=true', async () => {
    expect((await fetch(`${hub.origin}/graphiql`)).headers.get('content-security-policy')).toContain("connect-src 'self'");
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const production = { NODE_ENV: 'production', JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(), PERSISTED_OPERATIONS: 'off' };
    for (const [extra, status] of [[{}, 404], [{ ENABLE_GRAPHIQL: 'true' }, 200]] as const) {
      const prod = await startProbeHub({ ...production, ...extra });
      try {
        expect((await fetch(`${prod.origin}/graphiql`)).status).toBe(status);
      } finally {
        await prod.stop();
      }
    }
  });
});
