import { Client } from 'pg';
import { createLogger, runSeed } from '@par/platform';
import { startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { seedFromCatalogue } from '../src/seed/load';
import { CATALOGUE, testApplicantName, testRandom } from './fixtures';

/** Issue 18: the analyst's two questions, each one request, against counts made from the dossiers themselves. */
let sg: TestSubgraph;
let db: Client;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url: sg.databaseUrl, scale: 0.01, seed: 851, log: createLogger('egov-seed', 'silent') });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const FIGURES = 'received receivedOnline resolved resolvedOnTime onTimeRate onlineRate';
const GROUP = `year channel agencyId agencyKind procedureCode sector districtCode communeCode ${FIGURES}
  change { yearFrom yearTo from { ${FIGURES} } to { ${FIGURES} } difference { ${FIGURES} } ratio { ${FIGURES} } }`;
const LIST = `query($filter: DossierStatisticsFilter, $groupBy: [DossierDimension!]!, $orderBy: [DossierStatisticsOrder!], $compareTo: StatisticsCompareTo, $asOf: Date) {
  dossierStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, compareTo: $compareTo, asOf: $asOf) { ${GROUP} } }`;
const PAGE = `query($filter: DossierStatisticsFilter, $groupBy: [DossierDimension!]!, $orderBy: [DossierStatisticsOrder!], $compareTo: StatisticsCompareTo, $first: Int!, $after: String) {
  dossierStatisticsPage(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, compareTo: $compareTo, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${GROUP} } } } }`;

interface Fig { received: number; receivedOnline: number; resolved: number; resolvedOnTime: number; onTimeRate: number | null; onlineRate: number | null }
type Group = Fig & Record<string, unknown> & { change: { from: Fig; to: Fig; difference: Fig; ratio: Fig } | null };

/** Figures per key and year straight from `dossier`; `key` is an SQL expression over d (dossier) and u (its unit). */
async function direct(key: string, years: number[], where = 'true', params: unknown[] = []): Promise<Map<string, Map<number, Fig>>> {
  const { rows } = await db.query(
    `WITH d AS (SELECT d.*, ${key} AS k FROM dossier d JOIN unit_ref u ON u.code = d.unit_code JOIN agency_ref a ON a.id = d.agency_id WHERE ${where})
     SELECT y.year, k.k,
            (SELECT count(*) FROM d WHERE d.k IS NOT DISTINCT FROM k.k AND received_year = y.year)::int AS received,
            (SELECT count(*) FROM d WHERE d.k IS NOT DISTINCT FROM k.k AND received_year = y.year AND channel = 'ONLINE')::int AS online,
            (SELECT count(*) FROM d WHERE d.k IS NOT DISTINCT FROM k.k AND resolved_year = y.year AND status = 'RESOLVED')::int AS resolved,
            (SELECT count(*) FROM d WHERE d.k IS NOT DISTINCT FROM k.k AND resolved_year = y.year AND outcome IN ('EARLY', 'ON_TIME'))::int AS on_time
       FROM unnest($1::int[]) y(year) CROSS JOIN (SELECT DISTINCT k FROM d) k`,
    [years, ...params],
  );
  const out = new Map<string, Map<number, Fig>>();
  for (const r of rows) {
    const m = out.get(String(r.k)) ?? new Map<number, Fig>();
    m.set(r.year, {
      received: r.received, receivedOnline: r.online, resolved: r.resolved, resolvedOnTime: r.on_time,
      onTimeRate: r.resolved ? (100 * r.on_time) / r.resolved : null, onlineRate: r.received ? (100 * r.online) / r.received : null,
    });
    out.set(String(r.k), m);
  }
  return out;
}

const DISTRICT_OF = `CASE u.level WHEN 'DISTRICT' THEN u.code WHEN 'COMMUNE' THEN u.parent_code END`;

function expectFigures(actual: Fig, expected: Fig) {
  expect({ ...actual, onTimeRate: null, onlineRate: null }).toEqual({ ...expected, onTimeRate: null, onlineRate: null });
  for (const k of ['onTimeRate', 'onlineRate'] as const) {
    if (expected[k] === null) expect(actual[k]).toBeNull();
    else expect(actual[k]).toBeCloseTo(expected[k]!, 2);
  }
}

