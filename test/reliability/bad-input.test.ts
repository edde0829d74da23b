import { Client } from 'pg';
import { databaseNameOf, databaseUrl, SUBGRAPHS, type SubgraphName } from '@par/platform';
import { postGraphQL, testServerUrl, tokenFor } from '@par/platform/testing';
import { startTestHub, type TestHub } from '../support/hub';
import { BAD_INPUT_CASES, type BadCase, type Fixtures, type Who } from './support/bad-input-corpus';

/**
 * The bad-input corpus through the gateway, then idempotent retries of creating mutations: every
 * refused request gets a coded 4xx-class GraphQL error (never a 500, never INTERNAL_SERVER_ERROR),
 * and no row of any subgraph changes.
 */
const REFUSALS = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'NOT_FOUND',
  'PAYLOAD_TOO_LARGE', 'OPERATION_RESOLUTION_FAILURE',
]);

let hub: TestHub;
let fx: Fixtures;
const tokens = {} as Record<Who, string | undefined>;
const dbs = {} as Record<SubgraphName, Client>;

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of SUBGRAPHS) {
    const { rows: tables } = await dbs[s].query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    const sql = tables.map(({ t }) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
    for (const r of (await dbs[s].query<{ t: string; n: number }>(sql)).rows) out[`${s}.${r.t}`] = r.n;
  }
  return out;
}
const one = async <T>(s: SubgraphName, sql: string): Promise<T> => (await dbs[s].query(sql)).rows[0] as T;

beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01 });
  for (const s of SUBGRAPHS) {
    dbs[s] = new Client({ connectionString: databaseUrl(testServerUrl(), databaseNameOf(s, hub.prefix)) });
    await dbs[s].connect();
  }
  Object.assign(tokens, {
    anonymous: undefined,
    analyst: await tokenFor({ roles: ['analyst'] }),
    admin: await tokenFor({ roles: ['admin'] }),
    'editor:institutions': await tokenFor({ roles: ['editor'], subgraph: 'institutions' }),
    expired: await tokenFor({ roles: ['admin'], expiresIn: -120 }),
    garbage: 'eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJhZG1pbiJdfQ.',
  });
  const dept = await one<{ id: string }>('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 1`);
  const commune = await one<{ id: string }>('institutions', `SELECT id FROM agency WHERE kind = 'COMMUNE_PEOPLES_COMMITTEE' ORDER BY code LIMIT 1`);
  const proc = await one<{ code: string; version: number; sector_code: string }>('institutions', `SELECT code, version, sector_code FROM administrative_procedure ORDER BY code LIMIT 1`);
  const cs = await one<{ id: string; version: number }>('civil-servants', `SELECT id, version FROM civil_servant WHERE left_on IS NULL ORDER BY id LIMIT 1`);
  const left = await one<{ id: string }>('civil-servants', `SELECT id FROM civil_servant WHERE left_on IS NOT NULL ORDER BY id LIMIT 1`);
  const course = await one<{ id: string }>('civil-servants', `SELECT id FROM training_course ORDER BY id LIMIT 1`);
  const dossier = await one<{ id: string }>('egov-services', `SELECT id FROM dossier WHERE status = 'RESOLVED' ORDER BY id LIMIT 1`);
  const egovProc = await one<{ code: string }>('egov-services', `SELECT code FROM procedure_ref ORDER BY code LIMIT 1`);
  fx = {
    department: dept.id, commune: commune.id, procedureCode: proc.code, procedureVersion: proc.version, sectorCode: proc.sector_code,
    civilServant: cs.id, civilServantVersion: cs.version, leftCivilServant: left?.id ?? cs.id, course: course.id, resolvedDossier: dossier.id,
    egovProcedure: egovProc.code, financeAgency: dept.id, unsettledYear: 2031,
  };
}, 180_000);
afterAll(async () => {
  for (const c of Object.values(dbs)) await c.end();
  await hub?.stop();
});

interface Answer {
  status: number;
  errors?: Array<{ message: string; extensions?: { code?: string; serviceName?: string } }>;
  text: string;
}

