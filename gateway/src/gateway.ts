import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import {
  createLogger, createMetrics, createTokenVerifier, dataDir, makeFormatError, requestLogPlugin, resolveVerificationKey, startHttpService,
  type Caller, type Logger, type RunningHttpService, type ServiceMetrics,
} from '@par/platform';
import { createGatewayCache, type GatewayCache } from './cache';
import { loadGatewayEnv, subgraphUrl, type GatewayEnv } from './config';
import { exportRoute, namedOperationsFrom } from './export';
import { graphiqlCacheDir, graphiqlRoutes, tabsFrom } from './graphiql';
import { armorFor } from './limits';
import { loadManifest, persistedOperationsPlugin } from './security/persisted';
import { executionSignal, withExecutionTimeout } from './security/timeout';

/** What the gateway knows of a request: the verified caller, and what it forwards to subgraphs. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  authorization?: string;
  /** The client's `Idempotency-Key`, forwarded to the subgraphs a mutation writes to. */
  idempotencyKey?: string;
}

const isMutation = (query: string | undefined) => !!query && /^\s*mutation\b/.test(query);
const isMutationBody = (body: unknown) => {
  try {
    return typeof body === 'string' && isMutation((JSON.parse(body) as { query?: string }).query);
  } catch {
    return false;
  }
};

/**
 * A subgraph that cannot be reached (down, restarting, slower than SUBGRAPH_TIMEOUT_MS) answers as
 * if it had said so itself: one SERVICE_UNAVAILABLE error per field it was asked for, so the gateway
 * places each at the caller's path (`agency.budget`), names the subgraph (`extensions.serviceName`)
 * and returns whatever the other subgraphs answered, rather than failing the whole request.
 */
function unavailableResponse(name: string, timeoutMs: number, err: unknown, options: GraphQLDataSourceProcessOptions<GatewayContext>) {
  const timedOut = (err as Error)?.name === 'TimeoutError' || /timeout|aborted/i.test(String((err as Error)?.message));
  const { message, extensions } = isMutation(options.request.query) ? mutationFailure(name, timeoutMs, timedOut, err) : {
    message: timedOut
      ? `Subgraph "${name}" did not answer within ${timeoutMs} ms; its fields are missing from this answer`
      : `Subgraph "${name}" is unavailable; its fields are missing from this answer`,
    extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: name, reason: timedOut ? 'TIMEOUT' : 'UNREACHABLE' },
  };
  const paths: Array<Array<string | number>> = [];
  const document = (options as { document?: DocumentNode }).document ?? (options.request.query ? parse(options.request.query) : undefined);
  const root = document?.definitions.find((d) => d.kind === 'OperationDefinition');
  const fieldsOf = (set: SelectionSetNode | undefined): string[] =>
    (set?.selections ?? []).flatMap((s) => (s.kind === 'Field' ? [s.alias?.value ?? s.name.value] : s.kind === 'InlineFragment' ? fieldsOf(s.selectionSet) : []));
  for (const top of root && root.kind === 'OperationDefinition' ? root.selectionSet.selections : []) {
    if (top.kind !== 'Field') continue;
    const key = top.alias?.value ?? top.name.value;
    if (top.name.value === '_entities') {
      // Entity fetches: the gateway maps `_entities.<i>.<field>` back to where representation i came from.
      const count = Math.min((options.request.variables?.representations as unknown[] | undefined)?.length ?? 0, 100);
      for (let i = 0; i < count; i++) for (const f of fieldsOf(top.selectionSet)) if (f !== '__typename') paths.push([key, i, f]);
    } else {
      paths.push([key]);
    }
  }
  const errors = (paths.length ? paths : [undefined]).map((path) => ({ message, path, extensions }));
  return { errors } as unknown as Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
}

/** The connection was refused: the request never reached the subgraph, so nothing was written. */
function neverSent(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; i++, e = e.cause as typeof e) {
    if (e.code === 'ECONNREFUSED') return true;
  }
  return false;
}

/**
 * A write that was sent but not answered may have been applied; saying its fields are "missing"
 * would invite a blind retry. The caller is told the outcome is unknown and how to learn it.
 */
