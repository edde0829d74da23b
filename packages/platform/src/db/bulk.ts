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
