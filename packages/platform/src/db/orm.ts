import { DataloaderType, MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { flushesPinToPrimary, replicaRoutingDriver } from './replicas';

export interface OrmOptions {
  url: string;
  entities: Options['entities'];
  migrations: MigrationObject[];
  poolMax?: number;
  log?: Logger;
  /** Receives every SQL statement; tests count them per operation. */
  onQuery?: (sql: string) => void;
  /** Read replicas of `url` (same database and role): reads of requests that have not written go there. */
  replicaUrls?: string[];
  /** How long a replica that stopped answering is left out before it is tried again. */
  replicaRetryMs?: number;
}

/**
 * MikroORM for one subgraph's database. Schema changes come only from migrations (listed in code,
 * so they ship with the service); there is no global EntityManager, so each request must fork.
 */
export async function initOrm(opts: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init<PostgreSqlDriver>({
    driver: opts.replicaUrls?.length ? replicaRoutingDriver({ retryMs: opts.replicaRetryMs ?? 10_000, log: opts.log }) : PostgreSqlDriver,
    clientUrl: opts.url,
    replicas: opts.replicaUrls?.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    subscribers: opts.replicaUrls?.length ? [flushesPinToPrimary] : [],
    entities: opts.entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: opts.poolMax ?? 10, idleTimeoutMillis: 10_000 },
    // knex reports broken pool connections (a database restart) on the console; they belong in the service's log.
    driverOptions: {
      log: {
        warn: (message: string) => opts.log?.warn({ knex: message }, 'database connection'),
        error: (message: string) => opts.log?.error({ knex: message }, 'database connection'),
        deprecate: () => undefined,
        debug: () => undefined,
      },
    },
    migrations: {
      migrationsList: opts.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'schema_migrations',
    },
    debug: opts.onQuery ? ['query'] : false,
    logger: (message) => {
      if (opts.onQuery) {
        const sql = /\[query\] (.*?)(?: \[took \d+ ms.*)?$/s.exec(message)?.[1];
        if (sql) opts.onQuery(sql);
      }
    },
    colors: false,
  });
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
