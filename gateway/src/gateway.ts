import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  createLogger, createTokenVerifier, dataDir, makeFormatError, requestLogPlugin, resolveVerificationKey, startHttpService,
  type Caller, type Logger, type RunningHttpService,
} from '@par/platform';
import { loadGatewayEnv, subgraphUrl, type GatewayEnv } from './config';
import { armorFor } from './limits';

/** What the gateway knows of a request: the verified caller, and what it forwards to subgraphs. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  authorization?: string;
}

/**
 * Forwards the caller's own token (every subgraph verifies it again: the network is not trusted)
 * and the request id, and bounds each subgraph call so one slow department cannot hold the answer.
 */
class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(config: { name: string; url: string; timeoutMs: number }) {
    super({
      url: config.url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(config.timeoutMs) })) as never,
    });
  }

  willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const ctx = context as Partial<GatewayContext>;
    if (ctx.authorization) request.http?.headers.set('authorization', ctx.authorization);
    if (ctx.requestId) request.http?.headers.set('x-request-id', ctx.requestId);
  }
}

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
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphSource({ name, url: subgraphUrl(env, name, url ?? urls[name]), timeoutMs: env.SUBGRAPH_TIMEOUT_MS }),
  });
  const armor = armorFor(env);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: env.ENABLE_INTROSPECTION ?? !production,
    allowBatchedHttpRequests: true,
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, requestLogPlugin<GatewayContext>(log), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  const verify = createTokenVerifier({
    key: await resolveVerificationKey(env, dataDir(env.HUB_DATA_DIR)),
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  });
  const http = await startHttpService<GatewayContext>({
    name: 'gateway',
    port: opts.port ?? env.GATEWAY_PORT,
    host: env.HOST,
    log,
    apollo,
    maxBodyBytes: env.MAX_BODY_BYTES,
    maxBatch: env.MAX_BATCH,
    context: async (req: IncomingMessage, requestId: string) => ({
      requestId,
      caller: await verify(req.headers.authorization),
      authorization: req.headers.authorization,
    }),
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
  return { ...http, env };
}
