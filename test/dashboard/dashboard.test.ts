import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { SUBGRAPHS, subgraphUrlEnv } from '@par/platform';
import { postGraphQL, testPort, tokenFor } from '@par/platform/testing';
import { startGateway } from '@par/gateway';
import { DashboardPlanTargetsDocument } from '@par/operations';
import { print } from 'graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { axeViolations, launchChromium, screenshot, watchedPage, type Watched } from './support';

/**
 * The leadership dashboard at `/` in real Chromium against a real hub (four subgraphs, gateway,
 * PostgreSQL with sample data): what the page shows is what the API answers.
 */
declare const document: any;

const PLAN = '851/QĐ-UBND';
const SCORECARD = `query($plan: ID!, $year: Int!, $agencyId: ID, $unitCode: ID) { reformPlan(code: $plan) { targets { code
  indicator { measurement(year: $year, agencyId: $agencyId, unitCode: $unitCode) { value } status(year: $year, agencyId: $agencyId, unitCode: $unitCode) } } } }`;
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

let hub: TestHub;
let browser: Browser;
let token: string;
let origin: string;
const watched: Watched[] = [];

async function apiScorecard(year: number, scope: { agencyId?: string; unitCode?: string } = {}): Promise<Map<string, { status: string; value: number | null }>> {
  const r = await hub.request(SCORECARD, { plan: PLAN, year, ...scope }, token);
  expect(r.errors).toBeUndefined();
  return new Map(r.data.reformPlan.targets.map((t: any) => [t.code, { status: t.indicator.status, value: t.indicator.measurement?.value ?? null }]));
}

async function open(hash = ''): Promise<Watched> {
  const w = await watchedPage(browser, origin, token);
  watched.push(w);
  await w.page.goto(`${origin}/${hash}`);
  return w;
}

/** The status and value the page shows for each target. */
async function shown(w: Watched): Promise<Map<string, { status: string; value: string }>> {
  const rows = await w.page.$$eval('tr[data-target]', (trs: any[]) =>
    trs.map((tr) => [tr.getAttribute('data-target'), { status: tr.querySelector('[data-status]').getAttribute('data-status'), value: tr.querySelector('[data-value]').textContent.trim() }]),
  );
  return new Map(rows as Array<[string, { status: string; value: string }]>);
}

const formatted = (v: number | null, percent: boolean) => (v === null ? '—' : `${vi.format(v)}${percent ? ' %' : ''}`);

/** Waits until every target shows the value the API answered for the scope, formatted as the page formats it. */
async function showsValues(w: Watched, scoped: Map<string, { value: number | null }>, percent: Map<string, boolean>): Promise<void> {
  const want = new Map([...scoped].map(([code, s]) => [code, formatted(s.value, percent.get(code) as boolean)]));
  await w.page
    .waitForFunction(
      (pairs: Array<[string, string]>) => pairs.every(([code, v]) => document.querySelector(`tr[data-target="${code}"] [data-value]`)?.textContent.trim() === v),
      [...want],
      { timeout: 30_000 },
    )
    .catch(async (err) => {
      throw new Error(`${err.message}\nshown: ${JSON.stringify([...(await shown(w))])}\nwanted: ${JSON.stringify([...want])}`);
    });
}

beforeAll(async () => {
  browser = await launchChromium();
  hub = await startTestHub({ scale: 0.01 });
  token = await tokenFor({ roles: ['leadership'] });
  origin = new URL(hub.gatewayUrl).origin;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

afterEach(() => {
  for (const w of watched.splice(0)) {
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  }
});

test('the icon a browser asks for on its own is an empty answer, not a 404 in the console', async () => {
  const res = await fetch(`${origin}/favicon.ico`);
  expect(res.status).toBe(204);
});

test('the main bundle is under 500 kB gzipped, and the page draws its text in the font it brings', async () => {
  const app = Buffer.from(await (await fetch(`${origin}/assets/app.js`)).arrayBuffer());
  expect(app.length).toBeGreaterThan(0);
  expect(gzipSync(app).length).toBeLessThan(500_000);
  const w = await open();
  await w.page.waitForSelector('tr[data-target]', { timeout: 60_000 });
  // Every face the page uses comes from app.css itself: loaded, with no request for a font file.
  const faces = await w.page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f: any) => f.status === 'loaded').map((f: any) => `${f.family.replace(/["']/g, '')} ${f.weight}`);
  });
  expect(faces).toEqual(expect.arrayContaining(['Be Vietnam Pro 400', 'Be Vietnam Pro 700']));
  expect(await w.page.evaluate(() => document.fonts.check("16px 'Be Vietnam Pro'", 'Đạt chỉ tiêu Hồ sơ Sở Nội vụ'))).toBe(true);
}, 120_000);

