import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import publicFinance from '../src/subgraph';
import { COMMUNE_PC, counts, DEPT_FINANCE, DEPT_HEALTH, HOSPITAL, insertAgencies, SCHOOL, withClient } from './fixtures';

let sg: TestSubgraph;
let editor: string;
let analyst: string;
let healthEditor: string;
beforeAll(async () => {
  sg = await startTestSubgraph(publicFinance);
  await withClient(sg.databaseUrl, (c) => insertAgencies(c));
  editor = await tokenFor({ roles: ['editor'], subgraph: 'public-finance', sub: 'so-tai-chinh' });
  analyst = await tokenFor({ roles: ['analyst'] });
  healthEditor = await tokenFor({ roles: ['editor'], subgraph: 'public-finance', agency: DEPT_HEALTH });
});
afterAll(() => sg?.stop());

const ESTIMATE = `mutation($input: BudgetEstimateInput!) { recordBudgetEstimate(input: $input) { id year category stage amount approvedOn approvingBody version agency { id } } }`;
const SETTLEMENT = `mutation($input: BudgetSettlementInput!) { recordBudgetSettlement(input: $input) { year category amount agency { id } } }`;
const PAR = `mutation($input: ParFundingInput!) { recordParFunding(input: $input) { year area task source planned allocated spent version agency { id } } }`;

const line = (over: Record<string, unknown> = {}) => ({ agencyId: DEPT_FINANCE, year: 2019, category: 'RECURRENT', amount: '12500000000', approvedOn: '2018-12-10', approvingBody: 'HĐND tỉnh Hà Nam', ...over });

async function auditRows(objectId: string) {
  return withClient(sg.databaseUrl, async (c) => (await c.query('SELECT operation, subject, before, after FROM audit_log WHERE $1 = ANY(object_ids) ORDER BY id', [objectId])).rows);
}

