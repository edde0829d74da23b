import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { startGateway, type RunningGateway } from '@par/gateway';
import { Kind, parse, print, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { databaseNameOf, databaseUrl, dropDatabase, envPrefix, REPO_ROOT, SUBGRAPHS as ALL } from '@par/platform';
import { postGraphQL, testEnv, testServerUrl, tokenFor, uniquePrefix } from '@par/platform/testing';
import { composeSupergraph, subgraphSdlsFromCode } from '@par/tooling/compose';
import { DEPT_HEALTH, HOSPITAL, insertAgencies, withClient } from './fixtures';

/**
 * The contract's public-finance parts as users meet them: institutions and public-finance as
 * separate processes behind a real gateway, with a supergraph composed from the code of all four
 * subgraphs (not the committed file, which may lag behind the code being tested).
 */
const SUBGRAPHS = ['institutions', 'public-finance'] as const;
const prefix = uniquePrefix();
const env = testEnv(prefix);
const children: ChildProcess[] = [];
let gateway: RunningGateway;
let supergraphPath: string;
let apiSchema: GraphQLSchema;

function startProcess(name: string): Promise<number> {
  const child = fork(path.join(REPO_ROOT, 'scripts/run.js'), [path.join(REPO_ROOT, 'subgraphs', name, 'src/main.ts')], {
    env: { ...env, [`${envPrefix(name)}_PORT`]: '0' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', (m: { type?: string; port?: number }) => (m?.type === 'ready' ? resolve(m.port!) : undefined));
    child.once('exit', (code) => reject(new Error(`${name} exited during start (code ${code})`)));
  });
}

const dbOf = (name: string) => databaseUrl(testServerUrl(), databaseNameOf(name, prefix));

beforeAll(async () => {
  // All four SDLs: institutions declares indicator types that the other subgraphs own. Only the two
  // processes above serve; the plans of these operations never reach the others.
  const [ports, sdls] = await Promise.all([Promise.all(SUBGRAPHS.map(startProcess)), subgraphSdlsFromCode(ALL)]);
  const composed = composeSupergraph(sdls);
  expect(composed.errors).toEqual([]);
  apiSchema = composeServices(sdls.map(({ name, sdl }) => ({ name, url: 'http://localhost/graphql', typeDefs: parse(sdl) }))).schema!.toAPISchema().toGraphQLJSSchema();
  supergraphPath = path.join(os.tmpdir(), `${prefix}supergraph.graphql`);
  fs.writeFileSync(supergraphPath, composed.supergraphSdl!);
  gateway = await startGateway({
    port: 0,
    env: { ...env, SUPERGRAPH_PATH: supergraphPath, SUBGRAPH_TIMEOUT_MS: '5000', ...Object.fromEntries(SUBGRAPHS.map((s, i) => [`${envPrefix(s)}_URL`, `http://127.0.0.1:${ports[i]}/graphql`])) },
  });
  await withClient(dbOf('institutions'), async (c) => {
    await c.query(`INSERT INTO agency (id, code, name, kind, unit_code) VALUES ($1, 'H35.20', 'Sở Y tế tỉnh Hà Nam', 'DEPARTMENT', '35'), ($2, 'H35.20.01', 'Bệnh viện Đa khoa tỉnh Hà Nam', 'PUBLIC_SERVICE_UNIT', '35')`, [DEPT_HEALTH, HOSPITAL]);
    await c.query('UPDATE agency SET parent_id = $1 WHERE id = $2', [DEPT_HEALTH, HOSPITAL]);
  });
  await withClient(dbOf('public-finance'), async (c) => {
    await insertAgencies(c);
    await c.query(`INSERT INTO budget_line (id, agency_id, fiscal_year, category, stage, amount) VALUES
      (gen_random_uuid(), $1, 2019, 'RECURRENT', 'ESTIMATE', 9007199254740993), (gen_random_uuid(), $1, 2019, 'RECURRENT', 'SETTLEMENT', 9007199254740000),
      (gen_random_uuid(), $1, 2019, 'REVENUE', 'ESTIMATE', 5000000000), (gen_random_uuid(), $1, 2019, 'INVESTMENT', 'ESTIMATE', 7)`, [HOSPITAL]);
    await c.query(`INSERT INTO par_funding (id, agency_id, fiscal_year, plan_area, task, source, planned, allocated, spent)
      VALUES (gen_random_uuid(), $1, 2019, 6, 'Phần mềm quản lý bệnh viện', 'NON_BUDGET', 300000000, 250000000, 200000000)`, [HOSPITAL]);
    await c.query(`INSERT INTO autonomy_assessment (agency_id, fiscal_year, revenue, recurrent_spending) VALUES ($1, 2019, 8500, 10000)`, [HOSPITAL]);
  });
}, 60_000);

afterAll(async () => {
  await gateway?.close().catch(() => undefined);
  await Promise.all(children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', () => resolve()), c.kill('SIGTERM'))))));
  await Promise.all(SUBGRAPHS.map((s) => dropDatabase(testServerUrl(), databaseNameOf(s, prefix)).catch(() => undefined)));
  if (supergraphPath) fs.rmSync(supergraphPath, { force: true });
});

test('AgencyProfile: budget and autonomy of an agency come from public-finance beside its institutions fields', async () => {
  const q = `query AgencyProfile($id: ID!, $year: Int!) { agency(id: $id) { id name kind parent { id name }
    budget(year: $year) { estimate settlement parAllocated parSpent }
    autonomy(year: $year) { group selfFinancingRate } } }`;
  const analyst = await tokenFor({ roles: ['analyst'] });
  const unit = await postGraphQL(gateway.url, q, { id: HOSPITAL, year: 2019 }, analyst);
  expect(unit.errors).toBeUndefined();
  expect(unit.data.agency).toEqual({
    id: HOSPITAL, name: 'Bệnh viện Đa khoa tỉnh Hà Nam', kind: 'PUBLIC_SERVICE_UNIT', parent: { id: DEPT_HEALTH, name: 'Sở Y tế tỉnh Hà Nam' },
    budget: { estimate: '9007199254741000', settlement: '9007199254740000', parAllocated: '250000000', parSpent: '200000000' },
    autonomy: { group: 'GROUP_3', selfFinancingRate: 85 },
  });
  const department = await postGraphQL(gateway.url, q, { id: DEPT_HEALTH, year: 2019 }, analyst);
  expect(department.errors).toBeUndefined();
  expect(department.data.agency).toMatchObject({ name: 'Sở Y tế tỉnh Hà Nam', budget: null, autonomy: null });
});

// A malformed Money variable is refused by the subgraph with HTTP 400, which the gateway's data source
// reports as INTERNAL_SERVER_ERROR; that is the gateway's to fix (see the report), so it is not asserted here.
test('RecordBudgetSettlement through the gateway, agency name from institutions, and its bad input', async () => {
  const m = print(contractOperation('RecordBudgetSettlement'));
  const editor = await tokenFor({ roles: ['editor'], subgraph: 'public-finance', agency: DEPT_HEALTH });
  const ok = await postGraphQL(gateway.url, m, { input: { agencyId: HOSPITAL, year: 2019, category: 'INVESTMENT', amount: '9007199254740993' } }, editor);
  expect(ok.errors).toBeUndefined();
  expect(ok.data.recordBudgetSettlement).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), year: 2019, category: 'INVESTMENT', amount: '9007199254740993', agency: { id: HOSPITAL, name: 'Bệnh viện Đa khoa tỉnh Hà Nam' } });
  const bad = await postGraphQL(gateway.url, m, { input: { agencyId: HOSPITAL, year: 2019, category: 'REVENUE', amount: '-1' } }, editor);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
  const count = await withClient(dbOf('public-finance'), async (c) => (await c.query(`SELECT count(*)::int AS n FROM budget_line WHERE category = 'REVENUE' AND stage = 'SETTLEMENT'`)).rows[0].n);
  expect(count).toBe(0);
});

/** One named operation of the contract file that ships in the repository (packages/operations). */
function contractOperation(name: string): DocumentNode {
  const doc = parse(fs.readFileSync(require.resolve('@par/operations/operations.graphql'), 'utf8'));
  return { ...doc, definitions: doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name) };
}

test('the contract operations naming public-finance validate against the composed API schema', () => {
  for (const name of ['AgencyProfile', 'RecordBudgetSettlement']) {
    const doc = contractOperation(name);
    expect(doc.definitions).toHaveLength(1);
    expect(validate(apiSchema, doc).map((e) => e.message)).toEqual([]);
  }
});