async function send(c: BadCase): Promise<Answer> {
  const token = tokens[c.who];
  const headers: Record<string, string> = { 'content-type': c.raw?.contentType ?? 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const method = c.raw?.method ?? 'POST';
  if (method === 'GET') headers['apollo-require-preflight'] = 'true';
  const body = c.raw ? c.raw.body : JSON.stringify({ query: c.query, variables: c.variables?.(fx) ?? {} });
  const res = await fetch(hub.gatewayUrl + (c.raw?.search ?? ''), { method, headers, body: method === 'GET' ? undefined : body });
  const text = await res.text();
  let errors: Answer['errors'];
  try {
    const parsed = JSON.parse(text);
    errors = Array.isArray(parsed) ? parsed.flatMap((p) => p.errors ?? []) : parsed.errors;
  } catch {
    errors = undefined;
  }
  return { status: res.status, errors, text };
}

describe('bad-input corpus', () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    before = await rowCounts();
  });

  test(`has at least 100 cases (${BAD_INPUT_CASES.length})`, () => expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(100));

  test.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const a = await send(c);
    const summary = `${a.status} ${a.text.slice(0, 300)}`;
    expect({ status: a.status < 500, summary }).toEqual({ status: true, summary });
    expect(a.errors?.length ? summary : `no errors: ${summary}`).toBe(summary);
    const accepted = new Set(c.codes ?? REFUSALS);
    for (const e of a.errors!) expect(accepted.has(e.extensions?.code ?? '') ? 'coded refusal' : summary).toBe('coded refusal');
  });

  test('no row of any subgraph changed', async () => {
    expect(await rowCounts()).toEqual(before);
  });
});

