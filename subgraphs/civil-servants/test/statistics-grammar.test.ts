import { Client } from 'pg';
import { startTestSubgraph, tokenFor, type GraphQLResponse, type TestSubgraph } from '@par/platform/testing';
import civilServants from '../src/subgraph';

/**
 * Issue 18: staff and training statistics with the hub's grammar, each answer checked against
 * counts made from the personnel records and completions themselves (not the summaries the
 * service reads).
 */
let sg: TestSubgraph;
let db: Client;
let analyst: string;

beforeAll(async () => {
  sg = await startTestSubgraph(civilServants, { seed: { scale: 0.03, seed: 851 } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  analyst = await tokenFor({ roles: ['analyst'] });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const STAFF = 'headcount trained trainingCoverage';
const STAFF_GROUP = `year agencyId agencyKind districtCode communeCode category rankCode qualification ${STAFF}
  change { yearFrom yearTo from { ${STAFF} } to { ${STAFF} } difference { ${STAFF} } ratio { ${STAFF} } }`;
const STAFF_LIST = `query($filter: StaffStatisticsFilter, $groupBy: [StaffDimension!]!, $orderBy: [StaffStatisticsOrder!], $having: [StaffStatisticsBound!], $compareTo: StatisticsCompareTo, $asOf: Date) {
  staffStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, having: $having, compareTo: $compareTo, asOf: $asOf) { ${STAFF_GROUP} } }`;
const STAFF_PAGE = `query($filter: StaffStatisticsFilter, $groupBy: [StaffDimension!]!, $orderBy: [StaffStatisticsOrder!], $first: Int!, $after: String) {
  staffStatisticsPage(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${STAFF_GROUP} } } } }`;
const TRAINING_LIST = `query($filter: TrainingStatisticsFilter, $groupBy: [TrainingDimension!]!, $orderBy: [TrainingStatisticsOrder!]) {
  trainingStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy) { year quarter month agencyId trainingKind completions hours hoursPerCompletion } }`;

type Row = Record<string, unknown> & { headcount: number; trained: number; trainingCoverage: number | null };

async function ask<T>(query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const res: GraphQLResponse = await sg.request(query, variables, analyst);
  expect(res.errors).toBeUndefined();
  return res.data[key] as T;
}

/** Headcount and trained per key and year from civil_servant and training_completion; `key` is SQL over cs (person) and a (agency). */
async function direct(key: string, years: number[]): Promise<Map<string, Map<number, { headcount: number; trained: number }>>> {
  const { rows } = await db.query(
    `SELECT y.year, ${key} AS k, count(*)::int AS headcount,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND extract(year FROM tc.completed_on) = y.year))::int AS trained
       FROM unnest($1::int[]) y(year)
       JOIN civil_servant cs ON cs.hired_on <= make_date(y.year, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date(y.year, 12, 31))
       JOIN agency_ref a ON a.id = cs.agency_id
      GROUP BY 1, 2`,
    [years],
  );
  const out = new Map<string, Map<number, { headcount: number; trained: number }>>();
  for (const r of rows) {
    const m = out.get(String(r.k)) ?? new Map();
    m.set(r.year, { headcount: r.headcount, trained: r.trained });
    out.set(String(r.k), m);
  }
  return out;
}

const rate = (n: number, d: number) => (d ? (100 * n) / d : null);

test('training coverage by agency kind, 2019 against 2020: each group, its difference and ratio equal counts from the personnel records', async () => {
  const groups = await ask<Row[]>(
    STAFF_LIST,
    { groupBy: ['AGENCY_KIND'], compareTo: { yearFrom: 2019, yearTo: 2020 }, orderBy: [{ field: 'TRAINING_COVERAGE_CHANGE', direction: 'DESC' }] },
    'staffStatistics',
  );
  const want = await direct('a.kind', [2019, 2020]);
  expect(new Set(groups.map((g) => g.agencyKind))).toEqual(new Set(want.keys()));
  for (const g of groups) {
    const change = g.change as { from: Row; to: Row; difference: Row; ratio: Row };
    const [f, t] = [want.get(String(g.agencyKind))!.get(2019)!, want.get(String(g.agencyKind))!.get(2020)!];
    expect([change.from.headcount, change.from.trained, change.to.headcount, change.to.trained]).toEqual([f.headcount, f.trained, t.headcount, t.trained]);
    expect(change.to.trainingCoverage).toBeCloseTo(rate(t.trained, t.headcount)!, 2);
    expect(change.difference.headcount).toBe(t.headcount - f.headcount);
    expect(change.ratio.trained).toBeCloseTo(t.trained / f.trained, 3);
  }
  const deltas = groups.map((g) => (g.change as { difference: Row }).difference.trainingCoverage as number);
  expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
});

test('groups add up to the ungrouped total, by district as the units stood at the end of 2020 and by category', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const [total] = await ask<Row[]>(STAFF_LIST, { groupBy: [], filter }, 'staffStatistics');
  const want = await direct(`'all'`, [2020]);
  expect({ headcount: total.headcount, trained: total.trained }).toEqual(want.get('all')!.get(2020));
  for (const groupBy of [['DISTRICT'], ['CATEGORY', 'AGENCY_KIND'], ['QUALIFICATION']]) {
    const groups = await ask<Row[]>(STAFF_LIST, { groupBy, filter }, 'staffStatistics');
    expect(groups.reduce((s, g) => s + g.headcount, 0)).toBe(total.headcount);
    expect(groups.reduce((s, g) => s + g.trained, 0)).toBe(total.trained);
  }
  const byDistrict = await ask<Row[]>(STAFF_LIST, { groupBy: ['DISTRICT'], filter }, 'staffStatistics');
  const districts = await direct(
    `(WITH RECURSIVE up(code, parent_code, level) AS (SELECT code, parent_code, level FROM unit_ref WHERE code = cs.unit_code
        UNION ALL SELECT u.code, u.parent_code, u.level FROM unit_ref u JOIN up ON u.code = up.parent_code) SELECT code FROM up WHERE level = 'DISTRICT')`,
    [2020],
  );
  expect(new Map(byDistrict.map((g) => [String(g.districtCode), g.headcount]))).toEqual(new Map([...districts].map(([k, m]) => [k, m.get(2020)!.headcount])));
});

test('the departments with the lowest training coverage in 2020, paged with a total; a bound on the figures filters groups', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020, agencyKinds: ['DEPARTMENT'] };
  const orderBy = [{ field: 'TRAINING_COVERAGE', direction: 'ASC' }];
  const all = await ask<Row[]>(STAFF_LIST, { groupBy: ['AGENCY'], filter, orderBy }, 'staffStatistics');
  const want = await direct(`CASE WHEN a.kind = 'DEPARTMENT' THEN cs.agency_id::text END`, [2020]);
  want.delete('null');
  expect(all).toHaveLength(want.size);
  for (const g of all) expect(g.headcount).toBe(want.get(String(g.agencyId))!.get(2020)!.headcount);
  const seen: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Row }> } = await ask(
      STAFF_PAGE,
      { groupBy: ['AGENCY'], filter, orderBy, first: 5, after },
      'staffStatisticsPage',
    );
    expect(page.totalCount).toBe(want.size);
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen.map((g) => g.agencyId)).toEqual(all.map((g) => g.agencyId));
  const rates = all.map((g) => g.trainingCoverage as number);
  expect(rates).toEqual([...rates].sort((a, b) => a - b));
  const under = await ask<Row[]>(STAFF_LIST, { groupBy: ['AGENCY'], filter, having: [{ field: 'TRAINING_COVERAGE', max: rates[2] }] }, 'staffStatistics');
  expect(under.map((g) => g.agencyId).sort()).toEqual(
    all
      .filter((g) => (g.trainingCoverage as number) <= rates[2])
      .map((g) => g.agencyId)
      .sort(),
  );
});

