import type { SubgraphName } from '@par/platform';
import type { DashboardLoads } from './dashboard';
import type { BareGatewayGoal, CacheGoal, LatencyGoal } from './goals';
import { LEADERSHIP_OPERATIONS } from './goals';
import type { LoadResult } from './load';

/** What one scale's data measured. */
export interface ScaleReport {
  scale: number;
  seed: { seconds: number; reused: boolean; seededAt: string };
  start: { secondsToReady: number; reportedSeconds: number };
  fixtures: { agencies: number; province: string };
  /** Leadership operations and ProcedurePage at one client, cache off (goals 1 and 2); absent when `--only` left it out. */
  latency?: LatencyGoal;
  /** The first scale only: every contract query at 1/10/50 clients, cache off. */
  scenarios: Array<{ name: string; sampleError: string | null; runs: LoadResult[] }>;
  bareGateway?: BareGatewayGoal;
  cache?: CacheGoal;
  /** The first scale only: issue 20's scorecard page in Chromium, with the response cache off and on. */
  dashboard?: { cacheOff: DashboardLoads; cacheOn?: DashboardLoads };
  gatewayOverDirect?: Array<{ connections: number; gateway: LoadResult; direct: LoadResult; ratio: number }>;
  scorecardOverSql?: Array<{ connections: number; statements: Record<SubgraphName, number>; gateway: LoadResult; sql: LoadResult; ratio: number }>;
}

/** One goal of issue 17 as the run measured it; `met` null when the run could not measure it. */
export interface GoalResult {
  goal: string;
  measured: string;
  value: number;
  limit: string;
  met: boolean | null;
}

