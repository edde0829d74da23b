import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createLogger, ensureDevKeyPair, startEmbeddedPostgres, dataDir, type EmbeddedServer } from '@par/platform';

/**
 * Gives the tests a PostgreSQL server: TEST_DATABASE_URL when set, otherwise an embedded one in a
 * throw-away folder, stopped by the global teardown (and by its watchdog if jest dies).
 */
export default async function globalSetup(): Promise<void> {
  ensureDevKeyPair(dataDir(process.env.HUB_DATA_DIR));
  if (process.env.TEST_DATABASE_URL) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-hub-test-pg-'));
  const server: EmbeddedServer = await startEmbeddedPostgres({ dir, log: createLogger('test-postgres', 'warn'), persistent: false });
  process.env.PAR_TEST_SERVER_URL = server.url;
  (globalThis as { __parTestPg?: EmbeddedServer }).__parTestPg = server;
}