describe('idempotency keys through the gateway', () => {
  const SETTLE = `mutation($i: BudgetSettlementInput!) { recordBudgetSettlement(input: $i) { id amount stage version } }`;
  const ESTIMATE = `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id } }`;
  const line = (amount: string) => ({ i: { agencyId: fx.financeAgency, year: fx.unsettledYear, category: 'RECURRENT', amount } });
  const keyed = (query: string, variables: Record<string, unknown>, key: string) => postGraphQL(hub.gatewayUrl, query, variables, tokens.admin, { 'idempotency-key': key });
  const audits = async (s: SubgraphName, op: string) => (await one<{ n: number }>(s, `SELECT count(*)::int AS n FROM audit_log WHERE operation = '${op}'`)).n;

  test('a retried recordBudgetSettlement returns the first answer and settles once', async () => {
    expect((await postGraphQL(hub.gatewayUrl, ESTIMATE, line('5000000'), tokens.admin)).errors).toBeUndefined();
    const lines = async () => (await one<{ n: number }>('public-finance', `SELECT count(*)::int AS n FROM budget_line WHERE fiscal_year = ${fx.unsettledYear}`)).n;
    const auditBefore = await audits('public-finance', 'recordBudgetSettlement');

    const first = await keyed(SETTLE, line('4800000'), 'settle-2031-recurrent-0001');
    expect(first.errors).toBeUndefined();
    expect(first.data.recordBudgetSettlement).toMatchObject({ amount: '4800000', stage: 'SETTLEMENT', version: 1 });
    const retry = await keyed(SETTLE, line('4800000'), 'settle-2031-recurrent-0001');
    expect(retry).toEqual(first);
    expect(await lines()).toBe(2);
    expect(await audits('public-finance', 'recordBudgetSettlement')).toBe(auditBefore + 1);

    // The same key for other arguments is a mistake of the client, not a retry.
    const reused = await keyed(SETTLE, line('4900000'), 'settle-2031-recurrent-0001');
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    // Without a key, a repeated settlement is refused by the domain rule (recorded once).
    const unkeyed = await postGraphQL(hub.gatewayUrl, SETTLE, line('4800000'), tokens.admin);
    expect(unkeyed.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await lines()).toBe(2);
  });

  test('concurrent retries of one recordParAssessment write it once', async () => {
    const PAR = `mutation($i: ParAssessmentInput!) { recordParAssessment(input: $i) { agency { id name } year score } }`;
    const vars = { i: { agencyId: fx.department, year: 2015, selfScore: 81.5, appraisedScore: 79.25, surveyScore: 70 } };
    const auditBefore = await audits('institutions', 'recordParAssessment');
    const answers = await Promise.all(Array.from({ length: 6 }, () => keyed(PAR, vars, 'par-2015-dept-retry-01')));
    const ok = answers.filter((a) => !a.errors);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of ok) expect(a.data).toEqual(ok[0].data);
    // A retry racing the first attempt is told to come back, never allowed to write again.
    for (const a of answers.filter((x) => x.errors)) expect(a.errors![0].extensions?.code).toBe('CONFLICT');
    expect(await audits('institutions', 'recordParAssessment')).toBe(auditBefore + 1);
    const again = await keyed(PAR, vars, 'par-2015-dept-retry-01');
    expect(again.data).toEqual(ok[0].data);
    expect(await audits('institutions', 'recordParAssessment')).toBe(auditBefore + 1);
  });

  test('a retried createAdministrativeProcedure answers as the first time instead of "already exists"', async () => {
    const CREATE = `mutation($i: CreateProcedureInput!) { createAdministrativeProcedure(input: $i) { code name fee issuedOn level version sector } }`;
    const vars = { i: { code: 'RETRY.0001', name: 'Thủ tục thử lại', sectorCode: fx.sectorCode, level: 'COMMUNE', processingDays: 3, fee: '25000', interconnected: true, issuedOn: '2021-03-01' } };
    const first = await keyed(CREATE, vars, 'create-retry-0001-abc');
    expect(first.errors).toBeUndefined();
    expect(first.data.createAdministrativeProcedure).toMatchObject({ code: 'RETRY.0001', fee: '25000', issuedOn: '2021-03-01', version: 1 });
    expect(await keyed(CREATE, vars, 'create-retry-0001-abc')).toEqual(first);
    expect(await audits('institutions', 'createAdministrativeProcedure')).toBe(1);
  });

  test('a retried receiveDossier receives one dossier', async () => {
    const RECEIVE = `mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { id status } }`;
    const { rows } = await dbs['egov-services'].query(`SELECT p.code, p.agency_id AS agency FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id ORDER BY p.code LIMIT 1`);
    const vars = { i: { procedureCode: rows[0].code, agencyId: rows[0].agency, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Lê Văn Thử' } };
    const count = async () => (await one<{ n: number }>('egov-services', `SELECT count(*)::int AS n FROM dossier`)).n;
    const before = await count();
    const first = await keyed(RECEIVE, vars, 'receive-dossier-retry-01');
    expect(first.errors).toBeUndefined();
    expect(await keyed(RECEIVE, vars, 'receive-dossier-retry-01')).toEqual(first);
    expect(await count()).toBe(before + 1);
  });

  test('a retried recordTrainingCompletion returns the first answer instead of CONFLICT', async () => {
    const RECORD = `mutation($i: TrainingCompletionInput!) { recordTrainingCompletion(input: $i) { id completedOn } }`;
    const { rows } = await dbs['civil-servants'].query(
      `SELECT p.id AS person, c.id AS course, to_char(greatest(c.ends_on, p.hired_on), 'YYYY-MM-DD') AS day FROM civil_servant p CROSS JOIN training_course c
        WHERE p.left_on IS NULL AND c.ends_on >= p.hired_on AND c.ends_on <= current_date
          AND NOT EXISTS (SELECT 1 FROM training_completion t WHERE t.civil_servant_id = p.id AND t.course_id = c.id)
        ORDER BY p.id, c.id LIMIT 1`,
    );
    const vars = { i: { civilServantId: rows[0].person, courseId: rows[0].course, completedOn: rows[0].day } };
    const first = await keyed(RECORD, vars, 'training-retry-0001');
    expect(first.errors).toBeUndefined();
    expect(await keyed(RECORD, vars, 'training-retry-0001')).toEqual(first);
    expect((await postGraphQL(hub.gatewayUrl, RECORD, vars, tokens.admin)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await audits('civil-servants', 'recordTrainingCompletion')).toBe(1);
  });

  test('a malformed key is refused before anything is written', async () => {
    const r = await keyed(SETTLE, line('1'), 'bad key with spaces');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
  });
});
