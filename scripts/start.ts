import net from 'node:net';
import path from 'node:path';
import {
  baseEnvSchema, ConfigError, createLogger, dataDir, DataFolderInUseError, DEFAULT_PORTS, ensureDevKeyPair, envPrefix, parseEnv, portSchema,
  REPO_ROOT, serviceDir, startEmbeddedPostgres, SUBGRAPHS, subgraphUrlEnv, type EmbeddedServer,
} from '@par/platform';
import { mintToken } from '@par/tooling/mint-token';
import { forkService, Supervisor, type UnitDefinition } from '@par/tooling/supervisor';

/**
 * `npm start`: the whole hub in one command. Starts the embedded PostgreSQL unless DATABASE_URL is
 * set, then the four subgraphs (each migrates and, on an empty database, loads sample data), then
 * the gateway; prints the URL and a development token; stops everything on Ctrl-C or SIGTERM.
 * Once up, a service or the embedded PostgreSQL that dies is started again (see @par/tooling/supervisor).
 */
const SERVICES = [...SUBGRAPHS, 'gateway'] as const;
const envSchema = baseEnvSchema.extend({
  EMBEDDED_PG_PORT: portSchema.default(54329),
  ...Object.fromEntries(SERVICES.map((s) => [`${envPrefix(s)}_PORT`, portSchema.default(DEFAULT_PORTS[s])])),
});

const log = createLogger('hub');
const supervisor = new Supervisor(log);
let stopping = false;

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(true));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(false)));
  });
}

function service(name: string, env: NodeJS.ProcessEnv): UnitDefinition {
  return { name, start: (abort) => forkService({ name, runner: path.join(REPO_ROOT, 'scripts/run.js'), entry: path.join(serviceDir(name), 'src/main.ts'), env, abort }) };
}

function embeddedPostgres(dir: string, preferredPort: number): UnitDefinition & { server?: EmbeddedServer } {
  const unit: UnitDefinition & { server?: EmbeddedServer } = {
    name: 'postgres',
    async start() {
      // After a crash the same port: the services hold its URL and reconnect to it on their own.
      const server = await startEmbeddedPostgres({ dir, port: unit.server?.port ?? preferredPort, strictPort: !!unit.server, log });
      unit.server = server;
      return { pid: server.pid, exited: server.exited, stop: () => server.stop() };
    },
  };
  return unit;
}

async function stop(code: number): Promise<never> {
  if (stopping) return new Promise(() => undefined) as Promise<never>;
  stopping = true;
  // The gateway first (no new requests), then the subgraphs finish theirs, then their database.
  await supervisor.stop([['gateway'], [...SUBGRAPHS], ['postgres']]);
  process.exit(code);
}

async function main() {
  const env = parseEnv(envSchema, process.env);
  const portOf = (s: string) => (env as Record<string, unknown>)[`${envPrefix(s)}_PORT`] as number;
  const ports = SERVICES.map((s) => [s, portOf(s)] as const);
  for (const [service, port] of ports) {
    if (await portTaken(port)) {
      throw new ConfigError(`${envPrefix(service)}_PORT: port ${port} is taken (is the hub already running?); set ${envPrefix(service)}_PORT to another port`);
    }
  }
  const dir = dataDir(env.HUB_DATA_DIR);
  // Production never uses (or creates) the development key pair; the services refuse it there.
  if (env.NODE_ENV !== 'production') ensureDevKeyPair(dir);
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = embeddedPostgres(path.join(dir, 'pg'), env.EMBEDDED_PG_PORT);
    await supervisor.add(pg);
    databaseUrl = pg.server!.url;
    log.info({ port: pg.server!.port, dir: path.join(dir, 'pg') }, 'embedded PostgreSQL started');
  }
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, HUB_DATA_DIR: dir };
  for (const [service, port] of ports) {
    childEnv[`${envPrefix(service)}_PORT`] = String(port);
    if (service !== 'gateway') childEnv[subgraphUrlEnv(service)] ??= `http://127.0.0.1:${port}/graphql`;
  }
  const started = Date.now();
  // Subgraphs start together (each on its own database); the gateway once they are ready.
  await Promise.all(SUBGRAPHS.map((s) => supervisor.add(service(s, childEnv))));
  await supervisor.add(service('gateway', childEnv));
  const gatewayPort = portOf('gateway');
  const token = env.NODE_ENV === 'production' ? null : await mintToken({ roles: ['leadership'], scope: 'pii:read', sub: 'dev-leadership' }, dir);
  process.stdout.write(
    [
      '',
      `PAR Data Hub is up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  gateway:  http://127.0.0.1:${gatewayPort}/graphql`,
      ...SUBGRAPHS.map((s) => `  ${s.padEnd(15)} http://127.0.0.1:${portOf(s)}/graphql`),
      ...(token ? ['', 'Development token (role leadership, scope pii:read; `npm run -s token -- --role analyst` for others):', token] : []),
      '',
      'Ctrl-C stops everything; a service or the database that dies is started again.',
      '',
    ].join('\n'),
  );
}

process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));
process.once('SIGHUP', () => void stop(0));
process.once('uncaughtException', (err) => {
  log.fatal({ err }, 'uncaught exception');
  void stop(1);
});
main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataFolderInUseError) log.fatal(err.message);
  else log.fatal({ err }, 'failed to start the hub');
  void stop(1);
});