test('training completions by quarter and by month of 2020 equal the completions dated in them', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const { rows } = await db.query(
    `SELECT to_char(tc.completed_on, 'YYYY-"Q"Q') AS quarter, to_char(tc.completed_on, 'YYYY-MM') AS month, count(*)::int AS n, sum(co.hours)::int AS hours
       FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
      WHERE tc.completed_on BETWEEN '2020-01-01' AND '2020-12-31' GROUP BY GROUPING SETS ((1), (2))`,
  );
  const quarters = await ask<Array<Record<string, unknown>>>(TRAINING_LIST, { groupBy: ['QUARTER'], filter }, 'trainingStatistics');
  expect(quarters.map((q) => [q.quarter, q.completions, q.hours])).toEqual(
    rows
      .filter((r) => r.quarter)
      .map((r) => [r.quarter, r.n, r.hours])
      .sort(),
  );
  const months = await ask<Array<Record<string, unknown>>>(
    TRAINING_LIST,
    { groupBy: ['MONTH'], filter, orderBy: [{ field: 'MONTH', direction: 'DESC' }] },
    'trainingStatistics',
  );
  expect(months.map((m) => [m.month, m.completions])).toEqual(
    rows
      .filter((r) => r.month)
      .map((r) => [r.month, r.n])
      .sort()
      .reverse(),
  );
  for (const m of months) expect(m.hoursPerCompletion).toBeCloseTo((m.hours as number) / (m.completions as number), 2);
});

test('a year with nobody gives zero counts and null rates and ratios, never 0', async () => {
  const [g] = await ask<Row[]>(STAFF_LIST, { groupBy: [], compareTo: { yearFrom: 1995, yearTo: 2020 } }, 'staffStatistics');
  const change = g.change as { from: Row; to: Row; difference: Row; ratio: Row };
  expect(change.from).toEqual({ headcount: 0, trained: 0, trainingCoverage: null });
  expect(change.to.headcount).toBeGreaterThan(0);
  expect(change.ratio).toEqual({ headcount: null, trained: null, trainingCoverage: null });
  expect(change.difference.trainingCoverage).toBeNull();
  expect(change.difference.headcount).toBe(change.to.headcount);
});

test('bad arguments are BAD_USER_INPUT naming them', async () => {
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ groupBy: ['YEAR'], compareTo: { yearFrom: 2019, yearTo: 2020 } }, 'compareTo'],
    [{ groupBy: [], orderBy: [{ field: 'HEADCOUNT_CHANGE' }] }, 'orderBy[0].field'],
    [{ groupBy: [], orderBy: [{ field: 'AGENCY' }] }, 'orderBy[0].field'],
    [{ groupBy: [], having: [{ field: 'HEADCOUNT' }] }, 'having[0]'],
    [{ groupBy: [], filter: { yearFrom: 2021, yearTo: 2020 } }, 'filter.yearTo'],
    [{ groupBy: [], filter: { agencyKinds: ['department; drop'] } }, 'filter.agencyKinds'],
  ];
  for (const [variables, field] of cases) {
    const res = await sg.request(STAFF_LIST, variables, analyst);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  // Statistics about staff are for analysts: no token, no figures.
  expect((await sg.request(STAFF_LIST, { groupBy: [] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
