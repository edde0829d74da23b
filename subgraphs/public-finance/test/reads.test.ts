import { onSql } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import publicFinance from '../src/subgraph';
import { agencyId, DEPT_FINANCE, DEPT_HEALTH, HOSPITAL, insertAgencies, PROVINCE_PC, SCHOOL, withClient, COMMUNE_PC } from './fixtures';

const CATEGORIES = ['RECURRENT', 'INVESTMENT', 'PAR', 'REVENUE'] as const;
const EXTRA = 30;
const AGENCIES = [PROVINCE_PC, DEPT_FINANCE, DEPT_HEALTH, HOSPITAL, SCHOOL, COMMUNE_PC, ...Array.from({ length: EXTRA }, (_, i) => agencyId(100 + i))];

interface Line { agency: string; year: number; category: string; stage: 'ESTIMATE' | 'SETTLEMENT'; amount: bigint }
interface Par { agency: string; year: number; area: number; task: string; source: string; planned: bigint; allocated: bigint; spent: bigint }

/** A small deterministic generator, so the rows (and so the expected sums) are the same every run. */
function lcg(seed: bigint) {
  let s = seed;
  return (max: bigint) => {
    s = (s * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
    return (s >> 11n) % max;
  };
}

const lines: Line[] = [];
const pars: Par[] = [];
let sg: TestSubgraph;
let analyst: string;

beforeAll(async () => {
  sg = await startTestSubgraph(publicFinance);
  analyst = await tokenFor({ roles: ['analyst'] });
  const rnd = lcg(851n);
  for (const agency of AGENCIES) {
    for (const year of [2016, 2017, 2018]) {
      for (const category of CATEGORIES) {
        if (rnd(5n) === 0n) continue; // some agencies have no line in some categories
        // Amounts past 2^53 each, so every sum is past it too; 36 agencies stay far below int8's limit.
        const estimate = (1n << 53n) + rnd(1n << 55n);
        lines.push({ agency, year, category, stage: 'ESTIMATE', amount: estimate });
        if (year < 2018 || rnd(2n) === 0n) lines.push({ agency, year, category, stage: 'SETTLEMENT', amount: (estimate * (900n + rnd(150n))) / 1000n });
      }
    }
  }
  for (const [i, agency] of AGENCIES.slice(0, 12).entries()) {
    for (const area of [1, 2, 6]) {
      for (const source of ['STATE_BUDGET', 'NON_BUDGET']) {
        if (rnd(3n) === 0n) continue;
        const allocated = 100_000_000n + rnd(9_000_000_000_000_000n);
        pars.push({ agency, year: 2017, area, task: `Nhiệm vụ ${area}.${i}`, source, planned: allocated + rnd(1_000_000n), allocated, spent: (allocated * rnd(1001n)) / 1000n });
      }
    }
  }
  await withClient(sg.databaseUrl, async (c) => {
    await insertAgencies(c, EXTRA);
    for (const l of lines) {
      await c.query('INSERT INTO budget_line (id, agency_id, fiscal_year, category, stage, amount) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)', [l.agency, l.year, l.category, l.stage, l.amount.toString()]);
    }
    for (const p of pars) {
      await c.query('INSERT INTO par_funding (id, agency_id, fiscal_year, plan_area, task, source, planned, allocated, spent) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)',
        [p.agency, p.year, p.area, p.task, p.source, p.planned.toString(), p.allocated.toString(), p.spent.toString()]);
    }
  });
});
afterAll(() => sg?.stop());

const sum = (xs: bigint[]) => (xs.length ? xs.reduce((a, b) => a + b, 0n).toString() : null);
/** Percentage to two decimals, rounded half up, in integers: what `round(100 * a / b, 2)` gives. */
const pct = (a: bigint, b: bigint) => Number((2n * 10000n * a + b) / (2n * b)) / 100;

test('budgetSummary sums every year and category exactly, as the test sums its own rows', async () => {
  const res = await sg.request(`{ budgetSummary(yearFrom: 2016, yearTo: 2018) { year category estimate settlement executionRate } }`, {}, analyst);
  expect(res.errors).toBeUndefined();
  const expected = [2016, 2017, 2018].flatMap((year) =>
    CATEGORIES.map((category) => {
      const of = (stage: string) => lines.filter((l) => l.year === year && l.category === category && l.stage === stage);
      const settled = of('SETTLEMENT');
      const settledEstimates = of('ESTIMATE').filter((e) => settled.some((s) => s.agency === e.agency));
      const s = settled.reduce((a, l) => a + l.amount, 0n);
      const e = settledEstimates.reduce((a, l) => a + l.amount, 0n);
      return { year, category, estimate: sum(of('ESTIMATE').map((l) => l.amount)), settlement: sum(settled.map((l) => l.amount)), executionRate: settled.length ? pct(s, e) : null };
    }),
  );
  expect(res.data.budgetSummary).toEqual(expected);
  expect(BigInt(res.data.budgetSummary[0].estimate)).toBeGreaterThan(1n << 53n);
});

test('budgetSummary for an agency covers it and all its subordinates', async () => {
  const q = `query($id: ID) { budgetSummary(yearFrom: 2017, yearTo: 2017, agencyId: $id) { year category estimate settlement } }`;
  const res = await sg.request(q, { id: DEPT_HEALTH }, analyst);
  expect(res.errors).toBeUndefined();
  // Everything under the health department: itself, the hospital, the school and the extra units.
  const scope = new Set([DEPT_HEALTH, HOSPITAL, SCHOOL, ...AGENCIES.slice(6)]);
  const mine = lines.filter((l) => l.year === 2017 && scope.has(l.agency));
  expect(res.data.budgetSummary).toEqual(CATEGORIES.filter((c) => mine.some((l) => l.category === c)).map((category) => ({
    year: 2017,
    category,
    estimate: sum(mine.filter((l) => l.category === category && l.stage === 'ESTIMATE').map((l) => l.amount)),
    settlement: sum(mine.filter((l) => l.category === category && l.stage === 'SETTLEMENT').map((l) => l.amount)),
  })));
  expect((await sg.request(q, { id: agencyId(999) }, analyst)).data.budgetSummary).toEqual([]);
  expect((await sg.request(q, { id: 'so-y-te' }, analyst)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
});

test('Agency.budget through _entities: totals exclude revenue, PAR funding summed, null for a year without data', async () => {
  const reps = AGENCIES.slice(0, 12).map((id) => ({ __typename: 'Agency', id }));
  const q = `query($reps: [_Any!]!, $year: Int!) { _entities(representations: $reps) { ... on Agency { id budget(year: $year) {
    year estimate settlement parAllocated parSpent byCategory { category estimate settlement } } } } }`;
  const res = await sg.request(q, { reps, year: 2017 }, analyst);
  expect(res.errors).toBeUndefined();
  for (const { id, budget } of res.data._entities) {
    const mine = lines.filter((l) => l.agency === id && l.year === 2017);
    const spending = (stage: string) => sum(mine.filter((l) => l.stage === stage && l.category !== 'REVENUE').map((l) => l.amount));
    const par = pars.filter((p) => p.agency === id && p.year === 2017);
    expect(budget).toEqual({
      year: 2017,
      estimate: spending('ESTIMATE'),
      settlement: spending('SETTLEMENT'),
      parAllocated: sum(par.map((p) => p.allocated)),
      parSpent: sum(par.map((p) => p.spent)),
      byCategory: CATEGORIES.filter((c) => mine.some((l) => l.category === c)).map((category) => ({
        category,
        estimate: sum(mine.filter((l) => l.category === category && l.stage === 'ESTIMATE').map((l) => l.amount)),
        settlement: sum(mine.filter((l) => l.category === category && l.stage === 'SETTLEMENT').map((l) => l.amount)),
      })),
    });
  }
  const none = await sg.request(q, { reps: reps.slice(0, 2), year: 2030 }, analyst);
  expect(none.data._entities).toEqual(reps.slice(0, 2).map(({ id }) => ({ id, budget: null })));
});

test('parFunding by area: sums and execution rate spent / allocated, filtered by area and source', async () => {
  const res = await sg.request(`{ parFunding(year: 2017) { year area areaName tasks planned allocated spent executionRate } }`, {}, analyst);
  expect(res.errors).toBeUndefined();
  const expected = [1, 2, 6].map((area) => {
    const mine = pars.filter((p) => p.area === area);
    const allocated = mine.reduce((a, p) => a + p.allocated, 0n);
    const spent = mine.reduce((a, p) => a + p.spent, 0n);
    return { year: 2017, area, tasks: mine.length, planned: sum(mine.map((p) => p.planned)), allocated: allocated.toString(), spent: spent.toString(), executionRate: pct(spent, allocated) };
  });
  expect(res.data.parFunding.map(({ areaName: _n, ...r }: { areaName: string }) => r)).toEqual(expected);
  expect(res.data.parFunding[2].areaName).toBe('Hiện đại hóa hành chính');
  const filtered = await sg.request(`{ parFunding(year: 2017, area: 6, source: NON_BUDGET) { area allocated } }`, {}, analyst);
  expect(filtered.data.parFunding).toEqual([{ area: 6, allocated: sum(pars.filter((p) => p.area === 6 && p.source === 'NON_BUDGET').map((p) => p.allocated)) }]);
  expect((await sg.request(`{ parFunding(year: 2017, area: 9) { area } }`, {}, analyst)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'area' });
  expect((await sg.request(`{ parFunding(year: 2030) { area } }`, {}, analyst)).data.parFunding).toEqual([]);
});

describe('autonomy (Decree 60/2021 groups)', () => {
  // [agency, revenue, recurrent spending, covers investment, expected group, expected rate]
  const cases: Array<[string, string, string, boolean, string, number | null]> = [
    [agencyId(100), '999', '10000', false, 'GROUP_4', 9.99],
    [agencyId(101), '1000', '10000', false, 'GROUP_3', 10],
    [agencyId(102), '9999', '10000', false, 'GROUP_3', 99.99],
    [agencyId(103), '10000', '10000', false, 'GROUP_2', 100],
    [agencyId(104), '10000', '10000', true, 'GROUP_1', 100],
    [agencyId(105), '9999', '10000', true, 'GROUP_3', 99.99],
    [agencyId(106), '0', '10000', false, 'GROUP_4', 0],
    [agencyId(107), '25000000000', '10000000000', true, 'GROUP_1', 250],
    // Past 2^53 the rate as a float cannot tell these apart; the group compares exact integers.
    [agencyId(108), '9007199254740993', '9007199254740994', false, 'GROUP_3', null],
    [agencyId(109), '900719925474099', '9007199254740994', false, 'GROUP_4', null],
  ];

  beforeAll(async () => {
    await withClient(sg.databaseUrl, async (c) => {
      for (const [agency, revenue, spending, covers] of cases) {
        await c.query('INSERT INTO autonomy_assessment (agency_id, fiscal_year, revenue, recurrent_spending, covers_investment) VALUES ($1, 2019, $2, $3, $4)', [agency, revenue, spending, covers]);
      }
      // A department is not a public service unit: an assessment row for it must not surface.
      await c.query(`INSERT INTO autonomy_assessment (agency_id, fiscal_year, revenue, recurrent_spending) VALUES ($1, 2019, 5, 10), ($2, 2018, 50, 100), ($2, 2020, 150, 100)`, [DEPT_FINANCE, agencyId(100)]);
    });
  });

  test('groups at the boundaries 9.99 %, 10 %, 99.99 %, 100 %, and group 1 only when investment is covered', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id autonomy(year: 2019) { year group selfFinancingRate revenue recurrentSpending coversInvestment } } } }`;
    const res = await sg.request(q, { reps: cases.map(([id]) => ({ __typename: 'Agency', id })) }, analyst);
    expect(res.errors).toBeUndefined();
    res.data._entities.forEach((e: { id: string; autonomy: Record<string, unknown> }, i: number) => {
      const [id, revenue, spending, covers, group, rate] = cases[i];
      expect(e.id).toBe(id);
      expect(e.autonomy).toMatchObject({ year: 2019, group, revenue, recurrentSpending: spending, coversInvestment: covers });
      if (rate !== null) expect(e.autonomy.selfFinancingRate).toBeCloseTo(rate, 10);
    });
  });

  test('null for an agency that is not a public service unit, and for a unit without an assessment that year', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id autonomy(year: 2019) { group } autonomyHistory { year group } } } }`;
    const res = await sg.request(q, { reps: [DEPT_FINANCE, HOSPITAL, agencyId(100)].map((id) => ({ __typename: 'Agency', id })) }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([
      { id: DEPT_FINANCE, autonomy: null, autonomyHistory: [] },
      { id: HOSPITAL, autonomy: null, autonomyHistory: [] },
      { id: agencyId(100), autonomy: { group: 'GROUP_4' }, autonomyHistory: [{ year: 2018, group: 'GROUP_3' }, { year: 2019, group: 'GROUP_4' }, { year: 2020, group: 'GROUP_2' }] },
    ]);
  });

  test('autonomyDistribution counts units per group and year, zero groups included', async () => {
    const res = await sg.request(`{ autonomyDistribution(yearFrom: 2015, yearTo: 2020) { year group units } }`, {}, analyst);
    expect(res.errors).toBeUndefined();
    const count = (g: string) => cases.filter((c) => c[4] === g).length;
    expect(res.data.autonomyDistribution).toEqual([
      ...['GROUP_1', 'GROUP_2', 'GROUP_3', 'GROUP_4'].map((group) => ({ year: 2018, group, units: group === 'GROUP_3' ? 1 : 0 })),
      ...['GROUP_1', 'GROUP_2', 'GROUP_3', 'GROUP_4'].map((group) => ({ year: 2019, group, units: count(group) })),
      ...['GROUP_1', 'GROUP_2', 'GROUP_3', 'GROUP_4'].map((group) => ({ year: 2020, group, units: group === 'GROUP_2' ? 1 : 0 })),
    ]);
  });
});