test('the scorecard shows every target with the status the API returns, a summary per status, sparklines, and passes axe', async () => {
  const expected = await apiScorecard(2020);
  const w = await open();
  await w.page.waitForFunction((n: number) => document.querySelectorAll('tr[data-target]').length === n, expected.size, { timeout: 60_000 });
  await w.page.waitForSelector('tr[data-target] .sparkline svg', { timeout: 30_000 });
  const page = await shown(w);
  expect([...page.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [code, e] of expected) expect({ code, status: page.get(code)!.status }).toEqual({ code, status: e.status });
  for (const status of ['MET', 'NOT_MET', 'ON_TRACK', 'AT_RISK', 'NOT_DUE', 'NO_DATA']) {
    const count = [...expected.values()].filter((e) => e.status === status).length;
    expect(await w.page.textContent(`[data-summary="${status}"] strong`)).toBe(String(count));
  }
  // Each sparkline carries the plan years' values the API answers, in the page's words (its text alternative).
  const percent = new Map(
    (await hub.request(`{ reformPlan(code: "${PLAN}") { targets { code unit } } }`, {}, token)).data.reformPlan.targets.map((t: any) => [t.code, t.unit === 'percent']),
  );
  const years = [2016, 2017, 2018, 2019, 2020];
  const byYear = await Promise.all(years.map((y) => apiScorecard(y)));
  await w.page.waitForFunction(() => document.querySelectorAll('tr[data-target] .sparkline[aria-label*="2016"]').length > 0, undefined, { timeout: 30_000 });
  const labels = new Map(
    await w.page.$$eval('tr[data-target]', (trs: any[]) => trs.map((tr) => [tr.getAttribute('data-target'), tr.querySelector('.sparkline').getAttribute('aria-label')])),
  );
  for (const code of expected.keys()) {
    const values = years.map((y, i) => `${y} ${formatted(byYear[i].get(code)!.value, percent.get(code) as boolean)}`).join(', ');
    expect({ code, label: labels.get(code) }).toEqual({ code, label: `Diễn biến ${code}: ${values}` });
  }
  // Vietnamese labels on the badges.
  expect(await w.page.textContent('.summary [data-summary="AT_RISK"] .badge')).toBe('Có nguy cơ không đạt');
  expect(await w.page.getAttribute('html', 'lang')).toBe('vi');
  await screenshot(w.page, 'scorecard');
  expect(await axeViolations(w.page)).toEqual([]);

  await w.page.click('#lang-switch');
  await w.page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await w.page.textContent('.summary [data-summary="MET"] .badge')).toBe('Met');
}, 180_000);

