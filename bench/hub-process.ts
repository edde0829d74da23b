import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch as launchProcess, type Launched } from '@par/tooling/launcher';
import { databaseNameOf, databaseUrl, envPrefix, freePort, REPO_ROOT, SUBGRAPHS, subgraphUrlEnv, type SubgraphName } from '@par/platform';

/**
 * The processes the benchmark starts: `npm run seed` and `npm start` exactly as an operator runs
 * them (same scripts, configured by environment), each in its own process group so that every
 * exit path can stop them and whatever they started.
 */
const running = new Map<ChildProcess, Launched>();

function launch(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const p = launchProcess({ name: script, runner: path.join(REPO_ROOT, 'scripts/run.js'), args: [path.join(REPO_ROOT, script), ...args], env, output: 'pipe', group: true });
  running.set(p.child, p);
  p.child.once('exit', () => running.delete(p.child));
  return p.child;
}

/** Keeps the last lines of a child's output, to show when it fails. */
function tail(child: ChildProcess, lines: string[], echo = false): void {
  const push = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (echo) process.stderr.write(text);
    lines.push(...text.split('\n'));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
  };
  child.stdout?.on('data', push);
  child.stderr?.on('data', push);
}

/** The supervisor stops its services and PostgreSQL on SIGTERM; the launcher's group kill is the fallback. */
async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  await running.get(child)?.stop(graceMs);
}

/** Stops everything the benchmark started (idempotent; safe from signal handlers). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running.keys()].map((c) => stopChild(c, 30_000)));
}

export interface BenchEnv {
  dataDir: string;
  /** An external server when DATABASE_URL is set; the hub's embedded one in `dataDir` otherwise. */
  databaseUrl?: string;
  namePrefix: string;
}

function baseEnv(b: BenchEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATA_DIR: b.dataDir, DATABASE_NAME_PREFIX: b.namePrefix, NODE_ENV: 'development' };
  if (b.databaseUrl) env.DATABASE_URL = b.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

/** `npm run seed -- --scale S --seed N`; resolves to its wall time in seconds. */
export async function seed(b: BenchEnv, scale: number, seedValue: number, echo: boolean): Promise<number> {
  const started = performance.now();
  const child = launch('scripts/seed.ts', ['--scale', String(scale), '--seed', String(seedValue)], { ...baseEnv(b), LOG_LEVEL: 'info' });
  const lines: string[] = [];
  tail(child, lines, echo);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  if (code !== 0) throw new Error(`the seed failed (exit ${code}):\n${lines.join('\n')}`);
  return (performance.now() - started) / 1000;
}

export interface RunningHub {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** A connection URL for each subgraph's database. */
  databaseUrls: Record<SubgraphName, string>;
  /** From launching `npm start` to its "is up" line (embedded PostgreSQL, migrations, all services). */
  secondsToReady: number;
  /** The supervisor's own figure: from PostgreSQL being up to the gateway being ready. */
  reportedSeconds: number;
  stop(): Promise<void>;
}

/** `npm start` on free ports, configured as for the benchmark; resolves once the gateway is ready. */
export async function startHub(b: BenchEnv, extraEnv: NodeJS.ProcessEnv): Promise<RunningHub> {
  const pgPort = b.databaseUrl ? 0 : await freePort();
  const ports = {} as Record<SubgraphName | 'gateway', number>;
  for (const s of [...SUBGRAPHS, 'gateway'] as const) ports[s] = await freePort();
  const env: NodeJS.ProcessEnv = { ...baseEnv(b), ...extraEnv };
  if (!b.databaseUrl) env.EMBEDDED_PG_PORT = String(pgPort);
  for (const [s, port] of Object.entries(ports)) env[`${envPrefix(s)}_PORT`] = String(port);
  for (const s of SUBGRAPHS) delete env[subgraphUrlEnv(s)];

  const started = performance.now();
  const child = launch('scripts/start.ts', [], env);
  const lines: string[] = [];
  tail(child, lines);
  const reported = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /PAR Data Hub is up in ([\d.]+) s/.exec(out);
      if (m) resolve(Number(m[1]));
      if (out.length > 100_000) out = out.slice(-1000);
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (code ${code}) before it was ready:\n${lines.join('\n')}`)));
  });
  const secondsToReady = (performance.now() - started) / 1000;
  const server = b.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`;
  const url = (s: SubgraphName | 'gateway') => `http://127.0.0.1:${ports[s]}/graphql`;
  return {
    gatewayUrl: url('gateway'),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s, url(s)])) as Record<SubgraphName, string>,
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s, databaseUrl(server, databaseNameOf(s, b.namePrefix))])) as Record<SubgraphName, string>,
    secondsToReady,
    reportedSeconds: reported,
    stop: () => stopChild(child, 30_000),
  };
}

export interface SeedMarker {
  scale: number;
  seed: number;
  server: string;
  prefix: string;
  seconds: number;
  seededAt: string;
}

const markerFile = (b: BenchEnv) => path.join(b.dataDir, 'bench-seed.json');
/** Where the marker says the data came from: never the password. */
const serverId = (b: BenchEnv) => (b.databaseUrl ? new URL(b.databaseUrl).host : 'embedded');

/** The earlier seed of this scale and seed in this place, when the data is still there. */
export function reusableSeed(b: BenchEnv, scale: number, seedValue: number): SeedMarker | null {
  if (!fs.existsSync(markerFile(b))) return null;
  if (!b.databaseUrl && !fs.existsSync(path.join(b.dataDir, 'pg', 'PG_VERSION'))) return null;
  const m = JSON.parse(fs.readFileSync(markerFile(b), 'utf8')) as SeedMarker;
  return m.scale === scale && m.seed === seedValue && m.server === serverId(b) && m.prefix === b.namePrefix ? m : null;
}

export function writeSeedMarker(b: BenchEnv, scale: number, seedValue: number, seconds: number): SeedMarker {
  const m: SeedMarker = { scale, seed: seedValue, server: serverId(b), prefix: b.namePrefix, seconds, seededAt: new Date().toISOString() };
  fs.mkdirSync(b.dataDir, { recursive: true });
  fs.writeFileSync(markerFile(b), `${JSON.stringify(m, null, 2)}\n`);
  return m;
}

export function forgetSeedMarker(b: BenchEnv): void {
  fs.rmSync(markerFile(b), { force: true });
}

export interface BareGateway {
  url: string;
  stop(): Promise<void>;
}

/** The plain `@apollo/gateway` of bench/bare-gateway.ts on the hub's subgraphs and the same supergraph. */
export async function startBareGateway(subgraphUrls: Record<SubgraphName, string>): Promise<BareGateway> {
  const port = await freePort();
  const child = launch('bench/bare-gateway.ts', [], {
    ...process.env,
    BARE_GATEWAY_PORT: String(port),
    BARE_GATEWAY_SUPERGRAPH: path.join(REPO_ROOT, 'supergraph.graphql'),
    BARE_GATEWAY_SUBGRAPHS: JSON.stringify(subgraphUrls),
  });
  const lines: string[] = [];
  tail(child, lines);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', () => {
      if (lines.some((l) => l.startsWith('bare gateway ready'))) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the bare gateway exited (code ${code}):\n${lines.join('\n')}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => stopChild(child, 10_000) };
}
