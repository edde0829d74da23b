import { createLogger, runSeed } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import { agencies } from '@par/sample-data';
import publicFinance from '../src/subgraph';
import { withClient } from './fixtures';

/** The real seed over the shared catalogue: complete, consistent, and the same for the same seed. */
let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(publicFinance, { seed: { scale: 0.01 } });
});
afterAll(() => sg?.stop());

const fingerprint = () =>
  withClient(sg.databaseUrl, async (c) => (await c.query(
    `SELECT (SELECT md5(string_agg(concat_ws('|', id, agency_id, fiscal_year, category, stage, amount, approved_on, approving_body), ',' ORDER BY id)) FROM budget_line) AS budget,
            (SELECT md5(string_agg(concat_ws('|', id, amount_text), ',' ORDER BY id)) FROM (SELECT id, concat_ws('|', agency_id, fiscal_year, plan_area, task, source, planned, allocated, spent) AS amount_text FROM par_funding) p) AS par,
            (SELECT md5(string_agg(concat_ws('|', agency_id, fiscal_year, revenue, recurrent_spending, covers_investment), ',' ORDER BY agency_id, fiscal_year)) FROM autonomy_assessment) AS autonomy`)).rows[0]);

test('every catalogue agency is in the reference copy, and every public service unit is assessed each year it exists', async () => {
  const counts = await withClient(sg.databaseUrl, async (c) => (await c.query(
    `SELECT (SELECT count(*) FROM agency_ref)::int AS refs,
            (SELECT count(DISTINCT agency_id) FROM autonomy_assessment)::int AS assessed,
            (SELECT count(*) FROM agency_ref WHERE is_public_service_unit)::int AS units,
            (SELECT count(*) FROM budget_line)::int AS lines`)).rows[0]);
  const catalogue = agencies();
  expect(counts.refs).toBe(catalogue.length);
  expect(counts.units).toBe(catalogue.filter((a) => a.kind === 'PUBLIC_SERVICE_UNIT').length);
  expect(counts.assessed).toBeGreaterThan(0);
  expect(counts.assessed).toBeLessThanOrEqual(counts.units);
  expect(counts.lines).toBeGreaterThan(catalogue.length);
});

test('budgetSummary over the sample equals sums made independently in SQL', async () => {
  const analyst = await tokenFor({ roles: ['analyst'] });
  const res = await sg.request(`{ budgetSummary(yearFrom: 2016, yearTo: 2020) { year category estimate settlement } }`, {}, analyst);
  expect(res.errors).toBeUndefined();
  const expected = await withClient(sg.databaseUrl, async (c) => (await c.query(
    `SELECT fiscal_year::int AS year, category,
            sum(amount::numeric) FILTER (WHERE stage = 'ESTIMATE')::text AS estimate,
            sum(amount::numeric) FILTER (WHERE stage = 'SETTLEMENT')::text AS settlement
       FROM budget_line GROUP BY fiscal_year, category
      ORDER BY fiscal_year, array_position(ARRAY['RECURRENT','INVESTMENT','PAR','REVENUE'], category)`)).rows);
  expect(res.data.budgetSummary).toEqual(expected);
  expect(res.data.budgetSummary.map((r: { year: number }) => r.year)).toEqual(expect.arrayContaining([2016, 2020]));
});

test('seeding again with the same seed gives the same data, replacing rather than adding', async () => {
  const first = await fingerprint();
  await runSeed(publicFinance.seed!, { url: sg.databaseUrl, scale: 0.01, seed: 851, log: createLogger('seed', 'silent') });
  expect(await fingerprint()).toEqual(first);
  await runSeed(publicFinance.seed!, { url: sg.databaseUrl, scale: 0.01, seed: 852, log: createLogger('seed', 'silent') });
  expect((await fingerprint()).budget).not.toBe(first.budget);
});

test('plausible magnitudes, and an autonomy mix moving toward groups 1–2 and away from group 4', async () => {
  const median = await withClient(sg.databaseUrl, async (c) => Object.fromEntries((await c.query(
    `SELECT r.kind, percentile_cont(0.5) WITHIN GROUP (ORDER BY b.amount)::float8 AS median
       FROM budget_line b JOIN agency_ref r ON r.id = b.agency_id
      WHERE b.category = 'RECURRENT' AND b.stage = 'ESTIMATE' GROUP BY r.kind`)).rows.map((r) => [r.kind, r.median])));
  expect(median.DEPARTMENT).toBeGreaterThan(5e9);
  expect(median.DEPARTMENT).toBeLessThan(1e11);
  expect(median.COMMUNE_PEOPLES_COMMITTEE).toBeLessThan(median.DEPARTMENT / 2);
  const analyst = await tokenFor({ roles: ['analyst'] });
  const res = await sg.request(`{ autonomyDistribution(yearFrom: 2016, yearTo: 2020) { year group units } }`, {}, analyst);
  const share = (year: number, groups: string[]) => {
    const rows = res.data.autonomyDistribution.filter((r: { year: number }) => r.year === year);
    const total = rows.reduce((s: number, r: { units: number }) => s + r.units, 0);
    return rows.filter((r: { group: string }) => groups.includes(r.group)).reduce((s: number, r: { units: number }) => s + r.units, 0) / total;
  };
  expect(share(2020, ['GROUP_1', 'GROUP_2'])).toBeGreaterThan(share(2016, ['GROUP_1', 'GROUP_2']));
  expect(share(2020, ['GROUP_4'])).toBeLessThan(share(2016, ['GROUP_4']));
});
