import 'reflect-metadata';
import path from 'node:path';
import { prepareSubgraphDatabase } from '../db/roles';
import { baseEnvSchema, ConfigError, databaseNameOf, parseEnv } from '../env';
import { createLogger } from '../logger';
import { subgraphDatabaseUrl, type SubgraphDefinition } from '../subgraph';

/**
 * Creates one subgraph's database and roles, applies its pending migrations and grants the service
 * role its rows, then exits: what a subgraph does at start, done once before a rollout (the
 * Kubernetes migration Job), so that many pods starting together find nothing left to migrate.
 * Usage: `node packages/platform/src/cli/migrate.js subgraphs/<name>/src/subgraph.js`.
 */
async function main() {
  const def = (require(path.resolve(process.argv[2])) as { default: SubgraphDefinition }).default;
  const env = parseEnv(baseEnvSchema, process.env);
  const log = createLogger(`${def.name}-migrate`, env.LOG_LEVEL);
  subgraphDatabaseUrl(def.name, env); // refuses a missing DATABASE_URL with a clear message
  const { applied } = await prepareSubgraphDatabase({
    serverUrl: env.DATABASE_URL!,
    database: databaseNameOf(def.name, env.DATABASE_NAME_PREFIX),
    migrations: def.migrations,
    entities: def.entities,
    log,
  });
  log.info({ migrations: applied }, applied.length ? 'migrations applied' : 'database up to date');
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
