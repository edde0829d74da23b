import { Client } from 'pg';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import publicFinance from '../src/subgraph';

/** Issue 18: budget statistics with the hub's grammar, checked against sums made from the budget lines. */
let sg: TestSubgraph;
let db: Client;
let analyst: string;

beforeAll(async () => {
  sg = await startTestSubgraph(publicFinance, { seed: { scale: 0.02 } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  analyst = await tokenFor({ roles: ['analyst'] });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const FIGURES = 'estimate settled executionRate';
const LIST = `query($filter: BudgetStatisticsFilter, $groupBy: [BudgetDimension!]!, $orderBy: [BudgetStatisticsOrder!], $having: [BudgetStatisticsBound!], $compareTo: StatisticsCompareTo) {
  budgetStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, having: $having, compareTo: $compareTo) {
    year agencyId agencyKind districtCode category ${FIGURES} change { from { ${FIGURES} } to { ${FIGURES} } difference { estimate executionRate } ratio { settled } } } }`;
const PAGE = `query($filter: BudgetStatisticsFilter, $groupBy: [BudgetDimension!]!, $orderBy: [BudgetStatisticsOrder!], $first: Int!, $after: String) {
  budgetStatisticsPage(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { agencyId ${FIGURES} } } } }`;

interface Fig {
  estimate: string;
  settled: string;
  executionRate: number | null;
}
type Group = Fig &
  Record<string, unknown> & { change: { from: Fig; to: Fig; difference: Record<string, number | null>; ratio: Record<string, number | null> } | null };

async function ask(query: string, variables: Record<string, unknown>) {
  const res = await sg.request(query, variables, analyst);
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** Estimate and settlement per key from the budget lines; `key` is SQL over b (line) and a (agency). */
async function direct(key: string, where: string): Promise<Map<string, { estimate: bigint; settled: bigint }>> {
  const { rows } = await db.query(
    `SELECT ${key} AS k, coalesce(sum(amount) FILTER (WHERE stage = 'ESTIMATE'), 0)::text AS e, coalesce(sum(amount) FILTER (WHERE stage = 'SETTLEMENT'), 0)::text AS s
       FROM budget_line b JOIN agency_ref a ON a.id = b.agency_id WHERE ${where} GROUP BY 1`,
  );
  return new Map(rows.map((r) => [String(r.k), { estimate: BigInt(r.e), settled: BigInt(r.s) }]));
}

const pct = (s: bigint, e: bigint) => (e ? Number((s * 1000000n) / e) / 10000 : null);

test('budget execution by department in 2020: exact amounts per agency; groups add up to the total; revenue only when asked', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020, agencyKinds: ['DEPARTMENT'] };
  const { budgetStatistics: groups } = (await ask(LIST, { groupBy: ['AGENCY'], filter, orderBy: [{ field: 'EXECUTION_RATE', direction: 'DESC' }] })) as {
    budgetStatistics: Group[];
  };
  const want = await direct('b.agency_id', `fiscal_year = 2020 AND a.kind = 'DEPARTMENT' AND category <> 'REVENUE'`);
  expect(groups.length).toBe(want.size);
  expect(groups.length).toBeGreaterThan(3);
  for (const g of groups) {
    const w = want.get(String(g.agencyId))!;
    expect([g.estimate, g.settled]).toEqual([String(w.estimate), String(w.settled)]);
    if (w.estimate === 0n) expect(g.executionRate).toBeNull();
    else expect(g.executionRate).toBeCloseTo(pct(w.settled, w.estimate)!, 2);
  }
  const rates = groups.map((g) => g.executionRate).filter((r): r is number => r !== null);
  expect(rates).toEqual([...rates].sort((a, b) => b - a));
  const {
    budgetStatistics: [total],
  } = (await ask(LIST, { groupBy: [], filter })) as { budgetStatistics: Group[] };
  expect(String(groups.reduce((s, g) => s + BigInt(g.estimate), 0n))).toBe(total.estimate);
  const { budgetStatistics: revenue } = (await ask(LIST, { groupBy: ['CATEGORY'], filter: { ...filter, categories: ['REVENUE'] } })) as {
    budgetStatistics: Group[];
  };
  const wantRevenue = await direct('b.category', `fiscal_year = 2020 AND a.kind = 'DEPARTMENT' AND category = 'REVENUE'`);
  expect(revenue.map((g) => [g.category, g.estimate])).toEqual([...wantRevenue].map(([k, v]) => [k, String(v.estimate)]));
});

test('by agency kind, 2019 against 2020: difference and ratio per group from the lines; paged groups with a total', async () => {
  const { budgetStatistics: groups } = (await ask(LIST, { groupBy: ['AGENCY_KIND'], compareTo: { yearFrom: 2019, yearTo: 2020 } })) as {
    budgetStatistics: Group[];
  };
  const [f, t] = [
    await direct('a.kind', `fiscal_year = 2019 AND category <> 'REVENUE'`),
    await direct('a.kind', `fiscal_year = 2020 AND category <> 'REVENUE'`),
  ];
  for (const g of groups) {
    const [wf, wt] = [f.get(String(g.agencyKind)) ?? { estimate: 0n, settled: 0n }, t.get(String(g.agencyKind)) ?? { estimate: 0n, settled: 0n }];
    expect([g.change!.from.estimate, g.change!.to.estimate]).toEqual([String(wf.estimate), String(wt.estimate)]);
    expect(g.change!.difference.estimate).toBe(Number(wt.estimate - wf.estimate));
    if (wf.settled) expect(g.change!.ratio.settled).toBeCloseTo(Number(wt.settled) / Number(wf.settled), 3);
  }
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const all = await direct('b.agency_id', `fiscal_year = 2020 AND category <> 'REVENUE'`);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { budgetStatisticsPage: page } = (await ask(PAGE, {
      groupBy: ['AGENCY'],
      filter,
      orderBy: [{ field: 'ESTIMATE', direction: 'DESC' }],
      first: 50,
      after,
    })) as {
      budgetStatisticsPage: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Group }> };
    };
    expect(page.totalCount).toBe(all.size);
    seen.push(...page.edges.map((e) => String(e.node.agencyId)));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(new Set(seen)).toEqual(new Set(all.keys()));
  expect(seen).toHaveLength(all.size);
});

test('analysts only; a bound on a figure keeps the groups within it', async () => {
  expect((await sg.request(LIST, { groupBy: [] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const { budgetStatistics: low } = (await ask(LIST, { groupBy: ['AGENCY'], filter, having: [{ field: 'EXECUTION_RATE', max: 95 }] })) as {
    budgetStatistics: Group[];
  };
  const want = await direct('b.agency_id', `fiscal_year = 2020 AND category <> 'REVENUE'`);
  const expected = [...want].filter(([, w]) => w.estimate > 0n && pct(w.settled, w.estimate)! <= 95).map(([k]) => k);
  expect(low.map((g) => String(g.agencyId)).sort()).toEqual(expected.sort());
});

test('PAR funding by plan area and source in 2020: exact amounts and disbursement rates from the funded tasks', async () => {
  const q = `query($filter: ParFundingStatisticsFilter, $groupBy: [ParFundingDimension!]!, $orderBy: [ParFundingStatisticsOrder!]) {
    parFundingStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy) { planArea source tasks planned allocated spent disbursementRate allocationRate } }`;
  const { parFundingStatistics: groups } = (await ask(q, {
    groupBy: ['PLAN_AREA', 'SOURCE'],
    filter: { yearFrom: 2020, yearTo: 2020 },
    orderBy: [{ field: 'DISBURSEMENT_RATE', direction: 'DESC' }],
  })) as {
    parFundingStatistics: Array<Record<string, string | number | null>>;
  };
  const { rows } =
    await db.query(`SELECT plan_area::int AS area, source, count(*)::int AS n, sum(planned)::text AS p, sum(allocated)::text AS a, sum(spent)::text AS s
    FROM par_funding WHERE fiscal_year = 2020 GROUP BY 1, 2`);
  expect(groups.length).toBe(rows.length);
  expect(groups.length).toBeGreaterThan(1);
  for (const g of groups) {
    const w = rows.find((r) => r.area === g.planArea && r.source === g.source)!;
    expect([g.tasks, g.planned, g.allocated, g.spent]).toEqual([w.n, w.p, w.a, w.s]);
    if (BigInt(w.a) === 0n) expect(g.disbursementRate).toBeNull();
    else expect(g.disbursementRate).toBeCloseTo(pct(BigInt(w.s), BigInt(w.a))!, 2);
  }
  const r = groups.map((g) => g.disbursementRate).filter((x): x is number => x !== null);
  expect(r).toEqual([...r].sort((a, b) => b - a));
});
