import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, SUBGRAPHS } from '@par/platform';
import { loadGatewayEnv, subgraphUrl } from '@par/gateway/src/config';

/**
 * deploy/router/router.yaml is for Apollo Router, which is not run here (no binary): it must parse,
 * bound operations exactly as the gateway does by default (the gateway's own configuration schema
 * is the source of the numbers), pass on what the subgraphs read from a request, and check tokens
 * as the services do.
 */
const config = parse(fs.readFileSync(path.join(REPO_ROOT, 'deploy/router/router.yaml'), 'utf8'));
const gateway = loadGatewayEnv({});
const supergraph = fs.readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8');

/** A router duration ("30s", "1500ms", "2m") in milliseconds. */
function ms(duration: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(String(duration));
  if (!m) throw new Error(`not a duration: ${duration}`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000 }[m[2] as 'ms' | 's' | 'm'];
}

test("operation limits are the gateway's", () => {
  expect(config.limits).toEqual({
    max_depth: gateway.MAX_DEPTH,
    max_aliases: gateway.MAX_ALIASES,
    parser_max_tokens: gateway.MAX_TOKENS,
    http_max_request_bytes: gateway.MAX_BODY_BYTES,
  });
  expect(config.demand_control).toEqual({
    enabled: true,
    mode: 'enforce',
    strategy: { static_estimated: { max: gateway.MAX_COST, list_size: gateway.MAX_PAGE_SIZE } },
  });
  expect(config.batching).toEqual({ enabled: true, mode: 'batch_http_link', maximum_size: gateway.MAX_BATCH });
});

test("timeouts are the gateway's: the whole operation, and every subgraph call alike", () => {
  expect(ms(config.traffic_shaping.router.timeout)).toBe(gateway.EXECUTION_TIMEOUT_MS);
  expect(ms(config.traffic_shaping.all.timeout)).toBe(gateway.SUBGRAPH_TIMEOUT_MS);
  for (const [name, sub] of Object.entries<{ timeout?: string }>(config.traffic_shaping.subgraphs ?? {})) {
    expect({ name, timeout: ms(sub.timeout ?? config.traffic_shaping.all.timeout) }).toEqual({ name, timeout: gateway.SUBGRAPH_TIMEOUT_MS });
  }
});

test('the token, the request id and the idempotency key reach every subgraph', () => {
  const propagated = config.headers.all.request.map((r: { propagate: { named: string } }) => r.propagate.named);
  expect(propagated.sort()).toEqual(['authorization', 'idempotency-key', 'x-request-id']);
});

test("tokens are checked against the issuer's key set with the services' issuer, audience and algorithms", () => {
  const jwt = config.authentication.router.jwt;
  expect({ header: jwt.header_name, prefix: jwt.header_value_prefix }).toEqual({ header: 'authorization', prefix: 'Bearer' });
  expect(jwt.jwks).toEqual([
    {
      url: '${env.JWT_JWKS_URL}',
      issuers: [`\${env.JWT_ISSUER:-${gateway.JWT_ISSUER}}`],
      audiences: [`\${env.JWT_AUDIENCE:-${gateway.JWT_AUDIENCE}}`],
      algorithms: ['ES256', 'RS256'],
    },
  ]);
  // Anonymous callers keep the public part of the graph, as at the gateway.
  expect(config.authorization.require_authentication).toBe(false);
});

test('every subgraph of the supergraph is reached through the same variable as the gateway uses', () => {
  const graphs = [...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => ({ name, url }));
  expect(graphs.map((g) => g.name).sort()).toEqual([...SUBGRAPHS].sort());
  expect(Object.keys(config.override_subgraph_url).sort()).toEqual([...SUBGRAPHS].sort());
  for (const { name, url } of graphs) {
    const m = /^\$\{env\.([A-Z_]+):-(.+)\}$/.exec(config.override_subgraph_url[name]);
    expect({ name, default: m?.[2] }).toEqual({ name, default: url });
    // The gateway takes this subgraph's URL from the same variable.
    const probe = 'http://probe.invalid:1/graphql';
    expect({ name, url: subgraphUrl(loadGatewayEnv({ [m![1]]: probe }), name, url) }).toEqual({ name, url: probe });
  }
  expect(config.supergraph).toEqual({ listen: `0.0.0.0:\${env.GATEWAY_PORT:-${gateway.GATEWAY_PORT}}`, path: '/graphql', introspection: false });
});
