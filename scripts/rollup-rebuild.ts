import path from 'node:path';
import {
  baseEnvSchema, createLogger, databaseNameOf, databaseServerFor, dataDir, parseEnv, prepareSubgraphDatabase, rebuildRollups, redisTarget,
  serviceDir, SUBGRAPHS, type SubgraphDefinition,
} from '@par/platform';

/**
 * `npm run rollup:rebuild -- <subgraph>`: recomputes the subgraph's summary tables from its facts
 * in one transaction (migrating first). Exit status: 0 rebuilt, 2 wrong command, 1 failure.
 */
function usage(message: string): never {
  process.stderr.write(`rollup:rebuild: ${message}\nusage: npm run rollup:rebuild -- <subgraph>\n`);
  process.exit(2);
}

async function main() {
  const [subgraph, ...rest] = process.argv.slice(2);
  if (!subgraph || rest.length) usage('expected one subgraph');
  if (!(SUBGRAPHS as readonly string[]).includes(subgraph)) usage(`unknown subgraph ${JSON.stringify(subgraph)}; one of ${SUBGRAPHS.join(', ')}`);
  const def: SubgraphDefinition = (await import(path.join(serviceDir(subgraph), 'src/subgraph'))).default;
  if (!def.rollups) usage(`${subgraph} keeps no summary tables`);

  const env = parseEnv(baseEnvSchema, process.env);
  const log = createLogger('rollup-rebuild', env.LOG_LEVEL);
  const server = await databaseServerFor({ databaseUrl: env.DATABASE_URL, dataDir: dataDir(env.HUB_DATA_DIR), log });
  try {
    // A rebuild replaces whole summary tables, an operator's act: it runs as the database's owner role.
    const { ownerUrl: url } = await prepareSubgraphDatabase({
      serverUrl: server.url, database: databaseNameOf(subgraph, env.DATABASE_NAME_PREFIX), migrations: def.migrations, entities: def.entities, log,
    });
    const started = Date.now();
    const written = await rebuildRollups(def.rollups, { url, announce: { subgraph, redis: redisTarget(env) } });
    const tables = Object.entries(written).map(([t, n]) => `${t} ${n} rows`).join(', ');
    process.stdout.write(`${subgraph}: rebuilt ${tables || 'nothing'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await server.release();
  }
}

main().catch((err) => {
  process.stderr.write(`rollup:rebuild: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
