import { tokenFor } from '@par/platform/testing';
import {
  AgencyProfileDocument, ParScorecardDocument, ProcedureCatalogueDocument, operationNameOf, persistedRequestBody, requestBody,
  type ProcedureCatalogueQuery, type ResultOf, type VariablesOf,
} from '@par/operations';
import { SUBGRAPHS } from '@par/platform';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * The tools on the whole hub (four subgraph processes, seeded, and a real gateway): the generated
 * typed documents, persisted requests built from them, CSV export of a contract operation, and
 * /metrics on every service after a query.
 */
let hub: TestHub;
let token: string;
let origin: string;
beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01 });
  token = await tokenFor({ roles: ['analyst'] });
  origin = hub.gatewayUrl.replace(/\/graphql$/, '');
}, 180_000);
afterAll(() => hub?.stop());

async function post<T>(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const res = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as object) };
}

async function allProcedures(): Promise<Array<ProcedureCatalogueQuery['administrativeProcedures']['edges'][number]['node']>> {
  const nodes = [];
  let after: string | null | undefined = null;
  for (;;) {
    const variables: VariablesOf<typeof ProcedureCatalogueDocument> = { first: 100, after, year: 2020 };
    const page = await post<ResultOf<typeof ProcedureCatalogueDocument>>(requestBody(ProcedureCatalogueDocument, variables));
    expect(page.errors).toBeUndefined();
    const conn = page.data!.administrativeProcedures;
    nodes.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) return nodes;
    after = conn.pageInfo.endCursor;
  }
}

test('a typed contract document runs through the gateway, plain and as a persisted operation', async () => {
  expect(operationNameOf(ParScorecardDocument)).toBe('ParScorecard');
  const plain = await post<ResultOf<typeof ParScorecardDocument>>(requestBody(ParScorecardDocument, { plan: '851/QĐ-UBND', year: 2020 }));
  expect(plain.errors).toBeUndefined();
  expect(plain.data!.reformPlan!.targets.length).toBeGreaterThan(10);
  // Only the hash: the gateway finds the text in its manifest of the project's operations.
  const persisted = await post<ResultOf<typeof ParScorecardDocument>>(await persistedRequestBody(ParScorecardDocument, { plan: '851/QĐ-UBND', year: 2020 }));
  expect(persisted.errors).toBeUndefined();
  expect(persisted.data).toEqual(plain.data);
});

test('GET /export.csv?operationName=ProcedureCatalogue exports every procedure of the catalogue', async () => {
  const expected = await allProcedures();
  expect(expected.length).toBeGreaterThan(100);
  const variables = encodeURIComponent(JSON.stringify({ first: 100, year: 2020 }));
  const res = await fetch(`${origin}/export.csv?operationName=ProcedureCatalogue&variables=${variables}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('code,name,sector,level,processingDays,publiclyDisclosed,implementingAgency.id,implementingAgency.name,onlineService.level,onlineService.fullyOnline,dossierStats.received,dossierStats.onTimeRate,dossierStats.onlineRate');
  expect(lines.at(-1)).toBe('');
  const rows = lines.slice(1, -1);
  expect(rows.length).toBe(expected.length);
  // Same order as the connection's pages, first column the procedure code.
  expect(rows.map((r) => r.split(',')[0])).toEqual(expected.map((p) => p.code));
  // Vietnamese names survive as UTF-8.
  const withName = expected.find((p) => /[ăâđêôơư]/i.test(p.name))!;
  expect(bytes.toString('utf8')).toContain(withName.name.includes(',') || withName.name.includes('"') ? `"${withName.name.replace(/"/g, '""')}"` : withName.name);
});

test('/metrics on the gateway and every subgraph shows the operation that went through', async () => {
  const list = await post<{ agencies: { edges: Array<{ node: { id: string } }> } }>({ query: '{ agencies(first: 1, filter: { kind: DEPARTMENT }) { edges { node { id } } } }' });
  const id = list.data!.agencies.edges[0].node.id;
  const res = await post<ResultOf<typeof AgencyProfileDocument>>(requestBody(AgencyProfileDocument, { id, year: 2020 }));
  expect(res.errors).toBeUndefined();
  expect(res.data!.agency!.id).toBe(id);
  const gateway = await (await fetch(`${origin}/metrics`)).text();
  expect(gateway).toMatch(/par_graphql_requests_total\{[^}]*operation="AgencyProfile"[^}]*outcome="ok"[^}]*\} 1\n/);
  for (const name of SUBGRAPHS) expect(gateway).toMatch(new RegExp(`par_subgraph_fetch_duration_seconds_count\\{[^}]*subgraph="${name}"[^}]*\\} [1-9]`));
  for (const name of SUBGRAPHS) {
    const text = await (await fetch(hub.subgraphUrls[name].replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/par_graphql_requests_total\{[^}]*operation="AgencyProfile__/);
    expect(text).toMatch(new RegExp(`par_db_pool_connections\\{state="max",service="${name}"\\} \\d+`));
  }
});

test('an export the caller may not read is refused with the code, not sent as an empty file', async () => {
  const res = await fetch(`${origin}/export.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operationName: 'CivilServantSearch', variables: { first: 50, year: 2020 } }),
  });
  const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
  expect([401, 403]).toContain(res.status);
  expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(body.errors[0].extensions.code);
});