function mutationFailure(name: string, timeoutMs: number, timedOut: boolean, err: unknown) {
  if (!timedOut && neverSent(err)) {
    return { message: `Subgraph "${name}" is unavailable; the mutation was not applied, retry it later`, extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: name, reason: 'UNREACHABLE' } };
  }
  const what = timedOut ? `did not answer the mutation within ${timeoutMs} ms` : 'lost the connection before answering the mutation';
  return {
    message: `Subgraph "${name}" ${what}; it may or may not have been applied. Retry with the same Idempotency-Key to learn its outcome`,
    extensions: { code: 'OUTCOME_UNKNOWN', serviceName: name, reason: timedOut ? 'TIMEOUT' : 'CONNECTION_LOST' },
  };
}

/**
 * A subgraph answers 4xx with a GraphQL body when it refuses the request itself: a variable failing
 * its scalar (a malformed Money, a bad Date), its own operation limits, or a token it will not accept.
 * That body is the caller's answer, with its code and field; passed on as a normal response it
 * reaches the caller instead of looking like an unavailable subgraph.
 */
async function passGraphQLErrors(res: Response): Promise<Response> {
  if (res.status < 400 || res.status >= 500 || !res.headers.get('content-type')?.includes('json')) return res;
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (Array.isArray(body.errors) && body.errors.length) return new Response(text, { status: 200, headers: res.headers });
  } catch {
    /* not a GraphQL body: leave it an HTTP error */
  }
  return new Response(text, { status: res.status, headers: res.headers });
}

/**
 * Forwards the caller's own token (every subgraph verifies it again: the network is not trusted)
 * and the request id, and bounds each subgraph call so one slow department cannot hold the answer.
 */
class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly source: { name: string; url: string; timeoutMs: number; mutationTimeoutMs: number; metrics?: ServiceMetrics; cache: GatewayCache }) {
    const config = source;
    super({
      url: config.url,
      // Bounded per subgraph call (a write longer than a read), and cancelled when the whole operation runs out of time.
      fetcher: config.cache.fetcher(config.name, (input: string, init: RequestInit) => {
        const operation = executionSignal();
        const signal = AbortSignal.timeout(isMutationBody(init.body) ? config.mutationTimeoutMs : config.timeoutMs);
        return fetch(input, { ...init, signal: operation ? AbortSignal.any([signal, operation]) : signal }).then(passGraphQLErrors);
      }) as never,
    });
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = performance.now();
    let outcome: 'ok' | 'error' = 'error';
    try {
      const { context, request } = options;
      const call = { context, caller: context.caller, subgraph: this.source.name, mutation: isMutation(request.query), fields: ['mutation through the gateway'] };
      const response = await this.source.cache.around(call, () => super.process(options));
      if (!response.errors?.length) outcome = 'ok';
      return response;
    } catch (err) {
      // The whole operation ran out of time: that error is the caller's answer, not this subgraph's.
      if (executionSignal()?.aborted) throw err;
      const timeoutMs = isMutation(options.request.query) ? this.source.mutationTimeoutMs : this.source.timeoutMs;
      return unavailableResponse(this.source.name, timeoutMs, err, options);
    } finally {
      this.source.metrics?.observeSubgraphFetch(this.source.name, (performance.now() - started) / 1000, outcome);
    }
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    if (ctx.authorization) request.http?.headers.set('authorization', ctx.authorization);
    if (ctx.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
    // A retried write carries its key to the subgraph that owns the record (see idempotency in the platform).
    if (ctx.idempotencyKey && isMutation(request.query)) request.http?.headers.set('idempotency-key', ctx.idempotencyKey);
  }
}

/**
 * A document with several operations and no `operationName` resolves to none; the gateway's
 * executor would then throw (a 500). It is the caller's request that is incomplete: say so, as 400.
 */
const requireResolvedOperation: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (!operation) {
          throw new GraphQLError('Must provide operationName when the document holds several operations (or one that matches operationName)', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      },
    };
  },
};

export interface RunningGateway extends RunningHttpService {
  env: GatewayEnv;
}

