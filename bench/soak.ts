import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, SUBGRAPHS } from '@par/platform';
import { mintToken } from '@par/tooling/mint-token';
import { forgetSeedMarker, reusableSeed, seed, startHub, stopAll, writeSeedMarker, type BenchEnv } from './hub-process';
import { closeAgent, postOnce, round } from './load';
import { discoverFixtures, SCENARIOS, type Role } from './scenarios';

/**
 * `npm run soak [-- --minutes 10] [--connections 50] [--scale S]`: the hub as `npm start` runs it,
 * under every contract query operation mixed, from `connections` closed-loop clients for
 * `minutes`. Reports errors (by operation and per minute), latency per minute, and the resident
 * memory (RSS) of every service at the start, every 30 s and at the end, so a leak or a slow
 * degradation shows as a trend. Written to bench/results/soak-<date>[-<n>min].json.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    scale: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: '851' },
  },
});
const minutes = Number(values.minutes);
const connections = Number(values.connections);
const scale = Number(values.scale);
if (!(minutes > 0 && minutes <= 240) || !(Number.isInteger(connections) && connections > 0 && connections <= 1000) || !(scale > 0 && scale <= 10)) {
  process.stderr.write('soak: --minutes in (0, 240], --connections a whole number up to 1000, --scale in (0, 10]\n');
  process.exit(2);
}
const say = (line: string) => process.stderr.write(`${line}\n`);
let stopping: Promise<void> | null = null;
const shutdown = (code: number) => void (stopping ??= stopAll().finally(() => process.exit(code)));
process.once('SIGINT', () => shutdown(130));
process.once('SIGTERM', () => shutdown(143));

type Service = (typeof SUBGRAPHS)[number] | 'gateway';

async function rssOf(metricsUrls: Record<Service, string>): Promise<Record<Service, number | null>> {
  const out = {} as Record<Service, number | null>;
  await Promise.all(
    Object.entries(metricsUrls).map(async ([s, url]) => {
      const text = await fetch(url).then((r) => r.text(), () => '');
      const m = /^par_process_resident_memory_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text);
      out[s as Service] = m ? round(Number(m[1]) / 2 ** 20, 1) : null;
    }),
  );
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function main(): Promise<void> {
  const bench: BenchEnv = {
    dataDir: path.join(REPO_ROOT, 'bench/.data', `scale-${scale}`),
    databaseUrl: process.env.DATABASE_URL || undefined,
    namePrefix: process.env.DATABASE_URL ? `bench_${String(scale).replace('.', '_')}_` : '',
  };
  fs.mkdirSync(bench.dataDir, { recursive: true });
  if (!reusableSeed(bench, scale, Number(values.seed))) {
    say(`Seeding scale ${scale}…`);
    forgetSeedMarker(bench);
    writeSeedMarker(bench, scale, Number(values.seed), await seed(bench, scale, Number(values.seed), false));
  }
  say('Starting the hub…');
  const hub = await startHub(bench, { LOG_LEVEL: 'warn' });
  const tokens: Record<Role, string | undefined> = {
    public: undefined,
    analyst: await mintToken({ roles: ['analyst'], sub: 'soak-analyst' }, bench.dataDir),
    leadershipPii: await mintToken({ roles: ['leadership'], scope: 'pii:read', sub: 'soak-leadership' }, bench.dataDir),
  };
  const fixtures = await discoverFixtures(async (query, variables, role) => {
    const res = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: unknown; errors?: unknown[] };
  });
  const requests = SCENARIOS.map((sc) => ({
    name: sc.name,
    url: hub.gatewayUrl,
    token: tokens[sc.role],
    bodies: Array.from({ length: sc.name === 'AgencyProfile' ? fixtures.agencyIds.length : 1 }, (_, i) => JSON.stringify({ query: sc.query, operationName: sc.name, variables: sc.variables(fixtures, i) })),
  }));
  const metricsUrls = Object.fromEntries([...SUBGRAPHS.map((s) => [s, hub.subgraphUrls[s]]), ['gateway', hub.gatewayUrl]].map(([s, u]) => [s, u.replace(/\/graphql$/, '/metrics')])) as Record<Service, string>;

  const rss: Array<{ atSeconds: number; mb: Record<Service, number | null> }> = [{ atSeconds: 0, mb: await rssOf(metricsUrls) }];
  const byOperation = Object.fromEntries(requests.map((r) => [r.name, { requests: 0, errors: 0 }]));
  const perMinute: Array<{ latencies: number[]; errors: number }> = [];
  const started = performance.now();
  const end = started + minutes * 60_000;
  say(`Soaking: ${connections} clients for ${minutes} min, ${requests.length} operations mixed`);
  const sampler = setInterval(() => void rssOf(metricsUrls).then((mb) => rss.push({ atSeconds: round((performance.now() - started) / 1000, 0), mb })), 30_000);
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let i = client; performance.now() < end; i += connections) {
        const req = requests[(i + n++) % requests.length];
        const t0 = performance.now();
        const ok = await postOnce(req, req.bodies[i % req.bodies.length]).catch(() => false);
        const t1 = performance.now();
        const minute = Math.floor((t1 - started) / 60_000);
        perMinute[minute] ??= { latencies: [], errors: 0 };
        perMinute[minute].latencies.push(t1 - t0);
        byOperation[req.name].requests++;
        if (!ok) perMinute[minute].errors++, byOperation[req.name].errors++;
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  rss.push({ atSeconds: round(seconds, 0), mb: await rssOf(metricsUrls) });
  closeAgent();
  await hub.stop();

  const minutesReport = Array.from(perMinute, (m, i) => {
    const sorted = [...(m?.latencies ?? [])].sort((a, b) => a - b);
    return { minute: i + 1, requests: sorted.length, errors: m?.errors ?? 0, p50: round(percentile(sorted, 50), 1), p95: round(percentile(sorted, 95), 1), p99: round(percentile(sorted, 99), 1) };
  });
  const total = minutesReport.reduce((s, m) => s + m.requests, 0);
  const errors = minutesReport.reduce((s, m) => s + m.errors, 0);
  const report = {
    kind: 'soak',
    date: new Date().toISOString(),
    label: minutes === 10 && connections === 50 ? 'full (10 min, 50 clients)' : `SHORT RUN: ${minutes} min, ${connections} clients (the scenario is 10 min at 50)`,
    machine: { cpus: os.cpus().length, memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version, loadAverage: os.loadavg().map((x) => round(x, 1)) },
    options: { minutes, connections, scale, seed: Number(values.seed), database: bench.databaseUrl ? 'DATABASE_URL' : 'embedded' },
    totals: { seconds: round(seconds, 1), requests: total, rps: round(total / seconds, 1), errors, errorRate: total ? round(errors / total, 5) : null },
    byOperation,
    perMinute: minutesReport,
    rss: { unit: 'MiB', start: rss[0].mb, end: rss[rss.length - 1].mb, samples: rss },
  };
  const dir = path.join(REPO_ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const name = `soak-${report.date.slice(0, 16).replace(':', '-')}${minutes === 10 ? '' : `-${minutes}min`}.json`;
  fs.writeFileSync(path.join(dir, name), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${report.label}\n${total} requests (${report.totals.rps}/s), ${errors} errors\n` +
      `RSS MiB start → end: ${Object.keys(report.rss.start).map((s) => `${s} ${report.rss.start[s as Service]} → ${report.rss.end[s as Service]}`).join(', ')}\n` +
      `Written bench/results/${name}\n`,
  );
}

main().then(
  () => shutdown(0),
  (err) => {
    say(`soak: ${err instanceof Error ? err.message : String(err)}`);
    shutdown(1);
  },
);
