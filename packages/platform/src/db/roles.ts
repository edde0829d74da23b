import { createHmac } from 'node:crypto';
import type { MigrationObject, Options } from '@mikro-orm/core';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { databaseUrl, ensureDatabase } from './databases';
import { initOrm, migrate } from './orm';

/**
 * Least-privilege access to one subgraph's database (issue 16). Two login roles per database:
 *  - `<db>_owner` owns the database and every object in it: migrations, seeds, rollup rebuilds;
 *  - `<db>_service` is what the running service connects as: rows only (no DDL), `audit_log`
 *    insert-only (its owner is the other role, so no UPDATE, DELETE or TRUNCATE), no
 *    `schema_migrations` writes.
 * CONNECT on the database is revoked from PUBLIC, so no other subgraph's roles reach it.
 * Passwords are derived from the administrator's password, so every process that can provision
 * (service, seed, import, rollup rebuild) computes the same ones without storing them anywhere.
 */
export interface SubgraphDatabaseAccess {
  database: string;
  /** Owner of the database's objects: migrations, seeds, rollup rebuilds. */
  ownerUrl: string;
  /** The service's connection: SELECT, INSERT, UPDATE, DELETE on its tables, no DDL. */
  serviceUrl: string;
  /** False when the given user could not create roles: both URLs are then that user's. */
  enforced: boolean;
}

const IDENT = /^[a-z_][a-z0-9_]{0,55}$/;

export function subgraphRoleNames(database: string): { owner: string; service: string } {
  if (!IDENT.test(database)) throw new Error(`invalid database name ${JSON.stringify(database)}`);
  return { owner: `${database}_owner`, service: `${database}_service` };
}

function derivedPassword(adminUrl: string, role: string): string {
  const u = new URL(adminUrl);
  return createHmac('sha256', `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).update(role).digest('base64url');
}

function urlAs(adminUrl: string, database: string, role: string): string {
  const u = new URL(databaseUrl(adminUrl, database));
  u.username = role;
  u.password = derivedPassword(adminUrl, role);
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates (or re-keys) the two roles and hands them the database; false without CREATEROLE. */
async function provisionRoles(adminUrl: string, database: string): Promise<boolean> {
  const { owner, service } = subgraphRoleNames(database);
  return withClient(adminUrl, async (c) => {
    const { rows: [me] } = await c.query<{ rolsuper: boolean; rolcreaterole: boolean }>('SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user');
    if (!me?.rolsuper && !me?.rolcreaterole) return false;
    await c.query('BEGIN');
    try {
      // Services, seeds and imports of one subgraph may start together: one provisions at a time.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`par-roles:${database}`]);
      for (const role of [owner, service]) {
        const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
        const password = derivedPassword(adminUrl, role);
        await c.query(`${exists ? 'ALTER' : 'CREATE'} ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`);
      }
      // A non-superuser with CREATEROLE must be able to act as the owner to hand it the database.
      if (!me.rolsuper) {
        // PostgreSQL 16+ spells the membership's options; older servers know only plain membership.
        const v16 = Number((await c.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0].v) >= 160000;
        await c.query(`GRANT "${owner}" TO CURRENT_USER${v16 ? ' WITH INHERIT FALSE, SET TRUE' : ''}`);
      }
      await c.query(`ALTER DATABASE "${database}" OWNER TO "${owner}"`);
      await c.query(`REVOKE ALL ON DATABASE "${database}" FROM PUBLIC`);
      await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${database}" TO "${service}"`);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return true;
  });
}

/**
 * Objects created before the roles existed (a data folder from an older version, or migrations
 * run as the administrator) pass to the owner; members of extensions and dependent objects
 * (serial sequences, indexes, row types) follow their parents.
 */
const adoptObjects = (owner: string) => `DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT format('ALTER %s %s OWNER TO %I',
             CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
             c.oid::regclass, '${owner}') AS stmt
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND c.relowner <> '${owner}'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, '${owner}')
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> '${owner}'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, '${owner}')
      FROM pg_type t
     WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'm') AND t.typowner <> '${owner}'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype IN ('e', 'i'))
  LOOP
    EXECUTE r.stmt;
  END LOOP;
END $$`;

/** What the service may do, granted again after every migration (new tables included). */
const serviceGrants = (owner: string, service: string) => [
  `GRANT USAGE ON SCHEMA public TO "${service}"`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${service}"`,
  `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${service}"`,
  `ALTER DEFAULT PRIVILEGES FOR ROLE "${owner}" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${service}"`,
  `ALTER DEFAULT PRIVILEGES FOR ROLE "${owner}" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${service}"`,
  // The audit trail is appended to, never changed: its owner is the other role.
  // A service without an audit trail (a test fixture) has nothing to protect there.
  `DO $$ BEGIN IF to_regclass('public.audit_log') IS NOT NULL THEN
     REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM "${service}"; END IF; END $$`,
  `DO $$ BEGIN IF to_regclass('public.schema_migrations') IS NOT NULL THEN
     REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM "${service}"; END IF; END $$`,
];

export interface PrepareDatabaseOptions {
  /** The administrator's server URL (`DATABASE_URL`). */
  serverUrl: string;
  database: string;
  migrations: MigrationObject[];
  entities: NonNullable<Options['entities']>;
  log: Logger;
}

/**
 * Creates the database when missing, sets up its two roles, migrates as the owner and grants the
 * service its rows. Without CREATEROLE it says so and everything runs as the given user.
 */
export async function prepareSubgraphDatabase(opts: PrepareDatabaseOptions): Promise<SubgraphDatabaseAccess & { applied: string[] }> {
  const { serverUrl, database, log } = opts;
  await ensureDatabase(serverUrl, database);
  const adminDbUrl = databaseUrl(serverUrl, database);
  const enforced = await provisionRoles(serverUrl, database);
  const { owner, service } = subgraphRoleNames(database);
  const access: SubgraphDatabaseAccess = enforced
    ? { database, enforced, ownerUrl: urlAs(serverUrl, database, owner), serviceUrl: urlAs(serverUrl, database, service) }
    : { database, enforced, ownerUrl: adminDbUrl, serviceUrl: adminDbUrl };
  if (enforced) {
    await withClient(adminDbUrl, async (c) => {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`par-adopt:${database}`]);
      await c.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
      await c.query(`GRANT ALL ON SCHEMA public TO "${owner}"`);
      await c.query(adoptObjects(owner));
      await c.query('COMMIT');
    });
  } else {
    log.warn(
      { database },
      'database roles could not be created (the DATABASE_URL user lacks CREATEROLE): the service runs as that user, so audit_log is append-only by trigger only and nothing stops it reaching other databases the user can reach',
    );
  }
  const orm = await initOrm({ url: access.ownerUrl, entities: opts.entities, migrations: opts.migrations, poolMax: 2, log });
  let applied: string[];
  try {
    applied = await migrate(orm);
  } finally {
    await orm.close(true);
  }
  if (enforced) {
    await withClient(access.ownerUrl, async (c) => {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`par-grants:${database}`]);
      for (const sql of serviceGrants(owner, service)) await c.query(sql);
      await c.query('COMMIT');
    });
  }
  return { ...access, applied };
}