/** Everything one benchmark run measured: the JSON written to bench/results/. */
export interface BenchReport {
  date: string;
  machine: { loadAverageAtStart: number[]; loadAverage: number[]; cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  options: { quick: boolean; scales: number[]; seed: number; seconds: number; connections: number[]; database: string; only?: string[]; dashboardLoads?: number };
  runs: ScaleReport[];
  goals: GoalResult[];
}

export const LIMITS = {
  overProcedurePage: 5,
  scaleGrowth: 1.5,
  cachedRps: 150,
  overBareGateway: 2,
  seedScale10Seconds: 15 * 60,
  startSeconds: 10,
  gatewayOverDirect: 1.2,
  scorecardOverSql: 1.5,
  dashboardReadyMs: 1000,
};

/** The goals of issue 17, in its order, then issue 20's, from the runs of each scale. */
export function goalsOf(runs: ScaleReport[]): GoalResult[] {
  const base = runs[0];
  const big = runs.find((r) => r.scale === 10) ?? (runs.length > 1 ? runs[runs.length - 1] : undefined);
  const goals: GoalResult[] = [];
  for (const op of LEADERSHIP_OPERATIONS) {
    if (!base.latency) break;
    const r = base.latency.operations[op];
    goals.push({
      goal: `${op} p50 / ProcedurePage p50, 1 client, cache off (scale ${base.scale})`,
      measured: `${r.p50} / ${base.latency.procedurePage.p50} ms`,
      value: r.overProcedurePage,
      limit: `≤ ${LIMITS.overProcedurePage}`,
      met: Number.isFinite(r.overProcedurePage) ? r.overProcedurePage <= LIMITS.overProcedurePage : false,
    });
  }
  for (const op of LEADERSHIP_OPERATIONS) {
    if (!big?.latency || !base.latency) break;
    const ratio = round2(big.latency.operations[op].p50 / base.latency.operations[op].p50);
    goals.push({
      goal: `${op} p50 at scale ${big.scale} / at scale ${base.scale}, 1 client, cache off`,
      // The two scales run minutes apart: each one's ProcedurePage shows how much of the ratio is the machine's load.
      measured: `${big.latency.operations[op].p50} / ${base.latency.operations[op].p50} ms (ProcedurePage ${big.latency.procedurePage.p50} / ${base.latency.procedurePage.p50} ms; ratio of the ratios to it ${round2(big.latency.operations[op].overProcedurePage / base.latency.operations[op].overProcedurePage)})`,
      value: ratio,
      limit: `≤ ${LIMITS.scaleGrowth}`,
      met: Number.isFinite(ratio) ? ratio <= LIMITS.scaleGrowth : false,
    });
  }
  if (base.cache) {
    const c = base.cache;
    goals.push({
      goal: `cache on (Redis), ${c.leaders} leaders, ParScorecard + DistrictComparison at ${c.connections} clients: throughput`,
      measured: `${c.load.requests} answers in ${c.load.seconds} s, p95 ${c.load.p95} ms, ${c.load.errors} errors`,
      value: c.load.rps,
      limit: `≥ ${LIMITS.cachedRps} req/s`,
      met: c.load.rps >= LIMITS.cachedRps && c.load.errors === 0,
    });
    goals.push({
      goal: 'stale answers after a write in the middle of that load',
      measured: `${Object.entries(c.afterWrite).map(([op, x]) => `${op} ${x.stale} of ${x.reads}`).join(', ')}; write ${c.write.ok ? `${c.write.ms} ms` : 'failed'}${c.note ? `; ${c.note}` : ''}`,
      value: c.stale,
      limit: '= 0',
      met: c.checkValid ? c.stale === 0 : null,
    });
  }
  if (base.bareGateway) {
    const b = base.bareGateway;
    goals.push({
      goal: `AgencyProfile over ${base.fixtures.agencies} departments, ${b.connections} clients, cache off: hub / bare @apollo/gateway throughput`,
      measured: `${b.hub.rps} / ${b.bare.rps} req/s (p50 ${b.hub.p50} / ${b.bare.p50} ms)`,
      value: b.ratio,
      limit: `≥ ${LIMITS.overBareGateway}`,
      met: b.ratio >= LIMITS.overBareGateway,
    });
  }
  if (big) {
    goals.push({
      goal: `seed at scale ${big.scale}${big.seed.reused ? ` (measured ${big.seed.seededAt.slice(0, 16)})` : ''}`,
      measured: `${big.seed.seconds} s`,
      value: big.seed.seconds,
      limit: `≤ ${LIMITS.seedScale10Seconds} s`,
      met: big.seed.seconds <= LIMITS.seedScale10Seconds,
    });
  }
  goals.push({
    goal: `\`npm start\` to ready on scale-${base.scale} data`,
    measured: `${base.start.secondsToReady} s (supervisor's own figure ${base.start.reportedSeconds} s)`,
    value: base.start.secondsToReady,
    limit: `≤ ${LIMITS.startSeconds} s`,
    met: base.start.secondsToReady <= LIMITS.startSeconds,
  });
  for (const [cache, d] of Object.entries(base.dashboard ?? {})) goals.push(dashboardGoal(base.scale, cache === 'cacheOn' ? 'on' : 'off', d));
  return goals;
}

/** Issue 20: every navigation, the first and the warm ones, shows every badge within the limit. */
function dashboardGoal(scale: number, cache: 'on' | 'off', d: DashboardLoads): GoalResult {
  const goal = `dashboard scorecard ready (every target's status badge) from navigation, Chromium, cache ${cache} (scale ${scale})`;
  if (!d.measured) return { goal, measured: d.note ?? 'not measured', value: NaN, limit: `≤ ${LIMITS.dashboardReadyMs} ms`, met: null };
  const worst = Number.isFinite(d.first) && Number.isFinite(d.warm.max) ? Math.max(d.first, d.warm.max) : NaN;
  return {
    goal,
    measured: `first load ${d.first} ms; ${d.warm.loads} warm loads p50 ${d.warm.p50} ms, max ${d.warm.max} ms; ${d.targets} badges${d.note ? `; ${d.note}` : ''}${d.consoleErrors.length ? `; console errors: ${d.consoleErrors.join(' | ')}` : ''}${d.httpErrors.length ? ` (${d.httpErrors.join(', ')})` : ''}`,
    value: worst,
    limit: `≤ ${LIMITS.dashboardReadyMs} ms (slowest load)`,
    met: Number.isFinite(worst) ? worst <= LIMITS.dashboardReadyMs : false,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const verdict = (met: boolean | null) => (met === null ? '⚠️ not judged' : met ? '✅ met' : '❌ not met');

/** The goals as printed at the end of a run. */
export function renderGoals(goals: GoalResult[]): string {
  return goals.map((g) => `${g.met === null ? 'NOT JUDGED' : g.met ? 'met    ' : 'NOT met'}  ${g.goal}: ${g.measured} = ${g.value} (goal ${g.limit})`).join('\n');
}

function dashboardSection(d: NonNullable<ScaleReport['dashboard']>): string[] {
  const row = (cache: string, x: DashboardLoads) =>
    x.measured
      ? `| ${cache} | ${x.targets} | ${x.first} | ${x.warm.p50} | ${x.warm.max} | ${x.all.join(', ')} | ${x.consoleErrors.length} | ${x.outside.length} |`
      : `| ${cache} | ${x.targets} | ${x.note} | | | | | |`;
  return [
    '## Dashboard scorecard in Chromium (issue 20)',
    '',
    'Navigation to the gateway\'s `/` with a leadership token, until every target shows its status badge; ms from navigation start ' +
      '(the page\'s own clock). The first load is the browser\'s first, its cache empty; the warm ones follow in the same page.',
    '',
    '| response cache | badges | first load ms | warm p50 ms | warm max ms | every load ms | console errors | requests off the hub |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('off', d.cacheOff),
    ...(d.cacheOn ? [row('on', d.cacheOn)] : []),
    '',
  ];
}

const clients = (n: number) => `${n} client${n > 1 ? 's' : ''}`;

export function renderMarkdown(r: BenchReport): string {
  const base = r.runs[0];
  const rows = base.scenarios.flatMap((s) =>
    s.runs.map((x) =>
      x.requests
        ? `| ${s.name} | ${x.connections} | ${x.rps} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.errors}${s.sampleError ? ' (sample failed)' : ''} |`
        : `| ${s.name} | ${x.connections} | 0 | no answer within ${x.seconds} s | | | ${x.errors} |`,
    ),
  );
  const latencyRows = r.runs.flatMap((run) => !run.latency ? [] : [
    `| ${run.scale} | ProcedurePage | ${run.latency.procedurePage.requests} | ${run.latency.procedurePage.p50} | ${run.latency.procedurePage.p95} | — | ${run.latency.procedurePage.errors} |`,
    ...LEADERSHIP_OPERATIONS.map((op) => {
      const x = run.latency!.operations[op];
      return `| ${run.scale} | ${op} | ${x.requests} | ${x.p50} | ${x.p95} | ${x.overProcedurePage} | ${x.errors} |`;
    }),
  ]);
  return [
    `# Benchmark ${r.date}${r.options.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}, ${r.machine.platform}; ` +
      `load average ${r.machine.loadAverageAtStart.join(' / ')} at the start and ${r.machine.loadAverage.join(' / ')} at the end (1/5/15 min; the load generator shares the cores with the hub). ` +
      `Data: scales ${r.options.scales.join(', ')}, seed ${r.options.seed}, ${r.options.database} PostgreSQL. ${r.options.seconds} s per run.`,
    '',
    '## Goals of issues 17 and 20',
    '',
    '| goal | measured | ratio / value | limit | |',
    '| --- | --- | --- | --- | --- |',
    ...r.goals.map((g) => `| ${g.goal} | ${g.measured} | **${g.value}** | ${g.limit} | ${verdict(g.met)} |`),
    '',
    ...(latencyRows.length
      ? [
          '## Leadership operations at one client, cache off (sub-millisecond timing, alternating slices)',
          '',
          'p50 and p95 are the medians of four slices each; ratio = p50 / ProcedurePage p50 of the same scale.',
          '',
          '| scale | operation | requests | p50 ms | p95 ms | / ProcedurePage | errors |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          ...latencyRows,
          '',
        ]
      : []),
    ...(base.dashboard ? dashboardSection(base.dashboard) : []),
    ...(base.cache
      ? [
          '## Cache on, twenty leaders, a write in the middle',
          '',
          `${base.cache.leaders} leadership tokens (same role, different subjects) at ${base.cache.connections} clients, ParScorecard and DistrictComparison in turn, ` +
            `Redis-backed response cache; halfway through, \`${base.cache.write.operation}\` through the gateway (${base.cache.write.ok ? `${base.cache.write.ms} ms` : 'FAILED'}).`,
          '',
          '| operation | requests | errors | reads after the write | stale | write changed the answer |',
          '| --- | --- | --- | --- | --- | --- |',
          ...Object.entries(base.cache.byOperation).map(([op, x]) => {
            const a = base.cache!.afterWrite[op];
            return `| ${op} | ${x.requests} | ${x.errors} | ${a.reads} | ${a.stale} | ${a.changedByWrite ? 'yes' : 'no'} |`;
          }),
          '',
          `All: ${base.cache.load.rps} req/s, p50 ${base.cache.load.p50} ms, p95 ${base.cache.load.p95} ms, p99 ${base.cache.load.p99} ms.`,
          '',
        ]
      : []),
    ...(rows.length
      ? [
          `## Contract operations through the gateway, cache off (autocannon, scale ${base.scale})`,
          '',
          'p95 is autocannon\'s p97.5 (its nearest percentile at or above 95); latencies in ms, whole milliseconds.',
          '',
          '| operation | clients | req/s | p50 | p95 | p99 | errors |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          ...rows,
          '',
        ]
      : []),
    ...(base.bareGateway || base.gatewayOverDirect || base.scorecardOverSql
      ? [
          '## Overheads (sub-millisecond timing, same client loop on both sides)',
          '',
          '| comparison | clients | side | req/s | p50 | p95 | p99 | errors |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ]
      : []),
    ...(base.bareGateway
      ? [
          `| AgencyProfile | ${base.bareGateway.connections} | hub gateway | ${base.bareGateway.hub.rps} | ${base.bareGateway.hub.p50} | ${base.bareGateway.hub.p95} | ${base.bareGateway.hub.p99} | ${base.bareGateway.hub.errors} |`,
          `| AgencyProfile | ${base.bareGateway.connections} | bare @apollo/gateway | ${base.bareGateway.bare.rps} | ${base.bareGateway.bare.p50} | ${base.bareGateway.bare.p95} | ${base.bareGateway.bare.p99} | ${base.bareGateway.bare.errors} |`,
        ]
      : []),
    ...(base.gatewayOverDirect ?? []).flatMap((x) => [
      `| ProcedurePage (${clients(x.connections)}; gateway / direct = ${x.ratio}) | ${x.connections} | gateway | ${x.gateway.rps} | ${x.gateway.p50} | ${x.gateway.p95} | ${x.gateway.p99} | ${x.gateway.errors} |`,
      `| ProcedurePage | ${x.connections} | institutions directly | ${x.direct.rps} | ${x.direct.p50} | ${x.direct.p95} | ${x.direct.p99} | ${x.direct.errors} |`,
    ]),
    ...(base.scorecardOverSql ?? []).flatMap((x) => [
      `| ParScorecard (gateway / SQL = ${x.ratio}) | ${x.connections} | gateway | ${x.gateway.rps} | ${x.gateway.p50} | ${x.gateway.p95} | ${x.gateway.p99} | ${x.gateway.errors} |`,
      `| ParScorecard | ${x.connections} | SQL (${Object.entries(x.statements).filter(([, n]) => n).map(([s, n]) => `${s} ${n}`).join(', ')} statements) | ${x.sql.rps} | ${x.sql.p50} | ${x.sql.p95} | ${x.sql.p99} | ${x.sql.errors} |`,
    ]),
    '',
    '## Data and start',
    '',
    '| scale | seed | start to ready |',
    '| --- | --- | --- |',
    ...r.runs.map((run) => `| ${run.scale} | ${run.seed.seconds} s${run.seed.reused ? ` (measured ${run.seed.seededAt.slice(0, 16)})` : ''} | ${run.start.secondsToReady} s |`),
    '',
  ].join('\n');
}