function supergraphUrls(sdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const m of sdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[m[1]] = m[2];
  return urls;
}

export async function startGateway(opts: { env?: NodeJS.ProcessEnv; port?: number; log?: Logger } = {}): Promise<RunningGateway> {
  const env = loadGatewayEnv(opts.env ?? process.env);
  const log = opts.log ?? createLogger('gateway', env.LOG_LEVEL);
  const production = env.NODE_ENV === 'production';
  const supergraphSdl = fs.readFileSync(env.SUPERGRAPH_PATH, 'utf8');
  const urls = supergraphUrls(supergraphSdl);
  const metrics = createMetrics('gateway');
  const cache = createGatewayCache(env, Object.keys(urls), log, metrics.registry);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphSource({ name, url: subgraphUrl(env, name, url ?? urls[name]), timeoutMs: env.SUBGRAPH_TIMEOUT_MS, mutationTimeoutMs: env.MUTATION_TIMEOUT_MS, metrics, cache }),
  });
  const armor = armorFor(env);
  const persisted = persistedOperationsPlugin(loadManifest(env.PERSISTED_OPERATIONS_MANIFEST, env.PERSISTED_OPERATIONS), env.PERSISTED_OPERATIONS, env.MAX_TOKENS);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: withExecutionTimeout(gateway, env.EXECUTION_TIMEOUT_MS, Math.max(env.EXECUTION_TIMEOUT_MS, env.MUTATION_TIMEOUT_MS)),
    // Apollo's automatic persisted queries would register any text a client sends; ours only serve the manifest.
    persistedQueries: false,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: env.ENABLE_INTROSPECTION ?? !production,
    allowBatchedHttpRequests: true,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    plugins: [requireResolvedOperation, persisted, ...armor.plugins, requestLogPlugin<GatewayContext>(log), metrics.plugin<GatewayContext>(), ...cache.plugins, ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  const verify = createTokenVerifier({
    key: await resolveVerificationKey(env, dataDir(env.HUB_DATA_DIR)),
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  });
  const context = async (req: IncomingMessage, requestId: string): Promise<GatewayContext> => ({
    requestId,
    caller: await verify(req.headers.authorization),
    authorization: req.headers.authorization,
    idempotencyKey: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined,
  });
  const operationsFile = require.resolve('@par/operations/operations.graphql');
  const http = await startHttpService<GatewayContext>({
    name: 'gateway',
    port: opts.port ?? env.GATEWAY_PORT,
    host: env.HOST,
    log,
    apollo,
    maxBodyBytes: env.MAX_BODY_BYTES,
    maxBatch: env.MAX_BATCH,
    routes: {
      '/metrics': metrics.route,
      '/export.csv': exportRoute({
        execute: async (request, req, requestId) => {
          const res = await apollo.executeOperation(request, { contextValue: await context(req, requestId) });
          return res.body.kind === 'single' ? res.body.singleResult : { errors: [{ message: 'incremental delivery cannot be exported' }] };
        },
        namedOperations: namedOperationsFrom(operationsFile),
        maxBodyBytes: env.MAX_BODY_BYTES,
        maxRows: env.EXPORT_MAX_ROWS,
        log,
      }),
      ...((env.ENABLE_GRAPHIQL ?? !production)
        ? graphiqlRoutes({ endpoint: '/graphql', tabs: tabsFrom(operationsFile, path.join(path.dirname(operationsFile), 'examples.json')), cacheDir: graphiqlCacheDir(dataDir(env.HUB_DATA_DIR)), log })
        : {}),
    },
    context,
    readiness: async () => {
      const checks = await Promise.all(
        Object.keys(urls).map(async (name) => {
          const url = subgraphUrl(env, name, urls[name]).replace(/\/graphql$/, '/readyz');
          const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
          return [name, ok ? 'ready' : 'unreachable'] as const;
        }),
      );
      return { ok: checks.every(([, s]) => s === 'ready'), details: { subgraphs: Object.fromEntries(checks) } };
    },
  });
  log.info({ url: http.url }, 'gateway ready');
  return { ...http, env, close: () => http.close().finally(() => cache.close()) };
}
