import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from './embedded';

export interface DatabaseServer {
  url: string;
  /** Stops the server if this call started it; a no-op otherwise. */
  release(): Promise<void>;
}

function runningEmbeddedPort(dir: string): number | null {
  const file = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const [pid, , , port] = fs.readFileSync(file, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return Number(port) || null;
}

/**
 * The PostgreSQL server a tool (seed, import, bench) should use: DATABASE_URL when set; else the
 * hub's embedded server, joined if `npm start` is running it, started (and later stopped) if not.
 */
export async function databaseServerFor(opts: { databaseUrl?: string; dataDir: string; log: Logger; port?: number }): Promise<DatabaseServer> {
  if (opts.databaseUrl) return { url: opts.databaseUrl, release: async () => undefined };
  const dir = path.join(opts.dataDir, 'pg');
  const port = runningEmbeddedPort(dir);
  if (port) return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, release: async () => undefined };
  const server = await startEmbeddedPostgres({ dir, port: opts.port, log: opts.log });
  return { url: server.url, release: () => server.stop() };
}
