import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { REPO_ROOT } from '@par/platform';
import { mintToken } from '@par/tooling/mint-token';
import { bodiesOf, cacheUnderLoad, discoverWriteTarget, leadershipLatency, overBareGateway, probeAgency } from './goals';
import { forgetSeedMarker, reusableSeed, seed, startBareGateway, startHub, stopAll, writeSeedMarker, type BenchEnv, type RunningHub } from './hub-process';
import { autocannonLoad, closeAgent, postOnce, round, timedPair, type GraphQLRequest, type LoadResult } from './load';
import { goalsOf, renderGoals, renderMarkdown, type BenchReport, type ScaleReport } from './report';
import { discoverFixtures, PROCEDURE_PAGE, PROCEDURE_PAGE_VARIABLES, SCENARIOS, type Fixtures, type Role } from './scenarios';
import { captureReplay } from './sql-baseline';
import { dashboardReady } from './dashboard';

/**
 * `npm run bench [-- --quick] [--scale 1,10] [--seed N] [--reseed] [--duration s] [--only m,…] [--loads n]`: seeds (or
 * reuses) sample data of each scale in a data folder of its own, starts the hub as `npm start`
 * does, and measures every goal of issue 17 as a ratio within this one run (bench/README.md):
 * leadership operations over ProcedurePage, scale 10 over scale 1, the cache under twenty leaders
 * with a write in the middle, the hub over a bare @apollo/gateway, the seed and the start. On the
 * first scale it also loads every contract query at 1, 10 and 50 clients and times the dashboard's
 * scorecard in Chromium (issue 20). `--only` runs some measures alone on the data already there.
 * Writes bench/results/<date>.json and .md.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    seed: { type: 'string', default: '851' },
    reseed: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string', default: '1,10,50' },
    only: { type: 'string' },
    loads: { type: 'string', default: '10' },
  },
});
/** The measures `--only` can pick; the start (and the seed, when one runs) are reported whatever is picked. */
const MEASURES = ['latency', 'bare', 'overheads', 'scenarios', 'cache', 'dashboard'] as const;
type Measure = (typeof MEASURES)[number];
const only = values.only?.split(',').map((m) => m.trim()) ?? [...MEASURES];
const want = (m: Measure) => only.includes(m);
const dashboardLoads = Number(values.loads);
const quick = values.quick!;
const scales = (values.scale ?? (quick ? '0.05' : '1,10')).split(',').map(Number);
const seedValue = Number(values.seed);
const seconds = Number(values.duration ?? (quick ? 2 : 8));
const warmup = quick ? 1 : 2;
const levels = values.connections!.split(',').map(Number);
if (
  scales.some((x) => !(x > 0 && x <= 10)) || !Number.isInteger(seedValue) || !(seconds > 0) || levels.some((c) => !(Number.isInteger(c) && c > 0)) ||
  only.some((m) => !(MEASURES as readonly string[]).includes(m)) || !(Number.isInteger(dashboardLoads) && dashboardLoads >= 2)
) {
  process.stderr.write(`bench: --scale must be one or more of (0, 10] like 1,10, --seed an integer, --duration positive, --connections like 1,10,50, --only one or more of ${MEASURES.join(',')}, --loads an integer ≥ 2\n`);
  process.exit(2);
}
/** Redis for the shared response cache (goal 3); the one this machine and CI run. */
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const say = (line: string) => process.stderr.write(`${line}\n`);

let stopping: Promise<void> | null = null;
function shutdown(code: number): void {
  stopping ??= stopAll().finally(() => process.exit(code));
}
process.once('SIGINT', () => shutdown(130));
process.once('SIGTERM', () => shutdown(143));
process.once('uncaughtException', (err) => {
  say(`bench: ${err.stack ?? err}`);
  shutdown(1);
});

function benchEnvFor(scale: number): BenchEnv {
  return {
    // A folder (or database-name prefix) of its own: the benchmark never touches the dev data.
    dataDir: path.join(REPO_ROOT, 'bench/.data', `scale-${scale}`),
    databaseUrl: process.env.DATABASE_URL || undefined,
    namePrefix: process.env.DATABASE_URL ? `bench_${String(scale).replace('.', '_')}_` : '',
  };
}

