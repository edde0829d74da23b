import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MigrationObject, Options, MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { resolveVerificationKey } from './auth/keys';
import { createTokenVerifier } from './auth/verify';
import { LoaderRegistry, type HubContext } from './context';
import { databaseUrl, waitForServer } from './db/databases';
import { initOrm } from './db/orm';
import { primaryForMutationsPlugin, replicaStatus, withReadRouting } from './db/replicas';
import { prepareSubgraphDatabase, type SubgraphDatabaseAccess } from './db/roles';
import { baseEnvSchema, ConfigError, databaseNameOf, parseEnv, servicePort, type BaseEnv, type SubgraphName } from './env';
import { makeFormatError } from './errors';
import { cacheHintPlugins } from './cache/cache-hints';
import { redisTarget, writeAnnouncer } from './cache/write-events';
import { buildFederatedSchema, type ReferenceResolvers } from './graphql/federation';
import { requestLogPlugin } from './http/apollo-plugins';
import { createMetrics, ormPoolStats } from './http/metrics';
import { statementCounterFromEnv } from './http/statement-counter';
import { subgraphOperationLimits } from './http/operation-limits';
import { clientRequestId, startHttpService, type RunningHttpService } from './http/server';
import { guardMetrics } from './http/metrics-access';
import { createLogger, type Logger } from './logger';
import { dataDir } from './paths';
import { runSeed, type SeedFn } from './seed';
import type { SubgraphRollups } from './rollups';

/** Everything a subgraph declares about itself; the platform does the rest. */
export interface SubgraphDefinition {
  name: SubgraphName;
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  /** Fills the database with sample data (DESIGN §8); must replace, never mix, existing data. */
  seed?: SeedFn;
  /** Whether the database holds no data yet, so that `npm start` seeds it once. */
  isEmpty?: (em: EntityManager) => Promise<boolean>;
  /** Summary tables kept with the facts, rebuilt by `npm run rollup:rebuild -- <subgraph>`. */
  rollups?: SubgraphRollups;
}

export function buildSubgraphSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: def.resolvers, orphanedTypes: def.orphanedTypes, referenceResolvers: def.referenceResolvers });
}

export interface RunningSubgraph extends RunningHttpService {
  orm: MikroORM<PostgreSqlDriver>;
  /** Its database and the roles it migrates (owner) and serves (service) as. */
  access: SubgraphDatabaseAccess;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides the configured port (0 picks a free one; tests use it). */
  port?: number;
  log?: Logger;
  onQuery?: (sql: string) => void;
}

/** The subgraph's database URL: `DATABASE_URL`'s server, database named after the subgraph. */
export function subgraphDatabaseUrl(name: string, env: BaseEnv): string {
  if (!env.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL: required for a subgraph process (`npm start` provides one from its embedded PostgreSQL)');
  }
  return databaseUrl(env.DATABASE_URL, databaseNameOf(name, env.DATABASE_NAME_PREFIX));
}

/**
 * The subgraph's database on each read replica: the replica's host and options, the database and
 * role of `serviceUrl` (a physical replica has the same databases, roles and passwords).
 */
export function subgraphReplicaUrls(serviceUrl: string, env: BaseEnv): string[] {
  const service = new URL(serviceUrl);
  return (env.DATABASE_REPLICA_URLS ?? []).map((replica) => {
    const u = new URL(replica);
    u.pathname = service.pathname;
    u.username = service.username;
    u.password = service.password;
    return u.toString();
  });
}

