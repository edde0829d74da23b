import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';

export type Route = (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void> | void;

export interface Readiness {
  ok: boolean;
  details?: Record<string, unknown>;
}

export interface HttpServiceOptions<C extends BaseContext> {
  name: string;
  port: number;
  host?: string;
  log: Logger;
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage, requestId: string) => Promise<C>;
  readiness: () => Promise<Readiness>;
  maxBodyBytes: number;
  /** Most operations accepted in one batched (array) request; 1 refuses batching. */
  maxBatch?: number;
  /** Extra routes by exact path (`/metrics`, `/export.csv`, …). */
  routes?: Record<string, Route>;
  /**
   * Names every request itself: a caller's `x-request-id` would otherwise land in the audit log
   * as ours. The gateway keeps a client's as `clientRequestId`; subgraphs, which anyone on their
   * network can call, keep the incoming one (the gateway's) as `gatewayRequestId`, for logs only
   * (see `clientRequestId()`).
   */
  generateRequestIds?: boolean;
  /** Wraps each GraphQL request (subgraphs: the request's read route to replicas or the primary). */
  aroundRequest?: <T>(run: () => Promise<T>) => Promise<T>;
}

export interface RunningHttpService {
  port: number;
  url: string;
  /** Stops accepting, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The id a client sent in `x-request-id`, when well-formed; never used as the request's own id by the gateway. */
export function clientRequestId(req: IncomingMessage): string | undefined {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : undefined;
}

export class BodyTooLargeError extends Error {}
/** Bytes that are not UTF-8 would be replaced silently (U+FFFD) and searched for; refuse them instead. */
export class InvalidEncodingError extends Error {}
const utf8 = new TextDecoder('utf-8', { fatal: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(utf8.decode(Buffer.concat(chunks)));
      } catch {
        reject(new InvalidEncodingError());
      }
    });
    req.on('error', reject);
  });
}

/**
 * A NUL character in any string of the request, or a GraphQL escape producing one in the document;
 * also a lone UTF-16 surrogate (a JSON `\ud800` escape), which is no character at all.
 */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || /\\u(?:0000|\{0+\})/i.test(value) || LONE_SURROGATE.test(value);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * A plain node:http server in front of Apollo Server 5: `/graphql`, `/healthz` (the process is
 * up), `/readyz` (its dependencies answer), plus extra routes. Apollo's own integration layer is
 * this small, and owning it lets us bound bodies and carry the request id end to end.
 */
export async function startHttpService<C extends BaseContext>(opts: HttpServiceOptions<C>): Promise<RunningHttpService> {
  await opts.apollo.start();
  let closing: Promise<void> | null = null;
  const server = http.createServer(async (req, res) => {
    // While shutting down, a kept-alive connection must not outlive the answer it is carrying.
    if (closing) res.setHeader('connection', 'close');
    const requestId = (!opts.generateRequestIds && clientRequestId(req)) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const fromClient = opts.generateRequestIds ? clientRequestId(req) : undefined;
    if (fromClient) res.setHeader('x-client-request-id', fromClient);
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok', service: opts.name });
      if (url.pathname === '/readyz') {
        const r = await opts.readiness();
        return sendJson(res, r.ok ? 200 : 503, { status: r.ok ? 'ready' : 'unavailable', service: opts.name, ...r.details });
      }
      const route = opts.routes?.[url.pathname];
      if (route) return await route(req, res, requestId);
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      await (opts.aroundRequest ?? ((run) => run()))(() => handleGraphQL(req, res, url, requestId));
    } catch (err) {
      if (err instanceof InvalidEncodingError) {
        return sendJson(res, 400, graphqlError('The request body is not valid UTF-8', 'BAD_REQUEST'));
      }
      if (err instanceof BodyTooLargeError) {
        return sendJson(res, 413, graphqlError(`Request body exceeds ${opts.maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE'), { connection: 'close' });
      }
      opts.log.error({ err, requestId }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, graphqlError('Unexpected error; it has been logged', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req, opts.maxBodyBytes);
      const type = headers.get('content-type') ?? '';
      if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          return sendJson(res, 400, graphqlError('The request body is not valid JSON', 'BAD_REQUEST'));
        }
      } else {
        body = text;
      }
      if (Array.isArray(body) && body.length > (opts.maxBatch ?? 1)) {
        return sendJson(res, 400, graphqlError(`At most ${opts.maxBatch ?? 1} operations per batch`, 'BAD_REQUEST'));
      }
    }
    // PostgreSQL text cannot hold NUL: refused here as bad input rather than failing deep in SQL as a 500.
    if (hasNul(body) || url.search.includes('%00')) {
      return sendJson(res, 400, graphqlError('Text must not contain NUL (\\u0000) characters or lone UTF-16 surrogates', 'BAD_USER_INPUT'));
    }
    const result = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
      context: () => opts.context(req, requestId),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          // Connections finishing a request in flight turn idle later; close them as they do.
          const sweep = setInterval(() => server.closeIdleConnections(), 100);
          server.close(() => {
            clearInterval(sweep);
            resolve();
          });
          server.closeIdleConnections();
        });
        await opts.apollo.stop();
      })();
      return closing;
    },
  };
}
