import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | bigint | boolean | null | undefined | Date | object;

/** Text-format COPY escaping: backslash, tab, newline and carriage return; NULL as \N. */
function encode(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Streams rows into a table with COPY, the fastest path PostgreSQL offers for bulk loads.
 * `rows` may be any (async) iterable, so a generator of millions of rows never sits in memory.
 */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]> | AsyncIterable<readonly CopyValue[]>,
): Promise<number> {
  if (!IDENT.test(table) || !columns.every((c) => IDENT.test(c))) throw new Error('invalid table or column name');
  let count = 0;
  async function* lines() {
    let buf = '';
    for await (const row of rows as AsyncIterable<readonly CopyValue[]>) {
      buf += row.map(encode).join('\t') + '\n';
      count++;
      if (buf.length > 1 << 16) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines()), sink);
  return count;
}

/**
 * Runs a bulk load into `table` with its secondary indexes dropped, then builds them again, all
 * inside the caller's transaction (a failure or rollback brings the indexes back untouched).
 * Keeping a dozen B-trees current row by row costs PostgreSQL several times the COPY itself; one
 * sorted build per index at the end does not, which is what lets ten provinces' dossiers load in
 * minutes. Indexes backing constraints (primary key, unique) stay: COPY must still enforce them.
 * On a partitioned table the parent's indexes are dropped and built again on every partition.
 */
export async function withIndexesDeferred<T>(client: ClientBase, table: string, load: () => Promise<T>): Promise<T> {
  if (!IDENT.test(table)) throw new Error('invalid table name');
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [table],
  );
  for (const r of rows) await client.query(`DROP INDEX ${quoteIdent(r.name)}`);
  const result = await load();
  // Sorting for the builds: more memory than the default 64 MB keeps each sort off the disk.
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  // A partitioned table's index is described `ON ONLY` the parent (no partition's index): built
  // without ONLY, it is built on every partition and attached, as it was.
  for (const r of rows) await client.query(r.definition.replace(/^(CREATE (?:UNIQUE )?INDEX \S+ ON )ONLY /, '$1'));
  return result;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