/** Connects, migrates, seeds when asked and empty, and serves the subgraph over HTTP. */
export async function startSubgraph(def: SubgraphDefinition, opts: StartOptions = {}): Promise<RunningSubgraph> {
  const env = parseEnv(baseEnvSchema, opts.env ?? process.env);
  const log = opts.log ?? createLogger(def.name, env.LOG_LEVEL);
  const port = opts.port ?? servicePort(def.name, opts.env ?? process.env);
  subgraphDatabaseUrl(def.name, env); // refuses a missing DATABASE_URL with a clear message
  await waitForServer(env.DATABASE_URL!);
  // Migrations run as the database's owner role, the service as its least one (db/roles.ts).
  const { applied, ...access } = await prepareSubgraphDatabase({
    serverUrl: env.DATABASE_URL!, database: databaseNameOf(def.name, env.DATABASE_NAME_PREFIX), migrations: def.migrations, entities: def.entities, log,
  });
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');
  const counter = statementCounterFromEnv(opts.env ?? process.env, env.NODE_ENV);
  const onQuery = counter && opts.onQuery ? (sql: string) => (counter.onQuery(sql), opts.onQuery!(sql)) : (counter?.onQuery ?? opts.onQuery);
  const orm = await initOrm({
    url: access.serviceUrl, entities: def.entities, migrations: def.migrations, poolMax: env.DATABASE_POOL_MAX, log, onQuery,
    replicaUrls: subgraphReplicaUrls(access.serviceUrl, env), replicaRetryMs: env.DATABASE_REPLICA_RETRY_S * 1000,
  });

  const seedWhenEmpty = env.SEED_WHEN_EMPTY ?? env.NODE_ENV === 'development';
  if (seedWhenEmpty && def.seed && def.isEmpty && (await def.isEmpty(orm.em.fork()))) {
    log.info({ scale: env.SAMPLE_SCALE }, 'database is empty: loading sample data');
    await runSeed(def.seed, { url: access.ownerUrl, scale: env.SAMPLE_SCALE, seed: env.SEED, log });
  }

  const schema = await buildSubgraphSchema(def);
  const metrics = createMetrics(def.name);
  metrics.watchPool(() => ormPoolStats(orm));
  const verify = createTokenVerifier({
    key: await resolveVerificationKey(env, dataDir(env.HUB_DATA_DIR)),
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  });
  // The network to a subgraph is not trusted: it bounds operations itself too (DESIGN §7).
  const limits = subgraphOperationLimits();
  const announcer = writeAnnouncer(redisTarget(env), log);
  const apollo = new ApolloServer<HubContext>({
    schema,
    // The gateway never sends persisted-query hashes here; anyone else on the network could fill the
    // cache with texts, and a malformed extension would surface as an internal error.
    persistedQueries: false,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    introspection: env.NODE_ENV !== 'production',
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [...limits.plugins, ...cacheHintPlugins<HubContext>({ maxAge: env.CACHE_HINT_MAX_AGE, service: def.name, announcer }), requestLogPlugin<HubContext>(log), metrics.plugin<HubContext>(), primaryForMutationsPlugin<HubContext>(), ApolloServerPluginInlineTraceDisabled()],
  });

  const context = async (req: IncomingMessage, requestId: string): Promise<HubContext> => {
    const gatewayRequestId = clientRequestId(req);
    return {
      service: def.name,
      requestId,
      gatewayRequestId,
      caller: await verify(req.headers.authorization),
      log: log.child({ requestId, ...(gatewayRequestId ? { gatewayRequestId } : {}) }),
      em: orm.em.fork(),
      loaders: new LoaderRegistry(),
      idempotencyKey: typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    };
  };

  // In production /metrics needs METRICS_TOKEN (not served without one), as on the gateway.
  const metricsRoute = guardMetrics(metrics.route, { production: env.NODE_ENV === 'production', token: env.METRICS_TOKEN });
  const http = await startHttpService<HubContext>({
    name: def.name,
    port,
    host: env.HOST,
    log,
    apollo,
    maxBodyBytes: env.MAX_BODY_BYTES,
    // The subgraph's network is not trusted either: its own ids in the audit log (issue 16).
    generateRequestIds: true,
    // Each request reads from a replica until it writes (db/replicas.ts).
    aroundRequest: withReadRouting,
    routes: { ...(metricsRoute ? { '/metrics': metricsRoute } : {}), ...counter?.routes },
    // Token problems must be coded errors, not Apollo's generic context failure.
    context: (req, id) => context(req, id),
    readiness: async () => {
      // A replica's loss is not the service's: its reads go to the primary, so readiness follows the primary alone.
      const ok = await orm.isConnected().catch(() => false);
      const replicas = replicaStatus(orm.em.getDriver());
      return { ok, details: { database: ok ? 'reachable' : 'unreachable', ...(replicas ? { replicas } : {}) } };
    },
  });
  log.info({ url: http.url }, 'subgraph ready');
  return {
    ...http,
    orm,
    access,
    async stop() {
      await http.close();
      counter?.close();
      await orm.close(true);
      await announcer.close();
    },
  };
}

/** Process entry of a subgraph: start, and on SIGTERM/SIGINT finish in-flight work and exit. */
export function runSubgraphMain(def: SubgraphDefinition): void {
  const log = createLogger(def.name, process.env.LOG_LEVEL ?? 'info');
  let running: RunningSubgraph | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    await running?.stop().catch((err) => log.error({ err }, 'shutdown failed'));
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  // The supervisor that forked us is gone (even by SIGKILL): nobody would stop or restart us.
  process.once('disconnect', () => void shutdown('supervisor gone'));
  startSubgraph(def, { log })
    .then((r) => {
      running = r;
      process.send?.({ type: 'ready', service: def.name, port: r.port });
    })
    .catch((err) => {
      if (err instanceof ConfigError) log.fatal(err.message);
      else log.fatal({ err }, 'failed to start');
      process.exit(1);
    });
}
