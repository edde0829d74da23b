import { Redis } from 'ioredis';
import { SUBGRAPHS, subgraphUrlEnv } from '@par/platform';
import { startGateway, type RunningGateway } from '@par/gateway';
import type { TestHub } from '../support/hub';

/** Redis as on this machine and in CI; REDIS_URL overrides. */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Answer<T = any> {
  status: number;
  cache: string | null;
  data: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** One operation through a gateway, with the `x-cache` header it answered with. */
export async function ask<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: Answer['errors'] };
  return { status: res.status, cache: res.headers.get('x-cache'), data: body.data, errors: body.errors };
}

/**
 * GraphQL requests each subgraph process has answered so far, from its own `/metrics`: what the
 * subgraph saw, not what the gateway believes it sent.
 */
export async function subgraphRequests(hub: TestHub): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const s of SUBGRAPHS) {
    const text = await (await fetch(hub.subgraphUrls[s].replace(/\/graphql$/, '/metrics'))).text();
    counts[s] = [...text.matchAll(/^par_graphql_requests_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
  }
  return counts;
}

export const delta = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]).filter(([, n]) => n !== 0));

/** Another gateway in front of the same subgraphs (another instance, or other cache settings). */
export function extraGateway(hub: TestHub, env: NodeJS.ProcessEnv): Promise<RunningGateway> {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), hub.subgraphUrls[s]]));
  return startGateway({ env: { ...hub.env, ...urls, SUBGRAPH_TIMEOUT_MS: '5000', ...env }, port: 0 });
}

export const redisClient = () => new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