/** Data of one scale: reused when this scale and seed were loaded here before, else seeded and timed. */
async function dataFor(bench: BenchEnv, scale: number): Promise<ScaleReport['seed']> {
  fs.mkdirSync(bench.dataDir, { recursive: true });
  const marker = values.reseed ? null : reusableSeed(bench, scale, seedValue);
  if (marker) {
    say(`Reusing the scale-${scale} data seeded ${marker.seededAt} in ${marker.seconds.toFixed(1)} s (--reseed to measure again)`);
    return { seconds: round(marker.seconds, 1), reused: true, seededAt: marker.seededAt };
  }
  say(`Seeding scale ${scale} (seed ${seedValue})…`);
  forgetSeedMarker(bench);
  const took = await seed(bench, scale, seedValue, !quick);
  const m = writeSeedMarker(bench, scale, seedValue, took);
  say(`Seeded in ${took.toFixed(1)} s`);
  return { seconds: round(took, 1), reused: false, seededAt: m.seededAt };
}

interface Session {
  hub: RunningHub;
  tokens: Record<Role, string | undefined>;
  leadership: string;
  fixtures: Fixtures;
  post: (query: string, variables: Record<string, unknown>, role?: Role) => Promise<{ data?: any; errors?: unknown[] }>;
}

/**
 * The hub as `npm start` runs it. Request logs at warn: the load would otherwise measure pino
 * writing to a pipe. The statement counter is only read for the SQL baseline.
 */
async function startSession(bench: BenchEnv, env: NodeJS.ProcessEnv): Promise<Session> {
  // The per-caller rate limits stay in the path but out of the way: one benchmark token sends thousands a minute.
  const hub = await startHub(bench, { LOG_LEVEL: 'warn', SQL_STATEMENT_COUNTER: 'true', RATE_LIMIT_REQUESTS: '1000000', RATE_LIMIT_ANONYMOUS_REQUESTS: '1000000', ...env });
  say(`Hub ready in ${hub.secondsToReady.toFixed(1)} s (npm start reports ${hub.reportedSeconds} s; ${JSON.stringify(env)})`);
  const tokens: Record<Role, string | undefined> = {
    public: undefined,
    analyst: await mintToken({ roles: ['analyst'], sub: 'bench-analyst' }, bench.dataDir),
    leadershipPii: await mintToken({ roles: ['leadership'], scope: 'pii:read', sub: 'bench-leadership' }, bench.dataDir),
  };
  const leadership = await mintToken({ roles: ['leadership'], sub: 'bench-leader-0' }, bench.dataDir);
  const post: Session['post'] = async (query, variables, role = 'analyst') => {
    const res = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };
  return { hub, tokens, leadership, fixtures: await discoverFixtures(post), post };
}

/** Every contract query at each concurrency, after a check that it answers without errors. */
async function scenarioMatrix(s: Session): Promise<ScaleReport['scenarios']> {
  const scenarios: ScaleReport['scenarios'] = [];
  for (const sc of SCENARIOS) {
    const req: GraphQLRequest = { url: s.hub.gatewayUrl, token: s.tokens[sc.role], bodies: bodiesOf(sc.name, s.fixtures) };
    const sample = await s.post(sc.query, sc.variables(s.fixtures, 0), sc.role);
    const sampleError = sample.errors ? JSON.stringify(sample.errors).slice(0, 500) : sample.data ? null : 'no data';
    if (sampleError) say(`${sc.name}: the sample request failed: ${sampleError}`);
    await autocannonLoad(req, 10, warmup);
    const runs: LoadResult[] = [];
    for (const c of levels) {
      const r = await autocannonLoad(req, c, seconds);
      runs.push(r);
      say(`${sc.name.padEnd(19)} c=${String(c).padEnd(3)} ${String(r.rps).padStart(7)} req/s  p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  errors ${r.errors}`);
    }
    scenarios.push({ name: sc.name, sampleError, runs });
    await settle(s.hub);
  }
  return scenarios;
}

