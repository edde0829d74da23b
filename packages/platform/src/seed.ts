import { Client } from 'pg';
import type { Logger } from 'pino';

export interface SeedContext {
  /** A connection inside the seed's transaction: everything commits together or not at all. */
  client: Client;
  /** 1 = the province's assumed size (DESIGN §8); tests use small fractions. */
  scale: number;
  seed: number;
  years: [number, number];
  log: Logger;
  progress: (step: string, done: number, total: number) => void;
}
export type SeedFn = (ctx: SeedContext) => Promise<void>;

export interface RunSeedOptions {
  url: string;
  scale: number;
  seed: number;
  years?: [number, number];
  log: Logger;
  onProgress?: (step: string, done: number, total: number) => void;
  /** Called with all data written but not committed; throwing aborts. Lets several seeds commit together. */
  beforeCommit?: () => Promise<void>;
}

/**
 * Runs a subgraph's seed in one transaction, so a second seed replaces the first atomically and
 * a failed seed leaves the previous data untouched.
 */
export async function runSeed(fn: SeedFn, opts: RunSeedOptions): Promise<void> {
  if (!(opts.scale > 0) || !Number.isFinite(opts.scale)) throw new Error(`scale must be a positive number (got ${opts.scale})`);
  const client = new Client({ connectionString: opts.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Bulk load: losing the last commit in a crash only means re-running the seed.
    await client.query('SET LOCAL synchronous_commit = off');
    // The summaries a bulk load folds in (statement triggers, rebuilds) group millions of rows:
    // with the default 4 MB they spill to disk, which at scale 10 costs minutes.
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await fn({
      client,
      scale: opts.scale,
      seed: opts.seed,
      years: opts.years ?? [2016, 2020],
      log: opts.log,
      progress: opts.onProgress ?? (() => undefined),
    });
    await opts.beforeCommit?.();
    await client.query('COMMIT');
    // Fresh statistics so the planner sees the new data's real sizes at once, and the visibility
    // map set, so index-only scans work at once instead of after autovacuum's pass over millions
    // of rows (which would also compete with the first requests).
    await client.query('VACUUM (ANALYZE)');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
