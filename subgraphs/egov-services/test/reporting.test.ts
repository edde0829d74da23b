import { Client } from 'pg';
import { measureKeyOf } from '@par/sample-data';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';

const TAX = '00000000-0000-4000-8000-0000000000b1';
const DEPT = '00000000-0000-4000-8000-0000000000b2';

let sg: TestSubgraph;
let db: Client;
let editor: string;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO unit_ref (code, parent_code, level) VALUES ('35', NULL, 'PROVINCE')`);
  await db.query(`INSERT INTO agency_ref (id, kind, parent_id, unit_code) VALUES ($1, 'CENTRAL_BRANCH', NULL, '35'), ($2, 'DEPARTMENT', NULL, '35')`, [TAX, DEPT]);
  await db.query(`INSERT INTO procedure_ref (code, sector, level, processing_days, agency_id) VALUES ('2.000001', 'Đầu tư', 'PROVINCE', 10, $1), ('2.000002', 'Đầu tư', 'PROVINCE', 10, $1)`, [DEPT]);
  editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const counts = async () =>
  (
    await db.query(`SELECT (SELECT count(*) FROM sector_statistic)::int AS sector, (SELECT count(*) FROM document_exchange)::int AS docs,
                           (SELECT count(*) FROM online_service_level)::int AS levels, (SELECT count(*) FROM audit_log)::int AS audits`)
  ).rows[0];

const MEASURE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on EgovIndicator { code measurement(year: 2019) { value numerator denominator } } } }`;
const measure = async (code: string) => (await sg.request(MEASURE, { reps: [{ __typename: 'EgovIndicator', code, ...measureKeyOf(code) }] })).data._entities[0].measurement;

test('a sector statistic is recorded, replaced, and measured', async () => {
  const q = `mutation($input: SectorStatisticInput!) { recordSectorStatistic(input: $input) { indicator year numerator denominator rate } }`;
  expect(await measure('TAX_PAID_ONLINE')).toBeNull();
  const before = await counts();
  const first = await sg.request(q, { input: { indicator: 'TAX_PAID_ONLINE', year: 2019, reportingAgencyId: TAX, numerator: 300, denominator: 400 } }, editor);
  expect(first.errors).toBeUndefined();
  expect(first.data.recordSectorStatistic).toEqual({ indicator: 'TAX_PAID_ONLINE', year: 2019, numerator: 300, denominator: 400, rate: 75 });
  await sg.request(q, { input: { indicator: 'TAX_PAID_ONLINE', year: 2019, reportingAgencyId: TAX, numerator: 360, denominator: 400 } }, editor);
  expect(await measure('TAX_PAID_ONLINE')).toEqual({ value: 90, numerator: 360, denominator: 400 });
  const after = await counts();
  expect(after.sector - before.sector).toBe(1);
  expect(after.audits - before.audits).toBe(2);

  const bad = await sg.request(q, { input: { indicator: 'TAX_PAID_ONLINE', year: 2019, reportingAgencyId: TAX, numerator: 500, denominator: 400 } }, editor);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'numerator' });
  const unknown = await sg.request(q, { input: { indicator: 'TAX_PAID_ONLINE', year: 2019, reportingAgencyId: '00000000-0000-4000-8000-00000000ffff', numerator: 1, denominator: 2 } }, editor);
  expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportingAgencyId' });
  const scoped = await sg.request(q, { input: { indicator: 'TAX_PAID_ONLINE', year: 2019, reportingAgencyId: TAX, numerator: 1, denominator: 2 } }, await tokenFor({ roles: ['editor'], subgraph: 'egov-services', agency: DEPT }));
  expect(scoped.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(await counts()).toEqual(after);
});

test('document counts feed the electronic-document targets; a month must be its first day', async () => {
  const q = `mutation($input: DocumentExchangeInput!) { recordDocumentExchange(input: $input) { month electronic paper } }`;
  for (const [confidential, electronic, paper] of [[false, 95, 5], [true, 0, 3]] as const) {
    const res = await sg.request(q, { input: { agencyId: DEPT, month: '2019-03-01', direction: 'TO_PPC', confidential, electronic, paper } }, editor);
    expect(res.errors).toBeUndefined();
  }
  // Confidential documents are outside the PPC target's count.
  expect(await measure('DOCS_TO_PPC_ELECTRONIC')).toEqual({ value: 95, numerator: 95, denominator: 100 });
  const before = await counts();
  const bad = await sg.request(q, { input: { agencyId: DEPT, month: '2019-03-15', direction: 'TO_PPC', confidential: false, electronic: 1, paper: 1 } }, editor);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  const negative = await sg.request(q, { input: { agencyId: DEPT, month: '2019-04-01', direction: 'INTERAGENCY', confidential: false, electronic: -1, paper: 1 } }, editor);
  expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'electronic' });
  expect(await counts()).toEqual(before);
});

test('online service levels build a history; the level 3–4 share is measured on 31 December', async () => {
  const q = `mutation($input: OnlineServiceLevelInput!) { setOnlineServiceLevel(input: $input) { code onlineService { level fullyOnline launchedOn levelHistory { level since } } } }`;
  const set = (procedureCode: string, level: number, since: string, fullyOnline = false) => sg.request(q, { input: { procedureCode, level, since, fullyOnline } }, editor);
  expect((await set('2.000001', 2, '2017-05-02')).errors).toBeUndefined();
  const up = await set('2.000001', 4, '2019-06-03', true);
  expect(up.data.setOnlineServiceLevel.onlineService).toEqual({
    level: 4,
    fullyOnline: true,
    launchedOn: '2017-05-02',
    levelHistory: [{ level: 2, since: '2017-05-02' }, { level: 4, since: '2019-06-03' }],
  });
  await set('2.000002', 2, '2018-01-02');
  await set('2.000002', 3, '2020-01-02');
  // On 31 Dec 2019: one at level 4, one at level 2.
  expect(await measure('ONLINE_SERVICES_LEVEL_3_4')).toEqual({ value: 50, numerator: 1, denominator: 2 });
  const before = await counts();
  const five = await set('2.000001', 5, '2020-01-02');
  expect(five.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
  const early = await set('2.000001', 3, '2016-01-04');
  expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
  const unknown = await set('9.999999', 3, '2020-01-02');
  expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'procedureCode' });
  expect(await counts()).toEqual(before);
});
