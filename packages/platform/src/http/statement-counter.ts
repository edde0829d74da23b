import type { IncomingMessage, ServerResponse } from 'node:http';
import { onSql } from '../db/query';
import { ConfigError } from '../env';
import type { Route } from './server';

export const STATEMENT_COUNTER_PATH = '/debug/sql-statements';

export interface CountedStatement {
  sql: string;
  /** Bind parameters (`sqlRows`); the ORM's statements carry theirs inline. */
  params?: readonly unknown[];
  /** When it was issued (ms, monotonic): statements issued together ran concurrently. */
  at: number;
}

export interface StatementCounter {
  /** Receives the ORM's statements (`sqlRows` statements arrive through `onSql`). */
  onQuery(sql: string): void;
  routes: Record<string, Route>;
  close(): void;
}

function send(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Counts the SQL statements a subgraph process issues, for the statement-count tests (no N+1):
 * each subgraph is its own process, and `pg_stat_statements` is not loaded on every server, so
 * the process reports on itself. Enabled only by `SQL_STATEMENT_COUNTER=true`, never in production.
 * `GET /debug/sql-statements` returns the statements since the last call and starts a new count;
 * the benchmark also replays them with the bare driver as its baseline.
 */
export function statementCounterFromEnv(source: NodeJS.ProcessEnv, nodeEnv: string): StatementCounter | null {
  const flag = source.SQL_STATEMENT_COUNTER;
  if (!flag || flag === 'false' || flag === '0') return null;
  if (nodeEnv === 'production') throw new ConfigError('SQL_STATEMENT_COUNTER: a test aid, refused when NODE_ENV=production');
  let seen: CountedStatement[] = [];
  const record = (sql: string, params?: readonly unknown[]) => {
    // Bounded, so a forgotten flag cannot grow memory without end.
    if (seen.length < 10_000) seen.push({ sql, params, at: performance.now() });
  };
  const off = onSql(record);
  return {
    onQuery: (sql) => record(sql),
    routes: {
      [STATEMENT_COUNTER_PATH]: (_req: IncomingMessage, res: ServerResponse) => {
        const statements = seen;
        seen = [];
        send(res, { count: statements.length, statements });
      },
    },
    close: () => void off(),
  };
}
