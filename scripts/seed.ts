import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { baseEnvSchema, createLogger, databaseServerFor, dataDir, parseEnv, REPO_ROOT, serviceDir, SUBGRAPHS } from '@par/platform';

/**
 * `npm run seed -- --scale S [--years 2016-2020] [--seed N] [--only a,b]`: fills every subgraph's
 * database with deterministic sample data, each through its own subgraph's seed code, in parallel.
 * Each subgraph's seed replaces its data in one transaction.
 */
function fail(message: string): never {
  process.stderr.write(`seed: ${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '851' }, years: { type: 'string', default: '2016-2020' }, only: { type: 'string' } },
  });
  // Validate everything before anything is written.
  const scale = Number(values.scale);
  if (!/^\d*\.?\d+$/.test(values.scale!) || !(scale > 0) || scale > 10) fail(`--scale must be a positive number up to 10 (got ${values.scale})`);
  if (!/^\d{1,9}$/.test(values.seed!)) fail(`--seed must be a non-negative integer (got ${values.seed})`);
  const years = /^(\d{4})-(\d{4})$/.exec(values.years!);
  if (!years || +years[1] > +years[2] || +years[1] < 2000 || +years[2] > 2030) fail(`--years must look like 2016-2020 (got ${values.years})`);
  const only = values.only ? values.only.split(',') : [...SUBGRAPHS];
  for (const s of only) if (!(SUBGRAPHS as readonly string[]).includes(s)) fail(`--only: unknown subgraph ${s}`);

  const env = parseEnv(baseEnvSchema, process.env);
  const log = createLogger('seed', env.LOG_LEVEL);
  const server = await databaseServerFor({ databaseUrl: env.DATABASE_URL, dataDir: dataDir(env.HUB_DATA_DIR), log });
  const started = Date.now();
  const status = new Map<string, string>();
  const tty = process.stderr.isTTY;
  let lastPrint = 0;
  const render = (force = false) => {
    const now = Date.now();
    if (!force && now - lastPrint < (tty ? 200 : 5000)) return;
    lastPrint = now;
    const line = [...status].map(([s, v]) => `${s}: ${v}`).join(' | ');
    process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  };
  const children: ChildProcess[] = [];
  let prepared = 0;
  let failed = false;
  try {
    await Promise.all(
      only.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const child = fork(
              path.join(REPO_ROOT, 'scripts/run.js'),
              [path.join(REPO_ROOT, 'packages/platform/src/cli/seed.ts'), path.join(serviceDir(name), 'src/subgraph.ts'), '--scale', String(scale), '--seed', values.seed!, '--years', values.years!],
              { env: { ...process.env, DATABASE_URL: server.url }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
            );
            children.push(child);
            status.set(name, 'starting');
            child.on('message', (m: { type: string; step: string; done: number; total: number }) => {
              if (m.type === 'prepared') {
                status.set(name, 'written, waiting for the others');
                // Two-phase: commit only when every subgraph has written its data.
                if (++prepared === only.length && !failed) for (const c of children) c.send({ type: 'commit' });
                return;
              }
              if (m.type !== 'progress') return;
              status.set(name, `${m.step} ${m.total ? Math.floor((100 * m.done) / m.total) : 100}%`);
              render();
            });
            child.on('exit', (code) => {
              status.set(name, code === 0 ? 'done' : 'FAILED');
              render(true);
              if (code === 0) resolve();
              else {
                if (!failed) for (const c of children) if (c !== child && c.connected) c.send({ type: 'abort' });
                failed = true;
                reject(new Error(`${name} seed failed (exit ${code}); no database was changed`));
              }
            });
          }),
      ),
    );
    if (tty) process.stderr.write('\n');
    log.info({ scale, seed: values.seed, years: values.years, seconds: (Date.now() - started) / 1000 }, 'seed complete');
  } finally {
    await server.release();
  }
}
main().catch((err) => {
  process.stderr.write(`\nseed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
