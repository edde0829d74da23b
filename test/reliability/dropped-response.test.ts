import net from 'node:net';
import type { SubgraphName } from '@par/platform';
import { postGraphQL, tokenFor } from '@par/platform/testing';
import { startContractHub, type ContractHub } from '../contract/support';

/**
 * A write goes through, its answer is lost on the way back (the client's connection drops as the
 * answer starts), and the client retries with the same Idempotency-Key: it gets the answer it
 * missed, and there is one new row, for every creating mutation.
 */
let hub: ContractHub;
let admin: string;

beforeAll(async () => {
  hub = await startContractHub({ scale: 0.01 });
  admin = await tokenFor({ roles: ['admin'], sub: 'dropped-response-admin' });
}, 180_000);
afterAll(() => hub?.close());

/** Sends the request over a raw socket and hangs up at the first byte of the answer. */
function sendAndDrop(query: string, variables: Record<string, unknown>, key: string): Promise<void> {
  const url = new URL(hub.gatewayUrl);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(
        `POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\nauthorization: Bearer ${admin}\r\n` +
          `idempotency-key: ${key}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    socket.once('data', () => (socket.destroy(), resolve()));
    socket.once('error', reject);
    socket.once('close', () => resolve());
  });
}

interface Case {
  subgraph: SubgraphName;
  /** Rows of this table count the writes. */
  table: string;
  query: string;
  variables(): Promise<Record<string, unknown>>;
}

const one = async (s: SubgraphName, sql: string) => (await hub.sql(s, sql))[0];

const CASES: Record<string, Case> = {
  hireCivilServant: {
    subgraph: 'civil-servants',
    table: 'civil_servant',
    query: `mutation($i: HireCivilServantInput!) { hireCivilServant(input: $i) { id fullName version } }`,
    async variables() {
      const { agency_id } = await one('civil-servants', `SELECT agency_id FROM civil_servant WHERE category = 'CIVIL_SERVANT' ORDER BY id LIMIT 1`);
      return { i: { fullName: 'Lê Thị Mất Phản Hồi', gender: 'FEMALE', dateOfBirth: '1992-02-02', nationalIdNumber: '035192777001', category: 'CIVIL_SERVANT', agencyId: agency_id, qualification: 'BACHELOR', hiredOn: '2021-06-01' } };
    },
  },
  recordAppointment: {
    subgraph: 'civil-servants',
    table: 'appointment',
    query: `mutation($i: AppointmentInput!) { recordAppointment(input: $i) { id kind post appointedOn } }`,
    async variables() {
      const { id, day } = await one('civil-servants', `SELECT id, to_char(greatest(hired_on, date '2022-01-10'), 'YYYY-MM-DD') AS day FROM civil_servant WHERE left_on IS NULL ORDER BY id LIMIT 1`);
      return { i: { civilServantId: id, kind: 'POST', post: 'Phó Trưởng phòng', appointedOn: day, metStandards: true } };
    },
  },
  recordTrainingCompletion: {
    subgraph: 'civil-servants',
    table: 'training_completion',
    query: `mutation($i: TrainingCompletionInput!) { recordTrainingCompletion(input: $i) { id completedOn } }`,
    async variables() {
      const r = await one('civil-servants', `SELECT cs.id AS person, co.id AS course, to_char(greatest(co.ends_on, cs.hired_on), 'YYYY-MM-DD') AS day
        FROM civil_servant cs CROSS JOIN training_course co
       WHERE cs.left_on IS NULL AND co.ends_on <= current_date
         AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
       ORDER BY cs.id DESC, co.id LIMIT 1`);
      return { i: { civilServantId: r.person, courseId: r.course, completedOn: r.day } };
    },
  },
  receiveDossier: {
    subgraph: 'egov-services',
    table: 'dossier',
    query: `mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { id status } }`,
    async variables() {
      const p = await one('egov-services', `SELECT p.code, p.agency_id FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id ORDER BY p.code LIMIT 1`);
      return { i: { procedureCode: p.code, agencyId: p.agency_id, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Phạm Văn Gửi Lại', applicantIdNumber: '035190777002' } };
    },
  },
  requestSupplement: {
    subgraph: 'egov-services',
    table: 'supplement_request',
    // The answer is the dossier (its id is not the request's): the count of requests is the check.
    query: `mutation($i: RequestSupplementInput!) { requestSupplement(input: $i) { status dueAt } }`,
    async variables() {
      const { id } = await one('egov-services', `SELECT id FROM dossier WHERE status IN ('RECEIVED', 'IN_PROGRESS') ORDER BY received_at DESC, id LIMIT 1`);
      return { i: { dossierId: id, reason: 'Bổ sung bản sao giấy tờ (mất phản hồi)' } };
    },
  },
  setCalendarDay: {
    subgraph: 'egov-services',
    table: 'calendar_day',
    query: `mutation($i: SetCalendarDayInput!) { setCalendarDay(input: $i) { day kind reason } }`,
    async variables() {
      return { i: { day: '2031-03-12', kind: 'DAY_OFF', reason: 'Nghỉ bù (mất phản hồi)' } };
    },
  },
  createAdministrativeProcedure: {
    subgraph: 'institutions',
    table: 'administrative_procedure',
    query: `mutation($i: CreateProcedureInput!) { createAdministrativeProcedure(input: $i) { code version } }`,
    async variables() {
      const { code } = await one('institutions', 'SELECT code FROM procedure_sector ORDER BY code LIMIT 1');
      return { i: { code: 'DROP.0001', name: 'Thủ tục mất phản hồi', sectorCode: code, level: 'COMMUNE', processingDays: 5, fee: '0', interconnected: false, issuedOn: '2021-04-01' } };
    },
  },
  recordBudgetEstimate: {
    subgraph: 'public-finance',
    table: 'budget_line',
    query: `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id version amount } }`,
    async variables() {
      const { id } = await one('public-finance', 'SELECT id FROM agency_ref ORDER BY code LIMIT 1');
      return { i: { agencyId: id, year: 2033, category: 'RECURRENT', amount: '7700000' } };
    },
  },
  recordParFunding: {
    subgraph: 'public-finance',
    table: 'par_funding',
    query: `mutation($i: ParFundingInput!) { recordParFunding(input: $i) { task version } }`,
    async variables() {
      const { id } = await one('public-finance', 'SELECT id FROM agency_ref ORDER BY code LIMIT 1');
      return { i: { agencyId: id, year: 2033, area: 2, task: 'Số hoá hồ sơ lưu trữ', source: 'STATE_BUDGET', planned: '900000', allocated: '800000', spent: '100000' } };
    },
  },
};

test.each(Object.entries(CASES))('%s: a dropped answer, then a retry with the same key, writes one row', async (name, c) => {
  const variables = await c.variables();
  const count = async () => Number((await one(c.subgraph, `SELECT count(*) AS n FROM ${c.table}`)).n);
  const before = await count();
  const key = `dropped-${name}-0001`;
  await sendAndDrop(c.query, variables, key);
  const deadline = Date.now() + 10_000;
  while ((await count()) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(await count()).toBe(before + 1);

  const retry = await postGraphQL(hub.gatewayUrl, c.query, variables, admin, { 'idempotency-key': key });
  expect(retry.errors).toBeUndefined();
  expect(retry.data[name]).toBeTruthy();
  expect(await postGraphQL(hub.gatewayUrl, c.query, variables, admin, { 'idempotency-key': key })).toEqual(retry);
  expect(await count()).toBe(before + 1);
  const id = retry.data[name].id;
  if (id) expect((await hub.sql(c.subgraph, `SELECT count(*)::int AS n FROM ${c.table} WHERE id = $1`, [id]))[0].n).toBe(1);
});

test('two mutation fields under one key are refused with BAD_USER_INPUT, and nothing is written', async () => {
  const c = CASES.recordParFunding;
  const { i } = await c.variables();
  const before = Number((await one('public-finance', 'SELECT count(*) AS n FROM par_funding')).n);
  const r = await postGraphQL(
    hub.gatewayUrl,
    `mutation($a: ParFundingInput!, $b: ParFundingInput!) { a: recordParFunding(input: $a) { task } b: recordParFunding(input: $b) { task } }`,
    { a: { ...(i as object), year: 2034 }, b: { ...(i as object), year: 2035 } },
    admin,
    { 'idempotency-key': 'two-fields-one-key' },
  );
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
  expect(Number((await one('public-finance', 'SELECT count(*) AS n FROM par_funding')).n)).toBe(before);
});

test('two mutation fields of two subgraphs under one key are refused by the gateway before either runs', async () => {
  const hire = await CASES.hireCivilServant.variables();
  const funding = await CASES.recordParFunding.variables();
  const count = async (c: Case) => Number((await one(c.subgraph, `SELECT count(*) AS n FROM ${c.table}`)).n);
  const before = [await count(CASES.hireCivilServant), await count(CASES.recordParFunding)];
  const r = await postGraphQL(
    hub.gatewayUrl,
    `mutation($h: HireCivilServantInput!, $f: ParFundingInput!) { hireCivilServant(input: $h) { id } ...Funding }
     fragment Funding on Mutation { recordParFunding(input: $f) { task } }`,
    { h: { ...(hire.i as object), nationalIdNumber: '035192777009' }, f: { ...(funding.i as object), year: 2036 } },
    admin,
    { 'idempotency-key': 'two-subgraphs-one-key' },
  );
  expect(r.status).toBe(400);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
  expect([await count(CASES.hireCivilServant), await count(CASES.recordParFunding)]).toEqual(before);
});
