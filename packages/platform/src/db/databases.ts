import { Client } from 'pg';

/** The URL of database `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates the database when missing. Safe when several services race to create it. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  if (!IDENT.test(name)) throw new Error(`invalid database name ${JSON.stringify(name)}`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
      } catch (e) {
        // 42P04 duplicate_database, 23505: a concurrent creator won the race; that is fine.
        if (!['42P04', '23505'].includes((e as { code?: string }).code ?? '')) throw e;
      }
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!IDENT.test(name)) throw new Error(`invalid database name ${JSON.stringify(name)}`);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // Its login roles (db/roles.ts) serve nothing else.
    await client.query(`DROP ROLE IF EXISTS "${name}_service", "${name}_owner"`);
  } finally {
    await client.end();
  }
}

/** Waits until the server accepts connections (a restarting server, a container still booting). */
export async function waitForServer(serverUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (e) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
