import type { SubgraphName } from '@par/platform';
import type { LoadResult } from './load';

/** Everything one benchmark run measured: the JSON written to bench/results/. */
export interface BenchReport {
  date: string;
  machine: { loadAverage: number[]; cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  options: { quick: boolean; scale: number; seed: number; seconds: number; connections: number[]; database: string };
  goals: { gatewayOverDirect: number; scorecardOverSql: number; seedSeconds: number; startSeconds: number };
  seed: { seconds: number; reused: boolean; seededAt: string };
  start: { secondsToReady: number; reportedSeconds: number };
  fixtures: { agencies: number; province: string };
  scenarios: Array<{ name: string; sampleError: string | null; runs: LoadResult[] }>;
  gatewayOverDirect: Array<{ connections: number; gateway: LoadResult; direct: LoadResult; ratio: number }>;
  scorecardOverSql: Array<{ connections: number; statements: Record<SubgraphName, number>; gateway: LoadResult; sql: LoadResult; ratio: number }>;
}

const verdict = (ok: boolean) => (ok ? '✅ met' : '❌ not met');

export function renderMarkdown(r: BenchReport): string {
  const rows = r.scenarios.flatMap((s) =>
    s.runs.map((x) =>
      x.requests
        ? `| ${s.name} | ${x.connections} | ${x.rps} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.errors}${s.sampleError ? ' (sample failed)' : ''} |`
        : `| ${s.name} | ${x.connections} | 0 | no answer within ${x.seconds} s | | | ${x.errors} |`,
    ),
  );
  return [
    `# Benchmark ${r.date}${r.options.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.platform}; ` +
      `load average at the end ${r.machine.loadAverage.join(' / ')} (1/5/15 min; the load generator shares the cores with the hub). ` +
      `Data: scale ${r.options.scale}, seed ${r.options.seed}, ${r.options.database} PostgreSQL. ${r.options.seconds} s per run.`,
    '',
    '## Goals',
    '',
    '| measure | value | goal | |',
    '| --- | --- | --- | --- |',
    ...r.gatewayOverDirect.map(
      (x) => `| gateway p50 / direct subgraph p50 (ProcedurePage, ${x.connections} client${x.connections > 1 ? 's' : ''}) | ${x.gateway.p50} / ${x.direct.p50} ms = **${x.ratio}** | ≤ ${r.goals.gatewayOverDirect} | ${verdict(x.ratio <= r.goals.gatewayOverDirect)} |`,
    ),
    ...r.scorecardOverSql.map(
      (x) => `| ParScorecard gateway p50 / same SQL on the pg driver p50 (${x.connections} client${x.connections > 1 ? 's' : ''}) | ${x.gateway.p50} / ${x.sql.p50} ms = **${x.ratio}** | ≤ ${r.goals.scorecardOverSql} | ${verdict(x.ratio <= r.goals.scorecardOverSql)} |`,
    ),
    `| seed, scale ${r.options.scale}${r.seed.reused ? ` (measured ${r.seed.seededAt.slice(0, 16)})` : ''} | ${r.seed.seconds} s | ≤ ${r.goals.seedSeconds} s at scale 1 | ${verdict(r.seed.seconds <= r.goals.seedSeconds)} |`,
    `| \`npm start\` to ready (scale-${r.options.scale} data) | ${r.start.secondsToReady} s | ≤ ${r.goals.startSeconds} s | ${verdict(r.start.secondsToReady <= r.goals.startSeconds)} |`,
    '',
    '## Contract operations through the gateway (autocannon)',
    '',
    'p95 is autocannon\'s p97.5 (its nearest percentile at or above 95); latencies in ms, whole milliseconds.',
    '',
    '| operation | clients | req/s | p50 | p95 | p99 | errors |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Ratios in detail (sub-millisecond timing, same client loop on both sides)',
    '',
    '| comparison | clients | side | req/s | p50 | p95 | p99 | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.gatewayOverDirect.flatMap((x) => [
      `| ProcedurePage | ${x.connections} | gateway | ${x.gateway.rps} | ${x.gateway.p50} | ${x.gateway.p95} | ${x.gateway.p99} | ${x.gateway.errors} |`,
      `| ProcedurePage | ${x.connections} | institutions directly | ${x.direct.rps} | ${x.direct.p50} | ${x.direct.p95} | ${x.direct.p99} | ${x.direct.errors} |`,
    ]),
    ...r.scorecardOverSql.flatMap((x) => [
      `| ParScorecard | ${x.connections} | gateway | ${x.gateway.rps} | ${x.gateway.p50} | ${x.gateway.p95} | ${x.gateway.p99} | ${x.gateway.errors} |`,
      `| ParScorecard | ${x.connections} | SQL (${Object.entries(x.statements).filter(([, n]) => n).map(([s, n]) => `${s} ${n}`).join(', ')} statements) | ${x.sql.rps} | ${x.sql.p50} | ${x.sql.p95} | ${x.sql.p99} | ${x.sql.errors} |`,
    ]),
    '',
  ].join('\n');
}