/** Gateway over direct subgraph, and ParScorecard over its own SQL on the bare driver. */
async function overheadRatios(s: Session): Promise<Pick<ScaleReport, 'gatewayOverDirect' | 'scorecardOverSql'>> {
  const ratioLevels = levels.filter((c) => c <= 10);
  const page = JSON.stringify({ query: PROCEDURE_PAGE, variables: PROCEDURE_PAGE_VARIABLES });
  const gatewayOverDirect: NonNullable<ScaleReport['gatewayOverDirect']> = [];
  for (const c of ratioLevels) {
    const [g, d] = await timedPair(() => postOnce({ url: s.hub.gatewayUrl, bodies: [page] }), () => postOnce({ url: s.hub.subgraphUrls.institutions, bodies: [page] }), c, seconds, warmup);
    gatewayOverDirect.push({ connections: c, gateway: g, direct: d, ratio: round(g.p50 / d.p50) });
    say(`ProcedurePage c=${c}: gateway p50 ${g.p50} ms / institutions p50 ${d.p50} ms = ${round(g.p50 / d.p50)}`);
  }
  const scorecardReq: GraphQLRequest = { url: s.hub.gatewayUrl, token: s.tokens.analyst, bodies: bodiesOf('ParScorecard', s.fixtures) };
  const scorecardOverSql: NonNullable<ScaleReport['scorecardOverSql']> = [];
  for (const c of ratioLevels) {
    const replay = await captureReplay(scorecardReq, s.hub.subgraphUrls, s.hub.databaseUrls, c);
    try {
      const [g, sql] = await timedPair(() => postOnce(scorecardReq), () => replay.run(), c, seconds, warmup);
      scorecardOverSql.push({ connections: c, statements: replay.statements, gateway: g, sql, ratio: round(g.p50 / sql.p50) });
      say(`ParScorecard c=${c}: gateway p50 ${g.p50} ms / SQL p50 ${sql.p50} ms = ${round(g.p50 / sql.p50)} (${JSON.stringify(replay.statements)})`);
    } finally {
      await replay.close();
    }
  }
  return { gatewayOverDirect, scorecardOverSql };
}

/** Issue 20: the scorecard page in Chromium, a leader's token, first and warm loads. */
async function dashboard(s: Session): Promise<NonNullable<ScaleReport['dashboard']>['cacheOff']> {
  const d = await dashboardReady(s.hub.gatewayUrl, s.leadership, dashboardLoads);
  say(
    d.measured
      ? `Dashboard scorecard (${d.targets} badges) ready: first load ${d.first} ms, warm p50 ${d.warm.p50} ms, max ${d.warm.max} ms over ${d.warm.loads}${d.note ? ` (${d.note})` : ''}${d.consoleErrors.length ? `; console errors: ${d.consoleErrors.join(' | ')}` : ''}${d.httpErrors.length ? `; answers ≥ 400: ${d.httpErrors.join(', ')}` : ''}`
      : `Dashboard scorecard: ${d.note}`,
  );
  return d;
}

