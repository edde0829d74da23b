import { tokenFor } from '@par/platform/testing';
import { startProbeHub, type ProbeHub } from './support/probe-hub';

/** /metrics on the gateway and on a subgraph, after real operations went through both. */
let hub: ProbeHub;
let token: string;
beforeAll(async () => {
  // Subgraph fetches are counted here: with the response cache on, the repeats would (rightly) not fetch.
  hub = await startProbeHub({ GATEWAY_CACHE: 'off' });
  token = await tokenFor({ roles: ['analyst'] });
});
afterAll(() => hub?.stop());

async function post(body: Record<string, unknown>) {
  const res = await fetch(`${hub.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

async function metrics(origin: string): Promise<string> {
  const res = await fetch(`${origin}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of the sample of `name` whose labels include all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)\{(.*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const has = Object.entries(labels).every(([k, v]) => m[2].includes(`${k}="${v}"`));
    if (has) return Number(m[3]);
  }
  return undefined;
}

test('operations are counted and timed by name, subgraph fetches by subgraph, errors by code', async () => {
  for (let i = 0; i < 3; i++) {
    const ok = await post({ query: 'query ProbeCount { probeRows(total: 5, first: 2) { totalCount } }', operationName: 'ProbeCount' });
    expect(ok.errors).toBeUndefined();
  }
  const bad = await post({ query: 'query ProbeBroken { nothingHere }', operationName: 'ProbeBroken' });
  expect(bad.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

  const gateway = await metrics(hub.origin);
  expect(sample(gateway, 'par_graphql_requests_total', { service: 'gateway', operation: 'ProbeCount', outcome: 'ok' })).toBe(3);
  expect(sample(gateway, 'par_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'ProbeCount' })).toBe(3);
  expect(sample(gateway, 'par_graphql_errors_total', { operation: 'ProbeBroken', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
  expect(sample(gateway, 'par_subgraph_fetch_duration_seconds_count', { subgraph: 'institutions', outcome: 'ok' })).toBe(3);
  expect(gateway).toMatch(/^par_process_resident_memory_bytes\{service="gateway"\} \d+/m);

  const subgraph = await metrics(hub.subgraph.url.replace(/\/graphql$/, ''));
  // The gateway names the subgraph's part of the plan after the client's operation.
  expect(sample(subgraph, 'par_graphql_requests_total', { service: 'institutions', operation: 'ProbeCount__institutions__0', outcome: 'ok' })).toBe(3);
  expect(sample(subgraph, 'par_db_pool_connections', { state: 'max' })).toBe(10);
  expect(sample(subgraph, 'par_db_pool_connections', { state: 'used' })).toBe(0);
  expect(sample(subgraph, 'par_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(1);
});

test('client-chosen operation names cannot blow up the label set', async () => {
  await post({ query: 'query Odd { probeRows(total: 1, first: 1) { totalCount } }', operationName: 'Odd' });
  const res = await fetch(`${hub.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `query ${'X'.repeat(80)} { probeRows(total: 1, first: 1) { totalCount } }` }),
  });
  expect(res.status).toBe(200);
  const text = await metrics(hub.origin);
  expect(text).not.toContain('X'.repeat(80));
  expect(sample(text, 'par_graphql_requests_total', { operation: 'other' })).toBe(1);
});