test('on-time rate by district, 2019 against 2020: one request; each group, difference and ratio equal counts from the dossiers', async () => {
  const res = await sg.request(LIST, { filter: { yearFrom: 2019, yearTo: 2020 }, groupBy: ['DISTRICT'], compareTo: { yearFrom: 2019, yearTo: 2020 }, orderBy: [{ field: 'ON_TIME_RATE_CHANGE', direction: 'DESC' }] });
  expect(res.errors).toBeUndefined();
  const groups: Group[] = res.data.dossierStatistics;
  const want = await direct(DISTRICT_OF, [2019, 2020]);
  expect(new Set(groups.map((g) => String(g.districtCode)))).toEqual(new Set(want.keys()));
  expect(groups.map((g) => g.districtCode)).toContain(null); // received at the province: no district
  for (const g of groups) {
    const w = want.get(String(g.districtCode))!;
    expectFigures(g.change!.from, w.get(2019)!);
    expectFigures(g.change!.to, w.get(2020)!);
    expect(g.change!.difference.resolved).toBe(w.get(2020)!.resolved - w.get(2019)!.resolved);
    expect(g.change!.difference.onTimeRate).toBeCloseTo(g.change!.to.onTimeRate! - g.change!.from.onTimeRate!, 2);
    expect(g.change!.ratio.received).toBeCloseTo(w.get(2020)!.received / w.get(2019)!.received, 4);
    expect(g.received).toBe(w.get(2019)!.received + w.get(2020)!.received);
  }
  const changes = groups.map((g) => g.change!.difference.onTimeRate!);
  expect(changes).toEqual([...changes].sort((a, b) => b - a));
  // The groups add up to the ungrouped totals.
  const total = (await sg.request(LIST, { filter: { yearFrom: 2019, yearTo: 2020 }, groupBy: [], compareTo: { yearFrom: 2019, yearTo: 2020 } })).data.dossierStatistics[0];
  for (const k of ['received', 'receivedOnline', 'resolved', 'resolvedOnTime'] as const) {
    expect(groups.reduce((s, g) => s + g[k], 0)).toBe(total[k]);
    expect(groups.reduce((s, g) => s + g.change!.to[k], 0)).toBe(total.change.to[k]);
  }
});

test('the five departments with the lowest online share in 2020: sorted, paged with a total, filtered by agency kind', async () => {
  const vars = { filter: { yearFrom: 2020, yearTo: 2020, agencyKinds: ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE'] }, groupBy: ['AGENCY', 'AGENCY_KIND'], orderBy: [{ field: 'ONLINE_RATE', direction: 'ASC' }] };
  const want = await direct('a.id::text', [2020], `a.kind IN ('DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE') AND d.received_year = 2020`);
  const ranked = [...want].map(([id, m]) => ({ id, rate: m.get(2020)!.onlineRate! })).sort((a, b) => a.rate - b.rate || a.id.localeCompare(b.id));
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  const seen: Group[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GraphQLResponse = await sg.request(PAGE, { ...vars, first: 2, after });
    expect(res.errors).toBeUndefined();
    const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Group }> } = res.data.dossierStatisticsPage;
    expect(page.totalCount).toBe(ranked.length);
    seen.push(...page.edges.map((e: { node: Group }) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen.map((g) => g.agencyId)).toEqual(ranked.map((r) => r.id));
  seen.forEach((g, i) => expect(g.onlineRate).toBeCloseTo(ranked[i].rate, 2));
  expect(new Set(seen.map((g) => g.agencyKind))).toEqual(new Set(['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE']));
});

test('districts and communes follow the unit history as of the day asked; a unit filter takes the unit and its sub-units that day', async () => {
  // 13366 (in district 349) merged into 13321 (district 347) on 1 Jan 2020; the other units never changed.
  await db.query(`INSERT INTO unit_version_ref (code, valid_from, valid_to, parent_code, level, successor_code)
                  SELECT code, NULL, CASE WHEN code = '13366' THEN date '2019-12-31' END, parent_code, level, CASE WHEN code = '13366' THEN '13321' END FROM unit_ref`);
  try {
    const q = (asOf: string, filter: Record<string, unknown> = {}) => sg.request(LIST, { filter: { yearFrom: 2018, yearTo: 2018, ...filter }, groupBy: ['DISTRICT', 'COMMUNE'], asOf });
    const before = (await q('2019-06-30')).data.dossierStatistics as Group[];
    const after = (await q('2020-06-30')).data.dossierStatistics as Group[];
    const moved = (await direct("'x'", [2018], `d.unit_code = '13366'`)).get('x')!.get(2018)!.received;
    expect(moved).toBeGreaterThan(0);
    const at = (rows: Group[], d: string, c: string) => rows.find((g) => g.districtCode === d && g.communeCode === c)?.received ?? 0;
    expect(at(before, '349', '13366')).toBe(moved);
    expect(at(after, '349', '13366')).toBe(0);
    expect(at(after, '347', '13321')).toBe(at(before, '347', '13321') + moved);
    const sum = (rows: Group[]) => rows.reduce((s, g) => s + g.received, 0);
    expect(sum(after)).toBe(sum(before));
    const in347 = (await q('2020-06-30', { unitCode: '347' })).data.dossierStatistics as Group[];
    expect(sum(in347)).toBe(sum(after.filter((g) => g.districtCode === '347')));
  } finally {
    await db.query('DELETE FROM unit_version_ref');
  }
});

test('a zero denominator gives null rates and ratios, never zero', async () => {
  const res = await sg.request(LIST, { filter: { yearFrom: 2020, yearTo: 2020 }, groupBy: ['CHANNEL'], compareTo: { yearFrom: 2010, yearTo: 2020 } });
  expect(res.errors).toBeUndefined();
  for (const g of res.data.dossierStatistics as Group[]) {
    expect(g.change!.from).toMatchObject({ received: 0, resolved: 0, onTimeRate: null, onlineRate: null });
    expect(g.change!.ratio).toMatchObject({ received: null, onTimeRate: null });
    expect(g.change!.difference.onTimeRate).toBeNull();
    expect(g.change!.difference.received).toBe(g.change!.to.received);
  }
});

test('bad arguments are BAD_USER_INPUT naming the argument', async () => {
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ groupBy: ['AGENCY'], orderBy: [{ field: 'ON_TIME_RATE_CHANGE' }] }, LIST, 'orderBy[0].field'],
    [{ groupBy: ['AGENCY'], orderBy: [{ field: 'SECTOR' }] }, LIST, 'orderBy[0].field'],
    [{ groupBy: ['YEAR'], compareTo: { yearFrom: 2019, yearTo: 2020 } }, LIST, 'compareTo'],
    [{ groupBy: [], compareTo: { yearFrom: 2020, yearTo: 2020 } }, LIST, 'compareTo.yearTo'],
    [{ groupBy: [], filter: { agencyKinds: ['department; drop'] } }, LIST, 'filter.agencyKinds'],
    [{ groupBy: ['AGENCY'], first: 0 }, PAGE, 'first'],
    [{ groupBy: ['AGENCY'], first: 5, after: 'not-a-cursor!' }, PAGE, 'after'],
    [{ groupBy: ['QUARTER', 'PROCEDURE'] }, LIST, 'groupBy'],
    [{ groupBy: ['MONTH'], filter: { sector: 'Tư pháp' } }, LIST, 'groupBy'],
  ];
  for (const [vars, q, field] of cases) {
    const res = await sg.request(q, vars);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
});

