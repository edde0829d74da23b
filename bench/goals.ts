import { createHash, randomUUID } from 'node:crypto';
import { postText, round, rotating, timedLoop, timedPair, answeredWithoutErrors, type GraphQLRequest, type LoadResult } from './load';
import { PROCEDURE_PAGE, PROCEDURE_PAGE_VARIABLES, SCENARIOS, type Fixtures } from './scenarios';

/**
 * The measurements behind issue 17's goals, each a ratio taken within one run so that the
 * machine's load falls on both of its sides alike. run.ts starts and stops the processes; these
 * only drive requests and compute the figures.
 */
export const LEADERSHIP_OPERATIONS = ['ParScorecard', 'AgencyProfile', 'DistrictComparison', 'DossierTrend'] as const;
export type LeadershipOperation = (typeof LEADERSHIP_OPERATIONS)[number];

const scenario = (name: string) => SCENARIOS.find((s) => s.name === name)!;

/** Bodies of a scenario; AgencyProfile rotates over every department found. */
export function bodiesOf(name: string, fixtures: Fixtures): string[] {
  const sc = scenario(name);
  const n = name === 'AgencyProfile' ? fixtures.agencyIds.length : 1;
  return Array.from({ length: n }, (_, i) => JSON.stringify({ query: sc.query, operationName: sc.name, variables: sc.variables(fixtures, i) }));
}

export interface LatencyGoal {
  /** ProcedurePage through the gateway: the simple page the leadership operations are held to. */
  procedurePage: LoadResult;
  operations: Record<LeadershipOperation, LoadResult & { overProcedurePage: number }>;
}

/**
 * Goal 1 (and the per-scale figures of goal 2): each leadership operation and ProcedurePage at
 * one client, the response cache off, in alternating slices so a busy minute lands on all of them.
 */
export async function leadershipLatency(gatewayUrl: string, token: string, fixtures: Fixtures, seconds: number, slices = 4): Promise<LatencyGoal> {
  const page: GraphQLRequest = { url: gatewayUrl, bodies: [JSON.stringify({ query: PROCEDURE_PAGE, variables: PROCEDURE_PAGE_VARIABLES })] };
  const calls: Array<[string, () => Promise<boolean>]> = [
    ['ProcedurePage', rotating(page)],
    ...LEADERSHIP_OPERATIONS.map((op) => [op, rotating({ url: gatewayUrl, token, bodies: bodiesOf(op, fixtures) })] as [string, () => Promise<boolean>]),
  ];
  for (const [, call] of calls) await timedLoop(call, 1, 1); // warm-up: plans, JIT, buffers
  const samples = new Map<string, LoadResult[]>();
  for (let i = 0; i < slices; i++) {
    for (const [name, call] of calls) samples.set(name, [...(samples.get(name) ?? []), await timedLoop(call, 1, seconds / slices)]);
  }
  const merged = new Map([...samples].map(([name, runs]) => [name, mergeRuns(runs)]));
  const procedurePage = merged.get('ProcedurePage')!;
  const operations = Object.fromEntries(
    LEADERSHIP_OPERATIONS.map((op) => {
      const r = merged.get(op)!;
      return [op, { ...r, overProcedurePage: round(r.p50 / procedurePage.p50) }];
    }),
  ) as LatencyGoal['operations'];
  return { procedurePage, operations };
}