test('filters change the figures: year, then a district, then an agency, each as the API answers', async () => {
  const w = await open();
  await w.page.waitForSelector('tr[data-target]', { timeout: 60_000 });
  await w.page.selectOption('#filter-year', '2018');
  const y2018 = await apiScorecard(2018);
  await w.page.waitForFunction(() => /2018/.test(document.querySelector('#scorecard-title').textContent), undefined, { timeout: 30_000 });
  await w.page.waitForFunction(() => document.querySelectorAll('tr[data-target]').length > 0);
  for (const [code, s] of await shown(w)) expect({ code, status: s.status }).toEqual({ code, status: y2018.get(code)!.status });

  const district = await w.page.$eval('#filter-district option:nth-child(2)', (o: any) => o.value as string);
  const scoped = await apiScorecard(2018, { unitCode: district });
  const percent = new Map(
    (await hub.request(`{ reformPlan(code: "${PLAN}") { targets { code unit } } }`, {}, token)).data.reformPlan.targets.map((t: any) => [t.code, t.unit === 'percent']),
  );
  const differs = [...scoped].some(([code, s]) => s.value !== y2018.get(code)!.value);
  expect(differs).toBe(true);
  await w.page.selectOption('#filter-district', district);
  await showsValues(w, scoped, percent as Map<string, boolean>);
  for (const [code, s] of await shown(w)) expect({ code, status: s.status }).toEqual({ code, status: scoped.get(code)!.status });

  // An agency whose figures are not the district's: the first of the offered ones that differs.
  const agencies = await w.page.$$eval('#filter-agency option', (os: any[]) => os.map((o) => o.value as string).filter(Boolean));
  let agency: { id: string; figures: Awaited<ReturnType<typeof apiScorecard>> } | undefined;
  for (const id of agencies.slice(0, 8)) {
    const figures = await apiScorecard(2018, { agencyId: id });
    if ([...figures].some(([code, f]) => f.value !== scoped.get(code)!.value)) {
      agency = { id, figures };
      break;
    }
  }
  expect(agency).toBeDefined();
  await w.page.selectOption('#filter-agency', agency!.id);
  // Choosing an agency clears the district: the scope is the agency alone.
  expect(await w.page.$eval('#filter-district', (e: any) => e.value)).toBe('');
  await showsValues(w, agency!.figures, percent as Map<string, boolean>);
  for (const [code, s] of await shown(w)) expect({ code, status: s.status }).toEqual({ code, status: agency!.figures.get(code)!.status });
}, 180_000);

test('drill-down reaches the evidence: figures per district and per agency, rows paged, CSV from the gateway', async () => {
  const all = (await hub.request(`{ reformPlan(code: "${PLAN}") { targets { code indicator { measurement(year: 2020) { denominator evidence(first: 1) { totalCount } } } } } }`, {}, token)).data.reformPlan.targets;
  const target = all.find((t: any) => (t.indicator.measurement?.evidence.totalCount ?? 0) > 20);
  expect(target).toBeDefined();
  const total = target.indicator.measurement.evidence.totalCount as number;
  const w = await open();
  await w.page.click(`tr[data-target="${target.code}"] a`);
  await w.page.waitForSelector('tr[data-evidence]', { timeout: 60_000 });
  expect(await w.page.$$eval('tr[data-evidence]', (r: any[]) => r.length)).toBe(20);
  // Dates as Vietnamese readers write them (31/12/2020), the first row's as the API answers it.
  const first = (
    await hub.request(
      `query($code: ID!) { planTarget(code: $code) { indicator { measurement(year: 2020) { evidence(first: 1) { edges { node { id date } } } } } } }`,
      { code: target.code },
      token,
    )
  ).data.planTarget.indicator.measurement.evidence.edges[0].node;
  const [y, m, d] = ((first.date as string | null) ?? '').slice(0, 10).split('-');
  expect(await w.page.textContent('tr[data-evidence]:first-child td:nth-child(3)')).toBe(first.date ? `${d}/${m}/${y}` : '—');
  expect(await w.page.textContent('#evidence-total')).toContain(`20 / ${vi.format(total)}`);
  await w.page.click('#evidence-more');
  await w.page.waitForFunction((n: number) => document.querySelectorAll('tr[data-evidence]').length === n, Math.min(40, total), { timeout: 30_000 });
  await w.page.waitForSelector('#by-district tr[data-scope]', { timeout: 60_000 });
  await w.page.waitForSelector('#by-agency tr[data-scope]', { timeout: 60_000 });
  const districts = (await hub.request(`{ administrativeUnit(code: "35") { children(asOf: "2020-12-31") { code } } }`, {}, token)).data.administrativeUnit.children;
  expect(await w.page.$$eval('#by-district tr[data-scope]', (r: any[]) => r.length)).toBe(districts.length);

  const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('#evidence-csv')]);
  const csv = await new Promise<string>((resolve, reject) => {
    void download.createReadStream().then((s) => {
      const chunks: Buffer[] = [];
      s.on('data', (c: Buffer) => chunks.push(c));
      s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      s.on('error', reject);
    });
  });
  expect(download.suggestedFilename()).toBe(`${target.code}-2020.csv`);
  expect(csv.trim().split(/\r?\n/).length).toBe(total + 1);
  await screenshot(w.page, 'drilldown');
  expect(await axeViolations(w.page)).toEqual([]);
}, 180_000);

