import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, serviceDir } from '@par/platform';
import { postGraphQL, testPort, type GraphQLResponse } from '@par/platform/testing';
import { mintToken } from '@par/tooling/mint-token';

/**
 * The hub as an operator runs it: `npm start` (npm, its shell, the supervisor, PostgreSQL, five
 * services) in a data folder of its own, with its own ports, so faults can be dealt to real processes.
 */
export interface NpmStartHub {
  npm: ChildProcess;
  dataDir: string;
  ports: Record<string, number>;
  gatewayUrl: string;
  output(): string;
  /** A token signed with this hub's own development key. */
  token(roles: Array<'admin' | 'analyst' | 'leadership'>): Promise<string>;
  request<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** SQL on a subgraph's database of the hub's embedded PostgreSQL. */
  sql<T = any>(database: string, text: string, params?: unknown[]): Promise<T[]>;
  /** The pid of a service process (`subgraphs/<name>/src/main.ts`, `gateway/src/main.ts`). */
  servicePid(name: string): number | undefined;
  postmasterPid(): number | undefined;
  /** The supervisor: the node process npm's shell was replaced by (`scripts/start.ts`). */
  supervisorPid(): number | undefined;
  /** Every live process descended from the npm process. */
  tree(): number[];
  cleanup(): void;
}

function processTable(): Array<{ pid: number; ppid: number; args: string }> {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l)!)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
}

export function descendants(root: number): number[] {
  const rows = processTable();
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const r of rows) if (r.ppid === pid) (found.push(r.pid), walk(r.pid));
  };
  walk(root);
  return found;
}

/** Running, that is: not gone and not a zombie waiting for a reaper (it holds no resources). */
export function alive(pid: number): boolean {
  try {
    const stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface NpmStartOptions {
  /** A data folder an earlier hub left (it is then not removed by `cleanup`): no initdb, no sample data. */
  dataDir?: string;
  /** npm in a process group of its own, as a terminal's foreground job is, so the group can be signalled (Ctrl-C). */
  group?: boolean;
}

export async function startNpmHub(extraEnv: NodeJS.ProcessEnv = {}, opts: NpmStartOptions = {}): Promise<NpmStartHub> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'par-hub-npm-start-'));
  const ports: Record<string, number> = {};
  for (const k of ['GATEWAY_PORT', 'INSTITUTIONS_PORT', 'CIVIL_SERVANTS_PORT', 'PUBLIC_FINANCE_PORT', 'EGOV_SERVICES_PORT', 'EMBEDDED_PG_PORT']) ports[k] = await testPort();
  const { DATABASE_URL: _a, TEST_DATABASE_URL: _b, npm_lifecycle_event: _c, ...rest } = process.env;
  const env = {
    ...rest, NODE_ENV: 'development', LOG_LEVEL: 'warn', HUB_DATA_DIR: dataDir, SAMPLE_SCALE: '0.005',
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), ...extraEnv,
  };
  const npm = spawn('npm', ['start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: opts.group });
  let output = '';
  npm.stdout!.on('data', (d) => (output += d));
  npm.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('PAR Data Hub is up')) (clearInterval(timer), resolve());
      if (npm.exitCode !== null) (clearInterval(timer), reject(new Error(`npm start exited: ${output}`)));
    }, 200);
  });
  const gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  const postmasterPid = () => {
    try {
      return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
    } catch {
      return undefined;
    }
  };
  return {
    npm,
    dataDir,
    ports,
    gatewayUrl,
    output: () => output,
    token: (roles) => mintToken({ roles, sub: `fault-test-${roles.join('-')}` }, dataDir),
    request: (query, variables, token, headers) => postGraphQL(gatewayUrl, query, variables, token, headers),
    async sql(database, text, params = []) {
      const c = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${ports.EMBEDDED_PG_PORT}/${database}`, connectionTimeoutMillis: 3000 });
      await c.connect();
      try {
        return (await c.query(text, params)).rows;
      } finally {
        await c.end();
      }
    },
    servicePid(name) {
      const entry = path.relative(REPO_ROOT, path.join(serviceDir(name), 'src/main.ts'));
      const mine = new Set(descendants(npm.pid!));
      return processTable().find((p) => mine.has(p.pid) && p.args.includes(entry) && alive(p.pid))?.pid;
    },
    postmasterPid,
    supervisorPid() {
      const mine = new Set(descendants(npm.pid!));
      return processTable().find((p) => mine.has(p.pid) && p.args.includes('scripts/start.ts') && alive(p.pid))?.pid;
    },
    tree: () => descendants(npm.pid!),
    cleanup() {
      for (const pid of [...descendants(npm.pid!), npm.pid!]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