/** One result from the slices of a run: the median of slice medians keeps one busy slice from deciding it. */
function mergeRuns(runs: LoadResult[]): LoadResult {
  const median = (xs: number[]) => {
    const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
  };
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  return {
    connections: runs[0].connections,
    seconds,
    requests,
    rps: round(requests / seconds, 1),
    p50: round(median(runs.map((r) => r.p50)), 3),
    p95: round(median(runs.map((r) => r.p95)), 3),
    p99: round(median(runs.map((r) => r.p99)), 3),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

export interface BareGatewayGoal {
  connections: number;
  hub: LoadResult;
  bare: LoadResult;
  /** Hub throughput ÷ bare gateway throughput (goal ≥ 2). */
  ratio: number;
}

/** Goal 4: AgencyProfile over the departments, the hub's gateway (cache off) against a bare one. */
export async function overBareGateway(hubUrl: string, bareUrl: string, token: string, fixtures: Fixtures, connections: number, seconds: number, warmup: number): Promise<BareGatewayGoal> {
  const bodies = bodiesOf('AgencyProfile', fixtures);
  const [hub, bare] = await timedPair(rotating({ url: hubUrl, token, bodies }), rotating({ url: bareUrl, token, bodies }), connections, seconds, warmup);
  return { connections, hub, bare, ratio: round(hub.rps / bare.rps) };
}

export interface CacheGoal {
  connections: number;
  leaders: number;
  load: LoadResult;
  byOperation: Record<string, { requests: number; errors: number }>;
  write: { operation: string; ms: number; ok: boolean; error?: string };
  /** Reads sent after the write was acknowledged, per operation, and how many of them answered as before it. */
  afterWrite: Record<string, { reads: number; stale: number; changedByWrite: boolean }>;
  stale: number;
  /** False when the check could not judge (an answer depending on the caller beyond its claims). */
  checkValid: boolean;
  note?: string;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The write in the middle of goal 3: one dossier received online in 2020 at a district People's
 * Committee (DistrictComparison counts it in that district) and a new 2020 figure for online tax
 * declarations (ParScorecard measures TAX_DECLARATIONS_ONLINE from it). Random values, so every
 * run's write changes the answers whatever earlier runs wrote.
 */
const WRITE = `mutation BenchWrite($statistic: SectorStatisticInput!, $dossier: ReceiveDossierInput!) {
  recordSectorStatistic(input: $statistic) { year numerator denominator }
  receiveDossier(input: $dossier) { id }
}`;

export interface WriteTarget {
  reportingAgencyId: string;
  districtCommitteeId: string;
  procedureCode: string;
}

/** What the write needs from the data: a department, a district People's Committee, a district procedure. */
export async function discoverWriteTarget(post: (query: string, variables: Record<string, unknown>) => Promise<{ data?: any; errors?: unknown[] }>, fixtures: Fixtures): Promise<WriteTarget> {
  const districts = await post(scenario('DistrictComparison').query, scenario('DistrictComparison').variables(fixtures, 0));
  const committee = (districts.data?.administrativeUnit?.children ?? []).map((c: any) => c.peoplesCommittee?.id).find(Boolean);
  const procedures = await post(`{ administrativeProcedures(first: 1, filter: { level: DISTRICT }) { edges { node { code } } } }`, {});
  const procedureCode = procedures.data?.administrativeProcedures?.edges?.[0]?.node?.code;
  if (!committee || !procedureCode) throw new Error(`no district People's Committee or district procedure to write to (${JSON.stringify(districts.errors ?? procedures.errors ?? '')})`);
  return { reportingAgencyId: fixtures.agencyIds[0], districtCommitteeId: committee, procedureCode };
}

export interface CacheRunOptions {
  gatewayUrl: string;
  /** One token per leader: same role, different subjects. */
  leaderTokens: string[];
  editorToken: string;
  /** Mints a leadership token with claims no other request has used: a guaranteed cache miss. */
  freshProbeToken: () => Promise<string>;
  fixtures: Fixtures;
  target: WriteTarget;
  connections: number;
  seconds: number;
}

/**
 * Goal 3: leaders opening ParScorecard and DistrictComparison, the cache on; halfway, a write
 * through the gateway. A read sent after the write was acknowledged is stale when its answer
 * differs from the truth, read right after the load with claims no cache entry was stored under
 * (leadership with an agency claim never seen before). The probe is checked against the shared
 * answer before the write: if they differ, the answer depends on more than the claims and the
 * check says it cannot judge rather than counting stale answers that are not.
 */
export async function cacheUnderLoad(o: CacheRunOptions): Promise<CacheGoal> {
  const ops = ['ParScorecard', 'DistrictComparison'];
  const bodies = new Map(ops.map((op) => [op, bodiesOf(op, o.fixtures)[0]]));
  const probe = async (op: string) => {
    const r = await postText(o.gatewayUrl, await o.freshProbeToken(), bodies.get(op)!);
    return r.text;
  };
  // Warm the entries, then check the probe agrees with them.
  const before = new Map<string, string>();
  for (const op of ops) before.set(op, (await postText(o.gatewayUrl, o.leaderTokens[0], bodies.get(op)!)).text);
  let checkValid = true;
  let note: string | undefined;
  for (const op of ops) {
    if ((await probe(op)) !== before.get(op)) {
      checkValid = false;
      note = `${op}: the answer under fresh claims differs from the leaders' before any write`;
    }
  }

  let ackedAt = Infinity;
  const results: Array<{ op: string; sentAt: number; hash: string; ok: boolean }> = [];
  const latencies: number[] = [];
  let errors = 0;
  let turn = 0;
  const started = performance.now();
  const end = started + o.seconds * 1000;
  const writeAt = started + (o.seconds * 1000) / 2;
  const write: CacheGoal['write'] = { operation: 'recordSectorStatistic + receiveDossier', ms: NaN, ok: false };
  const denominator = 100_000 + Math.floor(Math.random() * 100_000);
  const writer = (async () => {
    await new Promise((r) => setTimeout(r, writeAt - performance.now()));
    const t0 = performance.now();
    const res = await postText(
      o.gatewayUrl,
      o.editorToken,
      JSON.stringify({
        query: WRITE,
        variables: {
          statistic: { indicator: 'TAX_DECLARATIONS_ONLINE', year: 2020, reportingAgencyId: o.target.reportingAgencyId, numerator: Math.floor(denominator * 0.9), denominator },
          dossier: {
            procedureCode: o.target.procedureCode, agencyId: o.target.districtCommitteeId, channel: 'ONLINE', applicantKind: 'CITIZEN',
            applicantName: 'Bench Reader', receivedAt: '2020-06-15T09:30:00+07:00',
          },
        },
      }),
    );
    ackedAt = performance.now();
    write.ms = round(ackedAt - t0, 1);
    write.ok = res.status === 200 && answeredWithoutErrors(res.text);
    if (!write.ok) write.error = res.text.slice(0, 500);
  })();
  await Promise.all(
    Array.from({ length: o.connections }, async () => {
      // Until the end of the run, and at least half a run past the write's acknowledgement.
      while (performance.now() < Math.max(end, ackedAt + (o.seconds * 1000) / 2)) {
        const i = turn++;
        const op = ops[i % ops.length];
        const token = o.leaderTokens[Math.floor(i / ops.length) % o.leaderTokens.length];
        const sentAt = performance.now();
        try {
          const r = await postText(o.gatewayUrl, token, bodies.get(op)!);
          const ok = r.status === 200 && answeredWithoutErrors(r.text);
          if (!ok) errors++;
          results.push({ op, sentAt, hash: hash(r.text), ok });
        } catch {
          errors++;
          results.push({ op, sentAt, hash: '', ok: false });
        }
        latencies.push(performance.now() - sentAt);
      }
    }),
  );
  await writer;
  const elapsed = (performance.now() - started) / 1000;

  const afterWrite: CacheGoal['afterWrite'] = {};
  let stale = 0;
  for (const op of ops) {
    const truth = hash(await probe(op));
    const reads = results.filter((r) => r.op === op && r.sentAt > ackedAt && r.ok);
    const wrong = reads.filter((r) => r.hash !== truth).length;
    afterWrite[op] = { reads: reads.length, stale: wrong, changedByWrite: truth !== hash(before.get(op)!) };
    stale += wrong;
    if (!afterWrite[op].changedByWrite) {
      checkValid = false;
      note = `${op}: the write did not change its answer, so staleness cannot be seen in it`;
    }
  }
  const sorted = latencies.sort((a, b) => a - b);
  const pct = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN, 3);
  const byOperation = Object.fromEntries(ops.map((op) => [op, { requests: results.filter((r) => r.op === op).length, errors: results.filter((r) => r.op === op && !r.ok).length }]));
  return {
    connections: o.connections,
    leaders: o.leaderTokens.length,
    load: { connections: o.connections, seconds: round(elapsed, 2), requests: results.length, rps: round(results.length / elapsed, 1), p50: pct(50), p95: pct(95), p99: pct(99), errors },
    byOperation,
    write,
    afterWrite,
    stale,
    checkValid: checkValid && write.ok,
    note: write.ok ? note : `the write failed: ${write.error}`,
  };
}

/** Unused claims for each probe: a leadership token naming an agency nobody else's token names. */
export const probeAgency = () => randomUUID();
