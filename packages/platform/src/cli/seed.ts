import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareSubgraphDatabase } from '../db/roles';
import { baseEnvSchema, databaseNameOf, parseEnv } from '../env';
import { createLogger } from '../logger';
import { runSeed } from '../seed';
import { announceWrite, redisTarget } from '../cache/write-events';
import { subgraphDatabaseUrl, type SubgraphDefinition } from '../subgraph';

/**
 * Seeds one subgraph's database through that subgraph's own seed code (migrating first).
 * Run by `npm run seed` once per subgraph, in parallel; reports progress to its parent over IPC.
 */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { scale: { type: 'string' }, seed: { type: 'string' }, years: { type: 'string' } },
  });
  const def = (require(path.resolve(positionals[0])) as { default: SubgraphDefinition }).default;
  const env = parseEnv(baseEnvSchema, process.env);
  const log = createLogger(`${def.name}-seed`, env.LOG_LEVEL);
  const [from, to] = (values.years ?? '2016-2020').split('-').map(Number);
  subgraphDatabaseUrl(def.name, env); // refuses a missing DATABASE_URL with a clear message
  // Seeds replace tables and rebuild indexes: they run as the database's owner role.
  const { ownerUrl } = await prepareSubgraphDatabase({
    serverUrl: env.DATABASE_URL!, database: databaseNameOf(def.name, env.DATABASE_NAME_PREFIX), migrations: def.migrations, entities: def.entities, log,
  });
  if (!def.seed) return;
  await runSeed(def.seed, {
    url: ownerUrl,
    scale: Number(values.scale ?? 1),
    seed: Number(values.seed ?? 851),
    years: [from, to],
    log,
    onProgress: (step, done, total) => process.send?.({ type: 'progress', service: def.name, step, done, total }),
    // The parent commits all subgraphs together, so one failing seed leaves every database as it was.
    beforeCommit: process.send ? () => awaitCommitOrder(def.name) : undefined,
  });
  // Every answer about this subgraph may have changed: running gateways drop them.
  await announceWrite(redisTarget(env), def.name, ['seed'], log);
}
function awaitCommitOrder(service: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.once('message', (m: { type?: string }) => (m?.type === 'commit' ? resolve() : reject(new Error('aborted: another subgraph\'s seed failed'))));
    process.send!({ type: 'prepared', service });
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