const TIMES = `query($filter: DossierStatisticsFilter, $groupBy: [DossierDimension!]!, $orderBy: [DossierStatisticsOrder!], $having: [DossierStatisticsBound!]) {
  dossierStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, having: $having) { year quarter month districtCode agencyId ${FIGURES} } }`;

test('by quarter and by month (local days), from the monthly summary: each group equals the dossiers of that month; they add up to the year', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const local = (col: string, f: string) => `to_char(${col} AT TIME ZONE 'UTC' + interval '7 hours', '${f}')`;
  const { rows } = await db.query(
    `SELECT k, sum(rc)::int AS received, sum(ol)::int AS online, sum(rs)::int AS resolved, sum(ot)::int AS on_time
       FROM (SELECT ${local('received_at', 'YYYY-MM')} AS k, 1 AS rc, (channel = 'ONLINE')::int AS ol, 0 AS rs, 0 AS ot FROM dossier
             UNION ALL SELECT ${local('resolved_at', 'YYYY-MM')}, 0, 0, 1, (outcome IN ('EARLY', 'ON_TIME'))::int FROM dossier WHERE status = 'RESOLVED') e
      WHERE k LIKE '2020-%' GROUP BY k ORDER BY k`,
  );
  const months = await sg.request(TIMES, { filter, groupBy: ['MONTH'] });
  expect(months.errors).toBeUndefined();
  expect(months.data.dossierStatistics.map((g: Group) => [g.month, g.received, g.receivedOnline, g.resolved, g.resolvedOnTime])).toEqual(
    rows.map((r) => [r.k, r.received, r.online, r.resolved, r.on_time]),
  );
  const quarters = (await sg.request(TIMES, { filter, groupBy: ['QUARTER'], orderBy: [{ field: 'QUARTER', direction: 'DESC' }] })).data.dossierStatistics as Group[];
  expect(quarters.map((q) => q.quarter)).toEqual(['2020-Q4', '2020-Q3', '2020-Q2', '2020-Q1']);
  const inQuarter = (q: string) => rows.filter((r) => `2020-Q${Math.ceil(Number(r.k.slice(5)) / 3)}` === q);
  for (const q of quarters) expect(q.received).toBe(inQuarter(q.quarter as string).reduce((s, r) => s + r.received, 0));
  const [year] = (await sg.request(TIMES, { filter, groupBy: [] })).data.dossierStatistics as Group[];
  for (const k of ['received', 'receivedOnline', 'resolved', 'resolvedOnTime'] as const) expect(quarters.reduce((s, q) => s + q[k], 0)).toBe(year[k]);
  // Placed by district per quarter, the groups add up to each quarter.
  const placed = (await sg.request(TIMES, { filter, groupBy: ['QUARTER', 'DISTRICT'] })).data.dossierStatistics as Group[];
  for (const q of quarters) expect(placed.filter((g) => g.quarter === q.quarter).reduce((s, g) => s + g.received, 0)).toBe(q.received);
});

test('a bound on a figure keeps the groups within it: agencies with an online share under 40 % in 2020', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const all = (await sg.request(TIMES, { filter, groupBy: ['AGENCY'] })).data.dossierStatistics as Group[];
  const low = await sg.request(TIMES, { filter, groupBy: ['AGENCY'], having: [{ field: 'ONLINE_RATE', max: 40 }] });
  expect(low.errors).toBeUndefined();
  const want = all.filter((g) => g.onlineRate !== null && g.onlineRate <= 40).map((g) => g.agencyId);
  expect(want.length).toBeGreaterThan(0);
  expect((low.data.dossierStatistics as Group[]).map((g) => g.agencyId)).toEqual(want);
});