test('estimate then settlement, exact past 2^53 in and out, one audit row each', async () => {
  const big = '9007199254740993'; // 2^53 + 1: a JavaScript number would read it as ...992
  const est = await sg.request(ESTIMATE, { input: line({ category: 'INVESTMENT', amount: big }) }, editor);
  expect(est.errors).toBeUndefined();
  expect(est.data.recordBudgetEstimate).toMatchObject({ year: 2019, category: 'INVESTMENT', stage: 'ESTIMATE', amount: big, approvedOn: '2018-12-10', version: 1, agency: { id: DEPT_FINANCE } });
  const settled = '9007199254740995';
  const set = await sg.request(SETTLEMENT, { input: line({ category: 'INVESTMENT', amount: settled, approvedOn: '2020-06-30' }) }, editor);
  expect(set.errors).toBeUndefined();
  expect(set.data.recordBudgetSettlement).toEqual({ year: 2019, category: 'INVESTMENT', amount: settled, agency: { id: DEPT_FINANCE } });
  const stored = await withClient(sg.databaseUrl, async (c) =>
    (await c.query(`SELECT stage, amount::text AS amount FROM budget_line WHERE agency_id = $1 AND fiscal_year = 2019 AND category = 'INVESTMENT' ORDER BY stage`, [DEPT_FINANCE])).rows);
  expect(stored).toEqual([{ stage: 'ESTIMATE', amount: big }, { stage: 'SETTLEMENT', amount: settled }]);
  const audits = await auditRows(est.data.recordBudgetEstimate.id);
  expect(audits).toHaveLength(1);
  expect(audits[0]).toMatchObject({ operation: 'recordBudgetEstimate', subject: 'so-tai-chinh', before: null, after: { amount: big, stage: 'ESTIMATE' } });
  // Read back through the aggregate path: numeric sums, text out.
  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { budget(year: 2019) { estimate settlement byCategory { category estimate settlement } } } } }`;
  const read = await sg.request(q, { reps: [{ __typename: 'Agency', id: DEPT_FINANCE }] }, analyst);
  expect(read.errors).toBeUndefined();
  expect(read.data._entities[0].budget).toEqual({ estimate: big, settlement: settled, byCategory: [{ category: 'INVESTMENT', estimate: big, settlement: settled }] });
});

test('an estimate can be revised until settled; the revision is audited with before and after', async () => {
  const first = await sg.request(ESTIMATE, { input: line({ category: 'PAR', amount: '300000000' }) }, editor);
  const second = await sg.request(ESTIMATE, { input: line({ category: 'PAR', amount: '350000000', approvedOn: '2019-07-01' }) }, editor);
  expect(second.errors).toBeUndefined();
  expect(second.data.recordBudgetEstimate).toMatchObject({ id: first.data.recordBudgetEstimate.id, amount: '350000000', version: 2, approvedOn: '2019-07-01' });
  const audits = await auditRows(first.data.recordBudgetEstimate.id);
  expect(audits.map((a) => [a.before?.amount ?? null, a.after.amount])).toEqual([[null, '300000000'], ['300000000', '350000000']]);
  await sg.request(SETTLEMENT, { input: line({ category: 'PAR', amount: '340000000', approvedOn: '2020-06-30' }) }, editor);
  const before = await counts(sg.databaseUrl);
  const third = await sg.request(ESTIMATE, { input: line({ category: 'PAR', amount: '1' }) }, editor);
  expect(third.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(third.errors?.[0].message).toMatch(/already settled/);
  expect(await counts(sg.databaseUrl)).toEqual(before);
});

test('a settlement without an estimate, or a second settlement, is refused and writes nothing', async () => {
  const before = await counts(sg.databaseUrl);
  const none = await sg.request(SETTLEMENT, { input: line({ year: 2017 }) }, editor);
  expect(none.data).toBeNull();
  expect(none.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(none.errors?.[0].message).toMatch(/No estimate \(dự toán\) is recorded/);
  expect(await counts(sg.databaseUrl)).toEqual(before);

  expect((await sg.request(ESTIMATE, { input: line({ year: 2018 }) }, editor)).errors).toBeUndefined();
  expect((await sg.request(SETTLEMENT, { input: line({ year: 2018, approvedOn: '2019-06-01' }) }, editor)).errors).toBeUndefined();
  const mid = await counts(sg.databaseUrl);
  const again = await sg.request(SETTLEMENT, { input: line({ year: 2018, amount: '1', approvedOn: '2019-06-02' }) }, editor);
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(again.errors?.[0].message).toMatch(/already settled/);
  expect(await counts(sg.databaseUrl)).toEqual(mid);
});

test('concurrent settlements of one line: exactly one lands, the others are CONFLICT', async () => {
  await sg.request(ESTIMATE, { input: line({ year: 2015, approvedOn: '2014-12-10' }) }, editor);
  const before = await counts(sg.databaseUrl);
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => sg.request(SETTLEMENT, { input: line({ year: 2015, amount: String(1000 + i), approvedOn: '2016-06-01' }) }, editor)));
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(5);
  expect(await counts(sg.databaseUrl)).toEqual({ ...before, budget_line: before.budget_line + 1, audit_log: before.audit_log + 1 });
});

describe('bad input is BAD_USER_INPUT naming the field, and writes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a negative amount', { amount: '-5' }, 'amount'],
    ['a malformed money string', { amount: '12,5 tỷ' }, 'amount'],
    ['a fractional amount', { amount: '1.5' }, 'amount'],
    ['an amount beyond the scalar range', { amount: '9223372036854775808' }, 'amount'],
    ['an amount of 25 digits', { amount: '1234567890123456789012345' }, 'amount'],
    ['a JavaScript number past 2^53', { amount: 9007199254740993 }, 'amount'],
    ['an unknown agency', { agencyId: '00000000-0000-4000-8000-0000000fffff' }, 'agencyId'],
    ['a malformed agency id', { agencyId: 'so-tai-chinh' }, 'agencyId'],
    ['a year out of range', { year: 3019 }, 'year'],
    ['an impossible date', { approvedOn: '2019-02-30' }, 'approvedOn'],
  ];
  test.each(cases)('%s', async (_name, over, field) => {
    for (const op of [ESTIMATE, SETTLEMENT]) {
      const before = await counts(sg.databaseUrl);
      const res = await sg.request(op, { input: line(over) }, editor);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0].message).toContain(field);
      expect(await counts(sg.databaseUrl)).toEqual(before);
    }
  });

  test('a settlement approved before its estimate', async () => {
    await sg.request(ESTIMATE, { input: line({ year: 2016 }) }, editor);
    const before = await counts(sg.databaseUrl);
    const early = await sg.request(SETTLEMENT, { input: line({ year: 2016, approvedOn: '2018-12-09' }) }, editor);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvedOn' });
    expect(await counts(sg.databaseUrl)).toEqual(before);
  });
});

test('only editors of public-finance write; an agency-scoped editor only for their agency and its subordinates', async () => {
  const before = await counts(sg.databaseUrl);
  const other = await tokenFor({ roles: ['editor'], subgraph: 'civil-servants' });
  expect((await sg.request(ESTIMATE, { input: line({ year: 2020 }) }, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await sg.request(ESTIMATE, { input: line({ year: 2020 }) }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await sg.request(ESTIMATE, { input: line({ year: 2020 }) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  for (const outside of [DEPT_FINANCE, COMMUNE_PC]) {
    const res = await sg.request(ESTIMATE, { input: line({ year: 2020, agencyId: outside }) }, healthEditor);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  expect(await counts(sg.databaseUrl)).toEqual(before);
  for (const inside of [DEPT_HEALTH, HOSPITAL, SCHOOL]) {
    const res = await sg.request(ESTIMATE, { input: line({ year: 2020, agencyId: inside }) }, healthEditor);
    expect(res.errors).toBeUndefined();
  }
  expect(await counts(sg.databaseUrl)).toMatchObject({ budget_line: before.budget_line + 3, audit_log: before.audit_log + 3 });
});

describe('PAR funding', () => {
  const task = (over: Record<string, unknown> = {}) => ({
    agencyId: DEPT_HEALTH, year: 2019, area: 6, task: 'Triển khai phần mềm một cửa điện tử', source: 'STATE_BUDGET',
    planned: '900000000', allocated: '800000000', spent: '750000000', ...over,
  });

  test('recorded, then revised with version + 1 and audited', async () => {
    const first = await sg.request(PAR, { input: task() }, editor);
    expect(first.errors).toBeUndefined();
    expect(first.data.recordParFunding).toMatchObject({ area: 6, source: 'STATE_BUDGET', allocated: '800000000', version: 1, agency: { id: DEPT_HEALTH } });
    const second = await sg.request(PAR, { input: task({ spent: '799999999' }) }, editor);
    expect(second.data.recordParFunding).toMatchObject({ spent: '799999999', version: 2 });
    const rows = await withClient(sg.databaseUrl, async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'recordParFunding'`)).rows);
    expect(rows[0].n).toBe(2);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an area outside 1–7', { area: 8 }, 'area'],
    ['an empty task', { task: '   ' }, 'task'],
    ['spending above the allocation', { spent: '800000001' }, 'spent'],
    ['a negative allocation', { allocated: '-1', spent: '0' }, 'allocated'],
    ['a malformed planned amount', { planned: 'chín trăm triệu' }, 'planned'],
    ['an unknown agency', { agencyId: '00000000-0000-4000-8000-00000000abcd' }, 'agencyId'],
  ];
  test.each(bad)('%s is BAD_USER_INPUT and writes nothing', async (_n, over, field) => {
    const before = await counts(sg.databaseUrl);
    const res = await sg.request(PAR, { input: task(over) }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toContain(field);
    expect(await counts(sg.databaseUrl)).toEqual(before);
  });
});

