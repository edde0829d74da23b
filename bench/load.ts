import http from 'node:http';

/** The figures every scenario reports, whatever produced the load. */
export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, transport errors, timeouts and answers carrying GraphQL `errors`. */
  errors: number;
}

/** The slice of autocannon's API we use (it ships no types). */
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; p90: number; average: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = require('autocannon') as Autocannon;

export interface GraphQLRequest {
  url: string;
  token?: string;
  /** JSON bodies sent in turn (several when a scenario rotates through ids). */
  bodies: string[];
}

const headersOf = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** A body with GraphQL errors counts as failed: a fast error is not a fast answer. */
export const answeredWithoutErrors = (body: string) => !body.includes('"errors":');

/**
 * Closed-loop load with autocannon: `connections` clients each sending the next request as soon as
 * the previous one is answered, for `seconds`. autocannon's latencies are whole milliseconds, so
 * p95 here is its nearest reported percentile at or above 95 (p97.5).
 */
export async function autocannonLoad(req: GraphQLRequest, connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: req.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: headersOf(req.token),
    requests: [
      {
        method: 'POST',
        setupRequest: (r: Record<string, unknown>) => ({ ...r, body: req.bodies[next++ % req.bodies.length] }),
      },
    ],
    verifyBody: answeredWithoutErrors,
    timeout: 30,
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    rps: round(result.requests.total / seconds, 1),
    // No answer within the run: no latency to report (autocannon would say 0).
    p50: result.requests.total ? result.latency.p50 : NaN,
    p95: result.requests.total ? result.latency.p97_5 : NaN,
    p99: result.requests.total ? result.latency.p99 : NaN,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Samples {
  latencies: number[];
  errors: number;
  seconds: number;
}

async function collect(call: () => Promise<boolean>, connections: number, seconds: number, into: Samples): Promise<void> {
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await call().catch(() => false);
        into.latencies.push(performance.now() - t0);
        if (!ok) into.errors++;
      }
    }),
  );
  into.seconds += seconds;
}

function summarize(s: Samples, connections: number): LoadResult {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    connections,
    seconds: s.seconds,
    requests: sorted.length,
    rps: round(sorted.length / s.seconds, 1),
    p50: round(percentile(sorted, 50), 3),
    p95: round(percentile(sorted, 95), 3),
    p99: round(percentile(sorted, 99), 3),
    errors: s.errors,
  };
}

/** Closed-loop load measured with sub-millisecond timing. `call` resolves to whether it succeeded. */
export async function timedLoop(call: () => Promise<boolean>, connections: number, seconds: number): Promise<LoadResult> {
  const s: Samples = { latencies: [], errors: 0, seconds: 0 };
  await collect(call, connections, seconds, s);
  return summarize(s, connections);
}

/**
 * The two sides of a ratio (gateway and subgraph, gateway and bare SQL), driven by the same loop
 * in alternating slices after a warm-up of each, so that drift in the machine's load (other
 * processes, JIT, caches) falls on both sides alike and only the server side differs.
 */
export async function timedPair(
  a: () => Promise<boolean>,
  b: () => Promise<boolean>,
  connections: number,
  seconds: number,
  warmupSeconds: number,
  slices = 4,
): Promise<[LoadResult, LoadResult]> {
  await timedLoop(a, connections, warmupSeconds);
  await timedLoop(b, connections, warmupSeconds);
  const sa: Samples = { latencies: [], errors: 0, seconds: 0 };
  const sb: Samples = { latencies: [], errors: 0, seconds: 0 };
  for (let i = 0; i < slices; i++) {
    await collect(a, connections, seconds / slices, sa);
    await collect(b, connections, seconds / slices, sb);
  }
  return [summarize(sa, connections), summarize(sb, connections)];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One POST over a kept-alive connection: the status and the whole body. */
export function postText(url: string, token: string | undefined, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const r = http.request(url, { method: 'POST', agent, headers: { ...headersOf(token), 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(body);
  });
}

/** One POST; true when the answer is 200 without GraphQL errors. */
export async function postOnce(req: GraphQLRequest, body = req.bodies[0]): Promise<boolean> {
  const { status, text } = await postText(req.url, req.token, body);
  return status === 200 && answeredWithoutErrors(text);
}

/** A caller that sends `req`'s bodies in turn (a scenario rotating through ids). */
export function rotating(req: GraphQLRequest): () => Promise<boolean> {
  let next = 0;
  return () => postOnce(req, req.bodies[next++ % req.bodies.length]);
}

export function closeAgent(): void {
  agent.destroy();
}
