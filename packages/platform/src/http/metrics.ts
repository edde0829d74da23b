import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Route } from './server';

/**
 * Prometheus metrics of one service (`GET /metrics`): operations by name, their latency and error
 * codes, the gateway's subgraph fetches and a subgraph's database pool. One registry per service
 * instance, so that tests running several services in one process do not mix their numbers.
 */
export interface ServiceMetrics {
  registry: Registry;
  /** Counts and times every GraphQL operation; errors are counted by `extensions.code`. */
  plugin<C extends BaseContext>(): ApolloServerPlugin<C>;
  /** The `/metrics` route for startHttpService's `routes`. */
  route: Route;
  /** Gateway: one subgraph fetch took `seconds`. */
  observeSubgraphFetch(subgraph: string, seconds: number, outcome: 'ok' | 'error'): void;
  /** Subgraph: reports pool use whenever Prometheus scrapes. */
  watchPool(stats: () => PoolStats | undefined): void;
}

export interface PoolStats {
  used: number;
  free: number;
  pending: number;
  max: number;
}

/** Operation names come from clients: past this many distinct names, new ones count as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, prefix: 'par_' });
  const requests = new Counter({ name: 'par_graphql_requests_total', help: 'GraphQL operations handled, by operation name and outcome', labelNames: ['operation', 'type', 'outcome'], registers: [registry] });
  const latency = new Histogram({ name: 'par_graphql_request_duration_seconds', help: 'Time from request to response, by operation name', labelNames: ['operation', 'type'], buckets: LATENCY_BUCKETS, registers: [registry] });
  const errors = new Counter({ name: 'par_graphql_errors_total', help: 'GraphQL errors returned, by operation name and extensions.code', labelNames: ['operation', 'code'], registers: [registry] });
  const fetches = new Histogram({ name: 'par_subgraph_fetch_duration_seconds', help: 'Gateway fetches to a subgraph, by subgraph and outcome', labelNames: ['subgraph', 'outcome'], buckets: LATENCY_BUCKETS, registers: [registry] });
  const pools: Array<() => PoolStats | undefined> = [];
  const pool = new Gauge({
    name: 'par_db_pool_connections',
    help: 'Database pool connections by state (used, free, pending acquires, max)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const stats of pools) {
        const s = stats();
        if (!s) continue;
        this.set({ state: 'used' }, s.used);
        this.set({ state: 'free' }, s.free);
        this.set({ state: 'pending' }, s.pending);
        this.set({ state: 'max' }, s.max);
      }
    },
  });
  void pool;

  const names = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };

  return {
    registry,
    plugin<C extends BaseContext>(): ApolloServerPlugin<C> {
      return {
        async requestDidStart() {
          const started = process.hrtime.bigint();
          return {
            async willSendResponse({ operationName, operation, errors: errs, request }) {
              const op = label(operationName ?? request.operationName);
              const type = operation?.operation ?? 'unknown';
              latency.observe({ operation: op, type }, Number(process.hrtime.bigint() - started) / 1e9);
              requests.inc({ operation: op, type, outcome: errs?.length ? 'error' : 'ok' });
              for (const e of errs ?? []) errors.inc({ operation: op, code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
            },
          };
        },
      };
    },
    route: async (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET' }).end();
        return;
      }
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
    },
    observeSubgraphFetch(subgraph, seconds, outcome) {
      fetches.observe({ subgraph, outcome }, seconds);
    },
    watchPool(stats) {
      pools.push(stats);
    },
  };
}

/** Pool use of a MikroORM (knex + tarn) connection, or undefined before it connects. */
export function ormPoolStats(orm: MikroORM): PoolStats | undefined {
  const connection = orm.em.getConnection() as unknown as { getKnex?: () => { client?: { pool?: TarnPool } } };
  const p = connection.getKnex?.().client?.pool;
  if (!p) return undefined;
  return { used: p.numUsed(), free: p.numFree(), pending: p.numPendingAcquires(), max: p.max };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
