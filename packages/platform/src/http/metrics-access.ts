import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson, type Route } from './server';

export interface MetricsAccess {
  production: boolean;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
  token?: string;
  /** When set, `/metrics` is served only on this port (bind it to a network the scraper is on). */
  port?: number;
  host?: string;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * `/metrics` names every operation, subgraph and error rate: in production it is for the scraper
 * only, behind a token or on a port of its own; with neither configured it is not served at all.
 * In development it stays open on the service port, as before.
 */
export function guardMetrics(route: Route, access: MetricsAccess): Route | undefined {
  if (access.port !== undefined) return undefined;
  if (access.token) return withToken(route, access.token);
  return access.production ? undefined : route;
}

function withToken(route: Route, token: string): Route {
  return (req, res, requestId) => {
    if (!sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      return sendJson(res, 401, { errors: [{ message: '/metrics needs the metrics token', extensions: { code: 'UNAUTHENTICATED' } }] }, { 'www-authenticate': 'Bearer' });
    }
    return route(req, res, requestId);
  };
}

/** Serves `/metrics` alone on `access.port`; resolves to a closer. */
export async function startMetricsServer(route: Route, access: MetricsAccess & { port: number }): Promise<{ port: number; close(): Promise<void> }> {
  const guarded = access.token ? withToken(route, access.token) : route;
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return sendJson(res, 404, { error: 'not found' });
    void Promise.resolve(guarded(req, res, 'metrics')).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(access.port, access.host ?? '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