test('Agency fields are batched: the same statements for 2 agencies as for 20', async () => {
  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id budget(year: 2017) { estimate byCategory { category } }
    autonomy(year: 2019) { group } autonomyHistory { year } } } }`;
  const statementsFor = async (n: number) => {
    const seen: string[] = [];
    const off = onSql((sql) => seen.push(sql));
    try {
      const res = await sg.request(q, { reps: AGENCIES.slice(0, n).map((id) => ({ __typename: 'Agency', id })) }, analyst);
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toHaveLength(n);
    } finally {
      off();
    }
    return seen.length;
  };
  const two = await statementsFor(2);
  expect(two).toBe(3);
  expect(await statementsFor(20)).toBe(two);
});

test('reads need the analyst role; bad year ranges are BAD_USER_INPUT', async () => {
  const anon = await sg.request(`{ budgetSummary(yearFrom: 2016, yearTo: 2018) { year } }`);
  expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const entities = await sg.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { budget(year: 2017) { estimate } } } }`, { r: [{ __typename: 'Agency', id: HOSPITAL }] });
  expect(entities.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const reversed = await sg.request(`{ budgetSummary(yearFrom: 2018, yearTo: 2016) { year } }`, {}, analyst);
  expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearTo' });
  const wide = await sg.request(`{ autonomyDistribution(yearFrom: 1000, yearTo: 2020) { year } }`, {}, analyst);
  expect(wide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearFrom' });
  const malformed = await sg.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id budget(year: 2017) { estimate } autonomy(year: 2019) { group } } } }`, { r: [{ __typename: 'Agency', id: 'not-a-uuid' }] }, analyst);
  expect(malformed.errors).toBeUndefined();
  expect(malformed.data._entities).toEqual([{ id: 'not-a-uuid', budget: null, autonomy: null }]);
});
