import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { AddressInfo, Socket } from 'node:net';
import { SUBGRAPHS, subgraphUrlEnv } from '@par/platform';
import { postGraphQL, testEnv, testPort, tokenFor, uniquePrefix } from '@par/platform/testing';
import { startGateway, type RunningGateway } from '@par/gateway';
import { loadGatewayEnv } from '@par/gateway/src/config';

/**
 * A write the gateway sent but got no answer for may have been applied: the caller is told its
 * outcome is unknown and how to learn it, never that "fields are missing"; a write that could not
 * even be sent is said not to have been applied; and the gateway never gives up on a write sooner
 * than the subgraph's own database would.
 */
const FUNDING = `mutation($i: ParFundingInput!) { recordParFunding(input: $i) { task } }`;
const input = { i: { agencyId: '00000000-0000-4000-8000-000000000001', year: 2030, area: 1, task: 'Thử', source: 'STATE_BUDGET', planned: '1', allocated: '1', spent: '0' } };

let stalled: http.Server;
let hangUp: http.Server;
let stalledUrl: string;
let hangUpUrl: string;
const sockets = new Set<Socket>();
let token: string;
const gateways: RunningGateway[] = [];

const listen = async (server: http.Server) => {
  server.on('connection', (s) => sockets.add(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
};

async function gatewayWithFinanceAt(url: string, env: NodeJS.ProcessEnv = {}) {
  const closed = `http://127.0.0.1:${await testPort()}/graphql`;
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), s === 'public-finance' ? url : closed]));
  const g = await startGateway({ env: { ...testEnv(uniquePrefix()), ...urls, SUBGRAPH_TIMEOUT_MS: '300', DATABASE_STATEMENT_TIMEOUT_MS: '500', MUTATION_TIMEOUT_MS: '1500', ...env }, port: 0 });
  gateways.push(g);
  return g;
}

beforeAll(async () => {
  token = await tokenFor({ roles: ['admin'] });
  stalled = http.createServer(() => undefined);
  hangUp = http.createServer((req) => req.socket.destroy());
  stalledUrl = await listen(stalled);
  hangUpUrl = await listen(hangUp);
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  for (const s of sockets) s.destroy();
  await Promise.all([stalled, hangUp].map((s) => new Promise((r) => s.close(r))));
});

test('a mutation the subgraph does not answer in MUTATION_TIMEOUT_MS is OUTCOME_UNKNOWN, after waiting longer than a read would', async () => {
  const gateway = await gatewayWithFinanceAt(stalledUrl);
  const started = Date.now();
  const r = await postGraphQL(gateway.url, FUNDING, input, token, { 'idempotency-key': 'timeout-test-0001' });
  const waited = Date.now() - started;
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', serviceName: 'public-finance', reason: 'TIMEOUT' });
  expect(r.errors![0].message).toMatch(/may or may not have been applied.*same Idempotency-Key/);
  expect(r.errors![0].message).not.toMatch(/missing/);
  // Not the 300 ms of a read: the 1 500 ms of a write, above the subgraph's 500 ms statement timeout.
  expect(waited).toBeGreaterThanOrEqual(1400);
});

test('the per-call limit holds while the heap is collected: a timer only a combined signal held was collected and the write outwaited it (nodejs/node#57736)', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const gateway = await gatewayWithFinanceAt(stalledUrl, { EXECUTION_TIMEOUT_MS: '20000' });
  const collecting = setInterval(gc, 25);
  try {
    const r = await postGraphQL(gateway.url, FUNDING, input, token, { 'idempotency-key': 'timeout-gc-0001' });
    // The subgraph call's own limit answered (naming the subgraph), not the operation's 20 s deadline.
    expect(r.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', serviceName: 'public-finance', reason: 'TIMEOUT' });
  } finally {
    clearInterval(collecting);
  }
}, 60_000);

test('a connection lost after the mutation was sent is OUTCOME_UNKNOWN; one refused before sending is SERVICE_UNAVAILABLE, not applied', async () => {
  const lost = await postGraphQL((await gatewayWithFinanceAt(hangUpUrl)).url, FUNDING, input, token);
  expect(lost.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', serviceName: 'public-finance', reason: 'CONNECTION_LOST' });

  const refused = await postGraphQL((await gatewayWithFinanceAt(`http://127.0.0.1:${await testPort()}/graphql`)).url, FUNDING, input, token);
  expect(refused.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'public-finance', reason: 'UNREACHABLE' });
  expect(refused.errors![0].message).toMatch(/not applied/);
});

test('the whole-operation limit does not cut a mutation short either: past MUTATION_TIMEOUT_MS it is OUTCOME_UNKNOWN', async () => {
  const gateway = await gatewayWithFinanceAt(stalledUrl, { EXECUTION_TIMEOUT_MS: '200', MUTATION_TIMEOUT_MS: '5000' });
  const started = Date.now();
  const r = await postGraphQL(gateway.url, FUNDING, input, token);
  expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
  expect(r.errors![0].extensions?.code).toBe('OUTCOME_UNKNOWN');
}, 20_000);

test('a gateway configured to give up on writes before the subgraphs do is refused at start, naming the variable', () => {
  expect(() => loadGatewayEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '20000', MUTATION_TIMEOUT_MS: '10000' })).toThrow(/MUTATION_TIMEOUT_MS: must be longer than DATABASE_STATEMENT_TIMEOUT_MS/);
  expect(loadGatewayEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '20000' }).MUTATION_TIMEOUT_MS).toBeGreaterThan(20_000);
});
