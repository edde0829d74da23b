import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { REPO_ROOT, SUBGRAPHS, type SubgraphName } from '@par/platform';
import { mintToken } from '../scripts/lib/mint-token';
import { forgetSeedMarker, reusableSeed, seed, startHub, stopAll, writeSeedMarker, type BenchEnv, type RunningHub } from './hub-process';
import { autocannonLoad, closeAgent, postOnce, round, timedPair, type GraphQLRequest, type LoadResult } from './load';
import { renderMarkdown, type BenchReport } from './report';
import { discoverFixtures, PROCEDURE_PAGE, PROCEDURE_PAGE_VARIABLES, SCENARIOS, type Role } from './scenarios';
import { captureReplay } from './sql-baseline';

/**
 * `npm run bench [-- --quick] [--scale S] [--seed N] [--reseed] [--duration s]`: seeds (or reuses)
 * sample data in a data folder of its own, starts the hub as `npm start` does, loads every
 * contract query operation at 1, 10 and 50 concurrent clients, measures the ratios of the goals,
 * and writes bench/results/<date>.json and .md. See bench/README.md.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    seed: { type: 'string', default: '851' },
    reseed: { type: 'boolean', default: false },
    duration: { type: 'string' },
    connections: { type: 'string', default: '1,10,50' },
  },
});
const quick = values.quick!;
const scale = Number(values.scale ?? (quick ? 0.05 : 1));
const seedValue = Number(values.seed);
const seconds = Number(values.duration ?? (quick ? 2 : 8));
const warmup = quick ? 1 : 2;
const levels = values.connections!.split(',').map(Number);
if (!(scale > 0 && scale <= 10) || !Number.isInteger(seedValue) || !(seconds > 0) || levels.some((c) => !(Number.isInteger(c) && c > 0))) {
  process.stderr.write('bench: --scale must be in (0, 10], --seed an integer, --duration positive, --connections like 1,10,50\n');
  process.exit(2);
}

const GOALS = { gatewayOverDirect: 1.2, scorecardOverSql: 1.5, seedSeconds: 180, startSeconds: 10 };
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

async function main(): Promise<void> {
  const bench: BenchEnv = {
    // A folder (or database-name prefix) of its own: the benchmark never touches the dev data.
    dataDir: path.join(REPO_ROOT, 'bench/.data', `scale-${scale}`),
    databaseUrl: process.env.DATABASE_URL || undefined,
    namePrefix: process.env.DATABASE_URL ? `bench_${String(scale).replace('.', '_')}_` : '',
  };
  fs.mkdirSync(bench.dataDir, { recursive: true });

  // 1. Data: reused when this scale and seed were loaded here before.
  let marker = values.reseed ? null : reusableSeed(bench, scale, seedValue);
  let seedReused = Boolean(marker);
  if (marker) say(`Reusing the scale-${scale} data seeded ${marker.seededAt} in ${marker.seconds.toFixed(1)} s (--reseed to measure again)`);
  else {
    say(`Seeding scale ${scale} (seed ${seedValue})…`);
    forgetSeedMarker(bench);
    const took = await seed(bench, scale, seedValue, !quick);
    marker = writeSeedMarker(bench, scale, seedValue, took);
    seedReused = false;
    say(`Seeded in ${took.toFixed(1)} s`);
  }

  // 2. The hub, started as `npm start` does. Request logs at warn: the load would otherwise
  // measure pino writing to a pipe. The statement counter is only read for the SQL baseline.
  say('Starting the hub…');
  const hub: RunningHub = await startHub(bench, { LOG_LEVEL: 'warn', SQL_STATEMENT_COUNTER: 'true' });
  say(`Ready in ${hub.secondsToReady.toFixed(1)} s (npm start reports ${hub.reportedSeconds} s)`);

  const tokens: Record<Role, string | undefined> = {
    public: undefined,
    analyst: await mintToken({ roles: ['analyst'], sub: 'bench-analyst' }, bench.dataDir),
    leadershipPii: await mintToken({ roles: ['leadership'], scope: 'pii:read', sub: 'bench-leadership' }, bench.dataDir),
  };
  const post = async (query: string, variables: Record<string, unknown>, role: Role) => {
    const res = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };
  const fixtures = await discoverFixtures(post);

  // 3. Every contract query at each concurrency, after a check that it answers without errors.
  const scenarios: BenchReport['scenarios'] = [];
  for (const sc of SCENARIOS) {
    const bodies = Array.from({ length: sc.name === 'AgencyProfile' ? fixtures.agencyIds.length : 1 }, (_, i) =>
      JSON.stringify({ query: sc.query, operationName: sc.name, variables: sc.variables(fixtures, i) }),
    );
    const req: GraphQLRequest = { url: hub.gatewayUrl, token: tokens[sc.role], bodies };
    const sample = await post(sc.query, sc.variables(fixtures, 0), sc.role);
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
    await settle(hub);
  }

  // 4. Gateway over direct subgraph: a selection institutions answers alone, same loop both ways.
  const ratioLevels = levels.filter((c) => c <= 10);
  const page = JSON.stringify({ query: PROCEDURE_PAGE, variables: PROCEDURE_PAGE_VARIABLES });
  const viaGateway: GraphQLRequest = { url: hub.gatewayUrl, bodies: [page] };
  const direct: GraphQLRequest = { url: hub.subgraphUrls.institutions, bodies: [page] };
  const gatewayOverDirect: BenchReport['gatewayOverDirect'] = [];
  for (const c of ratioLevels) {
    const [g, d] = await timedPair(() => postOnce(viaGateway), () => postOnce(direct), c, seconds, warmup);
    gatewayOverDirect.push({ connections: c, gateway: g, direct: d, ratio: round(g.p50 / d.p50) });
    say(`ProcedurePage c=${c}: gateway p50 ${g.p50} ms / institutions p50 ${d.p50} ms = ${round(g.p50 / d.p50)}`);
  }

  // 5. ParScorecard through the gateway over the same statements on the bare driver.
  const scorecard = SCENARIOS.find((s) => s.name === 'ParScorecard')!;
  const scorecardReq: GraphQLRequest = {
    url: hub.gatewayUrl,
    token: tokens.analyst,
    bodies: [JSON.stringify({ query: scorecard.query, variables: scorecard.variables(fixtures, 0) })],
  };
  const scorecardOverSql: BenchReport['scorecardOverSql'] = [];
  for (const c of ratioLevels) {
    const replay = await captureReplay(scorecardReq, hub.subgraphUrls, hub.databaseUrls, c);
    try {
      const [g, sql] = await timedPair(() => postOnce(scorecardReq), () => replay.run(), c, seconds, warmup);
      scorecardOverSql.push({ connections: c, statements: replay.statements, gateway: g, sql, ratio: round(g.p50 / sql.p50) });
      say(`ParScorecard c=${c}: gateway p50 ${g.p50} ms / SQL p50 ${sql.p50} ms = ${round(g.p50 / sql.p50)} (${JSON.stringify(replay.statements)})`);
    } finally {
      await replay.close();
    }
  }
  closeAgent();

  // 6. The report.
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { loadAverage: os.loadavg().map((x) => round(x, 1)), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.release()}` },
    options: { quick, scale, seed: seedValue, seconds, connections: levels, database: bench.databaseUrl ? 'DATABASE_URL' : 'embedded' },
    goals: GOALS,
    seed: { seconds: round(marker.seconds, 1), reused: seedReused, seededAt: marker.seededAt },
    start: { secondsToReady: round(hub.secondsToReady, 2), reportedSeconds: hub.reportedSeconds },
    fixtures: { agencies: fixtures.agencyIds.length, province: fixtures.province },
    scenarios,
    gatewayOverDirect,
    scorecardOverSql,
  };
  const dir = path.join(REPO_ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = `${report.date.slice(0, 16).replace(':', '-')}${quick ? '-quick' : ''}`;
  fs.writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const md = renderMarkdown(report);
  fs.writeFileSync(path.join(dir, `${stamp}.md`), md);
  process.stdout.write(`\n${summary(report)}\nWritten bench/results/${stamp}.json and .md\n`);
  await hub.stop();
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

/** The lines the issue asks the benchmark to print. */
function summary(r: BenchReport): string {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const p95 = (name: string) => r.scenarios.find((s) => s.name === name)!.runs.map((x) => `${x.p95} ms @${x.connections}`).join(', ');
  return [
    ...r.gatewayOverDirect.map((x) => `gateway p50 / direct-subgraph p50 (ProcedurePage, c=${x.connections}): ${x.gateway.p50} / ${x.direct.p50} ms = ${x.ratio}  (goal ≤ ${r.goals.gatewayOverDirect}: ${mark(x.ratio <= r.goals.gatewayOverDirect)})`),
    ...r.scorecardOverSql.map((x) => `ParScorecard gateway p50 / raw SQL p50 (c=${x.connections}): ${x.gateway.p50} / ${x.sql.p50} ms = ${x.ratio}  (goal ≤ ${r.goals.scorecardOverSql}: ${mark(x.ratio <= r.goals.scorecardOverSql)})`),
    `AgencyProfile p95: ${p95('AgencyProfile')}`,
    `DistrictComparison p95: ${p95('DistrictComparison')}`,
    `seed at scale ${r.options.scale}: ${r.seed.seconds} s${r.seed.reused ? ` (measured ${r.seed.seededAt}, reused)` : ''}  (goal ≤ ${r.goals.seedSeconds} s at scale 1: ${mark(r.seed.seconds <= r.goals.seedSeconds)})`,
    `npm start to ready: ${r.start.secondsToReady} s  (goal ≤ ${r.goals.startSeconds} s: ${mark(r.start.secondsToReady <= r.goals.startSeconds)})`,
    `errors: ${r.scenarios.reduce((n, s) => n + s.runs.reduce((m, x) => m + x.errors, 0), 0)} under load; failed samples: ${r.scenarios.filter((s) => s.sampleError).map((s) => s.name).join(', ') || 'none'}`,
  ].join('\n');
}

main().then(
  () => shutdown(0),
  (err) => {
    say(`bench: ${err instanceof Error ? err.message : String(err)}`);
    shutdown(1);
  },
);