test('district comparison and agency profile come from the contract operations', async () => {
  const w = await open('#/districts');
  const districts = (await hub.request(`{ administrativeUnit(code: "35") { children(asOf: "2020-12-31") { code } } }`, {}, token)).data.administrativeUnit.children;
  await w.page.waitForFunction((n: number) => document.querySelectorAll('#districts-table tr[data-unit]').length === n, districts.length, { timeout: 60_000 });
  await screenshot(w.page, 'districts');
  expect(await axeViolations(w.page)).toEqual([]);

  await w.page.goto(`${origin}/#/agency`);
  await w.page.waitForSelector('#agency-delivery dd', { timeout: 60_000 });
  await w.page.waitForSelector('[role="img"] svg', { timeout: 30_000 });
  const agencyId = await w.page.$eval('#agency-pick', (e: any) => e.value as string);
  const profile = (await hub.request(`query($id: ID!) { agency(id: $id) { workforce(year: 2020) { byCategory { category count } } budget(year: 2020) { estimate } } }`, { id: agencyId }, token)).data.agency;
  expect(profile.workforce.byCategory.length).toBeGreaterThan(0);
  await w.page.waitForSelector('#agency-categories [role="img"] svg', { timeout: 30_000 });
  const counts = await w.page.$$eval('#agency-categories tbody td', (tds: any[]) => tds.map((td) => td.textContent.trim()));
  expect(counts).toEqual(profile.workforce.byCategory.map((c: any) => vi.format(c.count)));
  await w.page.waitForSelector('#agency-budget-chart [role="img"] svg', { timeout: 30_000 });
  const estimate = profile.budget.estimate === null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(Number(profile.budget.estimate));
  expect(await w.page.textContent('#agency-budget-chart tbody td')).toBe(estimate);
  await screenshot(w.page, 'agency');
  expect(await axeViolations(w.page)).toEqual([]);
}, 180_000);

test('a stopped subgraph: the page shows what it has and names the department whose data is missing', async () => {
  await hub.stopSubgraph('public-finance');
  try {
    const w = await open('#/agency');
    // A year no earlier test asked for, so no cache anywhere holds the whole answer.
    await w.page.selectOption('#filter-year', '2017');
    await w.page.waitForSelector('.notice-partial', { timeout: 60_000 }).catch(async (err) => {
      await screenshot(w.page, 'partial-failed');
      throw err;
    });
    expect(await w.page.getAttribute('.notice-partial', 'data-missing')).toBe('public-finance');
    expect(await w.page.textContent('.notice-partial')).toContain('Sở Tài chính');
    // What the other departments answered is still there.
    expect(await w.page.textContent('#agency-delivery')).toMatch(/\d/);
    await screenshot(w.page, 'partial');
    // The gateway's partial answer is not a page error.
  } finally {
    await hub.startSubgraph('public-finance');
  }
}, 180_000);

