import { Pool } from 'pg';
import { STATEMENT_COUNTER_PATH, SUBGRAPHS, type CountedStatement, type SubgraphName } from '@par/platform';
import { postOnce, type GraphQLRequest } from './load';

/**
 * What PostgreSQL alone needs for an operation: the very statements the owning subgraphs issued
 * for it (captured from their statement counters, with their parameters), replayed with the bare
 * `pg` driver in the same order and with the same concurrency: the root subgraph's statements
 * first, then the other subgraphs' in parallel; statements a subgraph issued together run
 * together. The ratio to this baseline is the whole cost of GraphQL, federation and HTTP.
 */
export interface Replay {
  statements: Record<SubgraphName, number>;
  run(): Promise<boolean>;
  close(): Promise<void>;
}

/** Statements issued within this many ms of each other were issued in the same tick (one batch). */
const SAME_TICK_MS = 0.3;

async function readStatements(url: string): Promise<CountedStatement[]> {
  const res = await fetch(new URL(STATEMENT_COUNTER_PATH, url));
  if (!res.ok) throw new Error(`${url}: the statement counter is not enabled (SQL_STATEMENT_COUNTER)`);
  return ((await res.json()) as { statements: CountedStatement[] }).statements;
}

function batches(statements: CountedStatement[]): CountedStatement[][] {
  const out: CountedStatement[][] = [];
  for (const s of statements) {
    const last = out[out.length - 1];
    if (last && s.at - last[0].at < SAME_TICK_MS) last.push(s);
    else out.push([s]);
  }
  return out;
}

export async function captureReplay(
  req: GraphQLRequest,
  subgraphUrls: Record<SubgraphName, string>,
  databaseUrls: Record<SubgraphName, string>,
  connections: number,
): Promise<Replay> {
  await Promise.all(SUBGRAPHS.map((s) => readStatements(subgraphUrls[s])));
  if (!(await postOnce(req))) throw new Error('the operation to capture failed');
  const captured = await Promise.all(SUBGRAPHS.map((s) => readStatements(subgraphUrls[s])));
  const used = SUBGRAPHS.map((s, i) => ({ s, statements: captured[i] }))
    .filter((x) => x.statements.length)
    .sort((a, b) => a.statements[0].at - b.statements[0].at);
  if (!used.length) throw new Error('the operation issued no SQL');
  const pools = new Map(used.map(({ s }) => [s, new Pool({ connectionString: databaseUrls[s], max: connections })]));
  // An idle connection closed by the server (the hub stopping) must not crash the benchmark.
  for (const p of pools.values()) p.on('error', () => undefined);
  const plan = used.map(({ s, statements }) => ({ pool: pools.get(s)!, batches: batches(statements) }));
  const runSubgraph = async (p: (typeof plan)[number]) => {
    for (const batch of p.batches) await Promise.all(batch.map((q) => p.pool.query(q.sql, q.params as unknown[] | undefined)));
  };
  return {
    statements: Object.fromEntries(SUBGRAPHS.map((s, i) => [s, captured[i].length])) as Record<SubgraphName, number>,
    async run() {
      await runSubgraph(plan[0]);
      await Promise.all(plan.slice(1).map(runSubgraph));
      return true;
    },
    async close() {
      await Promise.all([...pools.values()].map((p) => p.end()));
    },
  };
}