/** One scale: its data, the hub with the cache off (and, on the first scale, on), every measure. */
async function measureScale(scale: number, first: boolean): Promise<ScaleReport> {
  const bench = benchEnvFor(scale);
  const seedReport = await dataFor(bench, scale);
  say(`Starting the hub on scale-${scale} data, response cache off…`);
  let s = await startSession(bench, { GATEWAY_CACHE: 'off' });
  const report: ScaleReport = {
    scale,
    seed: seedReport,
    start: { secondsToReady: round(s.hub.secondsToReady, 2), reportedSeconds: s.hub.reportedSeconds },
    fixtures: { agencies: s.fixtures.agencyIds.length, province: s.fixtures.province },
    scenarios: [],
  };
  if (want('latency')) {
    const latency = (report.latency = await leadershipLatency(s.hub.gatewayUrl, s.leadership, s.fixtures, seconds * 5));
    say(`Leadership p50 / ProcedurePage p50 at 1 client (${latency.procedurePage.p50} ms): ${Object.entries(latency.operations).map(([op, r]) => `${op} ${r.p50} ms = ${r.overProcedurePage}`).join(', ')}`);
  }
  if (first && want('dashboard')) report.dashboard = { cacheOff: await dashboard(s) };
  if (first && want('bare')) {
    const bare = await startBareGateway(s.hub.subgraphUrls);
    try {
      report.bareGateway = await overBareGateway(s.hub.gatewayUrl, bare.url, s.tokens.analyst!, s.fixtures, 10, seconds, warmup);
    } finally {
      await bare.stop();
    }
    say(`AgencyProfile at 10 clients: hub ${report.bareGateway.hub.rps} req/s / bare @apollo/gateway ${report.bareGateway.bare.rps} req/s = ${report.bareGateway.ratio}`);
  }
  if (first && want('overheads')) Object.assign(report, await overheadRatios(s));
  if (first && want('scenarios')) report.scenarios = await scenarioMatrix(s);
  if (first && (want('cache') || want('dashboard'))) {
    await s.hub.stop();
    say(`Starting the hub again, response cache on (Redis ${redisUrl})…`);
    s = await startSession(bench, { GATEWAY_CACHE: 'on', REDIS_URL: redisUrl });
    if (want('dashboard')) report.dashboard!.cacheOn = await dashboard(s);
  }
  if (first && want('cache')) {
    const leaderTokens = await Promise.all(Array.from({ length: 20 }, (_, i) => mintToken({ roles: ['leadership'], sub: `bench-leader-${i + 1}` }, bench.dataDir)));
    report.cache = await cacheUnderLoad({
      gatewayUrl: s.hub.gatewayUrl,
      leaderTokens,
      editorToken: await mintToken({ roles: ['editor'], subgraph: 'egov-services', sub: 'bench-editor' }, bench.dataDir),
      freshProbeToken: () => mintToken({ roles: ['leadership'], agency: probeAgency(), sub: 'bench-probe' }, bench.dataDir),
      fixtures: s.fixtures,
      target: await discoverWriteTarget((q, v) => s.post(q, v), s.fixtures),
      connections: 50,
      seconds: seconds * 2,
    });
    say(`Cache on, 20 leaders at 50 clients: ${report.cache.load.rps} req/s, p95 ${report.cache.load.p95} ms, write ${report.cache.write.ok ? 'ok' : 'FAILED'}, stale ${report.cache.stale} ${JSON.stringify(report.cache.afterWrite)}${report.cache.note ? ` (${report.cache.note})` : ''}`);
  }
  await s.hub.stop();
  return report;
}

async function main(): Promise<void> {
  const runs: ScaleReport[] = [];
  const loadAtStart = os.loadavg().map((x) => round(x, 1));
  for (const [i, scale] of scales.entries()) runs.push(await measureScale(scale, i === 0));
  closeAgent();
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { loadAverageAtStart: loadAtStart, loadAverage: os.loadavg().map((x) => round(x, 1)), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.release()}` },
    options: { quick, scales, seed: seedValue, seconds, connections: levels, database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded', only, dashboardLoads },
    runs,
    goals: goalsOf(runs),
  };
  const dir = path.join(REPO_ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = `${report.date.slice(0, 16).replace(':', '-')}${quick ? '-quick' : ''}${values.only ? `-${only.join('-')}` : ''}`;
  fs.writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, `${stamp}.md`), renderMarkdown(report));
  process.stdout.write(`\n${renderGoals(report.goals)}\nWritten bench/results/${stamp}.json and .md\n`);
}

/**
 * Waits until PostgreSQL has finished the statements of requests the load generator abandoned at
 * the end of a run, so that they do not slow the next scenario down.
 */
async function settle(hub: RunningHub): Promise<void> {
  const client = new Client({ connectionString: hub.databaseUrls.institutions });
  await client.connect();
  try {
    const names = Object.values(hub.databaseUrls).map((u) => new URL(u).pathname.slice(1));
    for (let i = 0; i < 120; i++) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = ANY($1)`,
        [names],
      );
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await client.end();
  }
}

main().then(
  () => shutdown(0),
  (err) => {
    say(`bench: ${err instanceof Error ? err.message : String(err)}`);
    shutdown(1);
  },
);