describe('autonomy assessments', () => {
  const AUTONOMY = `mutation($input: AutonomyAssessmentInput!) { recordAutonomyAssessment(input: $input) { year group selfFinancingRate revenue recurrentSpending coversInvestment } }`;
  const figures = (over: Record<string, unknown> = {}) => ({ agencyId: SCHOOL, year: 2019, revenue: '999', recurrentSpending: '10000', ...over });

  test('recorded and corrected by an editor of the unit\'s department; the database derives rate and group', async () => {
    const first = await sg.request(AUTONOMY, { input: figures() }, healthEditor);
    expect(first.errors).toBeUndefined();
    expect(first.data.recordAutonomyAssessment).toEqual({ year: 2019, group: 'GROUP_4', selfFinancingRate: 9.99, revenue: '999', recurrentSpending: '10000', coversInvestment: false });
    const corrected = await sg.request(AUTONOMY, { input: figures({ revenue: '10000', coversInvestment: true }) }, healthEditor);
    expect(corrected.data.recordAutonomyAssessment).toMatchObject({ group: 'GROUP_1', selfFinancingRate: 100 });
    const audits = await auditRows(`${SCHOOL}:2019`);
    expect(audits.map((a) => [a.before?.revenue ?? null, a.after.group])).toEqual([[null, 'GROUP_4'], ['999', 'GROUP_1']]);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an agency that is not a public service unit', { agencyId: DEPT_FINANCE }, 'agencyId'],
    ['zero recurrent spending', { recurrentSpending: '0' }, 'recurrentSpending'],
    ['a negative revenue', { revenue: '-1' }, 'revenue'],
    ['investment covered without covering recurrent spending', { revenue: '9999', coversInvestment: true }, 'coversInvestment'],
  ];
  test.each(bad)('%s is BAD_USER_INPUT and writes nothing', async (_n, over, field) => {
    const before = await counts(sg.databaseUrl);
    const res = await sg.request(AUTONOMY, { input: figures({ year: 2020, ...over }) }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts(sg.databaseUrl)).toEqual(before);
  });
});

test('administrators read the audit log; editors cannot', async () => {
  const q = `{ publicFinanceAuditLog(first: 100, filter: { objectType: "BudgetLine" }) { totalCount edges { node { operation subject objectIds } } } }`;
  const admin = await tokenFor({ roles: ['admin'] });
  const res = await sg.request(q, {}, admin);
  expect(res.errors).toBeUndefined();
  const expected = await withClient(sg.databaseUrl, async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_log WHERE object_type = 'BudgetLine'`)).rows[0].n);
  expect(res.data.publicFinanceAuditLog.totalCount).toBe(expected);
  expect(expected).toBeGreaterThan(5);
  expect((await sg.request(q, {}, editor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