test('a stopped subgraph on the scorecard: every target is still listed, its own say their figures could not be had (not "no data"), the others as the API answers', async () => {
  await hub.stopSubgraph('egov-services');
  try {
    const w = await open();
    // A year and a district no earlier test asked for, so no cache anywhere holds the whole answer.
    await w.page.waitForSelector('#filter-district option:nth-child(2)', { state: 'attached', timeout: 60_000 });
    const district = await w.page.$eval('#filter-district option:last-child', (o: any) => o.value as string);
    await w.page.selectOption('#filter-year', '2019');
    await w.page.selectOption('#filter-district', district);
    // The plan is whole: only the stopped department's targets lose their indicator (nullable where it crosses into that department).
    const whole = await hub.request(SCORECARD, { plan: PLAN, year: 2019, unitCode: district }, token);
    expect(whole.data.reformPlan).not.toBeNull();
    const codes = (await hub.request(`{ reformPlan(code: "${PLAN}") { targets { code } } }`, {}, token)).data.reformPlan.targets.map((t: any) => t.code as string);
    const want = new Map<string, string>();
    for (const code of codes) {
      const r = await hub.request(`query($code: ID!) { planTarget(code: $code) { indicator { status(year: 2019, unitCode: "${district}") } } }`, { code }, token);
      const unavailable = (r.errors ?? []).some((e: any) => e.extensions?.serviceName === 'egov-services');
      want.set(code, r.data.planTarget?.indicator?.status ?? (unavailable ? 'UNAVAILABLE' : 'NO_DATA'));
    }
    for (const t of whole.data.reformPlan.targets) expect({ code: t.code, unavailable: t.indicator === null }).toEqual({ code: t.code, unavailable: want.get(t.code) === 'UNAVAILABLE' });
    const missing = [...want.values()].filter((s) => s === 'UNAVAILABLE').length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(codes.length);
    await w.page.waitForSelector('.notice-partial', { timeout: 60_000 });
    expect(await w.page.getAttribute('.notice-partial', 'data-missing')).toBe('egov-services');
    await w.page
      .waitForFunction(
        ([n, m]: number[]) => document.querySelectorAll('tr[data-target]').length === n && document.querySelectorAll('tr[data-target] [data-status="UNAVAILABLE"]').length === m,
        [codes.length, missing],
        { timeout: 60_000 },
      )
      .catch(async (err) => {
        await screenshot(w.page, 'scorecard-partial-failed');
        throw err;
      });
    for (const [code, s] of await shown(w)) expect({ code, status: s.status }).toEqual({ code, status: want.get(code) });
    expect(await w.page.textContent('[data-summary="UNAVAILABLE"] strong')).toBe(String(missing));
    expect(await w.page.textContent('[data-summary="UNAVAILABLE"] .badge')).toBe('Chưa lấy được số liệu');
    await screenshot(w.page, 'scorecard-partial');
    expect(await axeViolations(w.page)).toEqual([]);
  } finally {
    await hub.startSubgraph('egov-services');
  }
}, 180_000);

test('through a gateway that runs only registered operations (PERSISTED_OPERATIONS=required): the scorecard and a drill-down, with Apollo Client\'s __typename fields', async () => {
  const gateway = await startGateway({
    env: { ...hub.env, ...Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), hub.subgraphUrls[s]])), PERSISTED_OPERATIONS: 'required' },
    port: await testPort(),
  });
  try {
    const registeredOrigin = new URL(gateway.url).origin;
    // The gateway does refuse what is not registered; a registered operation passes with the
    // un-aliased __typename fields a client's cache adds, and with nothing else.
    const adHoc = await postGraphQL(gateway.url, SCORECARD, { plan: PLAN, year: 2020 }, token);
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = print(DashboardPlanTargetsDocument);
    const variants = {
      typename: registered.replace('reformPlan(code: $plan) {', 'reformPlan(code: $plan) { __typename').replace('targets {', 'targets { __typename'),
      aliased: registered.replace('reformPlan(code: $plan) {', 'reformPlan(code: $plan) { again: __typename'),
      extraField: registered.replace('reformPlan(code: $plan) {', 'reformPlan(code: $plan) { __typename targetCount: periodEnd'),
    };
    const typename = await postGraphQL(gateway.url, variants.typename, { plan: PLAN }, token);
    expect(typename.errors).toBeUndefined();
    expect(typename.data.reformPlan).toMatchObject({ __typename: 'ReformPlan', targets: expect.arrayContaining([expect.objectContaining({ __typename: 'PlanTarget' })]) });
    for (const refused of [variants.aliased, variants.extraField]) {
      expect((await postGraphQL(gateway.url, refused, { plan: PLAN }, token)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    const expected = await apiScorecard(2020);
    const w = await watchedPage(browser, registeredOrigin, token);
    watched.push(w);
    await w.page.goto(`${registeredOrigin}/`);
    await w.page.waitForFunction((n: number) => document.querySelectorAll('tr[data-target]').length === n, expected.size, { timeout: 60_000 });
    for (const [code, s] of await shown(w)) expect({ code, status: s.status }).toEqual({ code, status: expected.get(code)!.status });
    const code = [...expected.keys()][0];
    await w.page.click(`tr[data-target="${code}"] a`);
    await w.page.waitForSelector('#by-district tr[data-scope]', { timeout: 60_000 });
    await w.page.waitForSelector('#by-agency tr[data-scope]', { timeout: 60_000 });
    await w.page.waitForSelector('#evidence-total', { timeout: 60_000 });
    expect(await w.page.$$('.notice-error')).toEqual([]);
    // Closed before its gateway, so nothing it still asks meets a closed port.
    await w.page.context().close();
  } finally {
    await gateway.close();
  }
}, 180_000);
