import path from 'node:path';
import { Client } from 'pg';
import { CellReader, type ImportDb, type ImportError, type ImporterDefinition, type ParsedRow } from './importer';
import { readTable, TableFormatError } from './table';
import { announceWrite, type RedisTarget } from '../cache/write-events';

export interface ImportReport {
  entity: string;
  file: string;
  dryRun: boolean;
  /** Data rows read from the file. */
  rows: number;
  /** Whether anything was written (false after errors and in a dry run). */
  committed: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
}

export interface ImportOptions {
  /** The owning subgraph's database. */
  databaseUrl: string;
  file: string;
  dryRun?: boolean;
  /** Who runs the import, for the audit row. */
  subject: string;
  /** The owning subgraph and Redis: a committed import is announced there, so cached answers are dropped. */
  announce?: { subgraph: string; redis?: RedisTarget };
}

/**
 * Validates every row of the file, then writes all of them or none in one transaction, with one
 * audit row naming the file and what changed. Rows are upserted on their natural key, so running
 * the same file twice changes nothing the second time. A dry run does everything but commit.
 */
export async function runImport<T>(def: ImporterDefinition<T>, opts: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    entity: def.entity, file: path.basename(opts.file), dryRun: !!opts.dryRun, rows: 0, committed: false, inserted: 0, updated: 0, unchanged: 0, errors: [],
  };
  let table;
  try {
    table = await readTable(opts.file);
  } catch (err) {
    if (!(err instanceof TableFormatError)) throw err;
    report.errors.push({ row: 1, message: err.message });
    return report;
  }
  report.rows = table.rows.length;
  const known = new Set(def.columns.map((c) => c.name));
  for (const c of table.columns) if (c && !known.has(c)) report.errors.push({ row: 1, column: c, message: `unknown column; expected ${[...known].join(', ')}` });
  for (const c of def.columns) if (c.required && !table.columns.includes(c.name)) report.errors.push({ row: 1, column: c.name, message: 'required column is missing' });
  if (report.errors.length) return report;
  if (!table.rows.length) {
    report.errors.push({ row: 2, message: 'the file has no data rows' });
    return report;
  }

  const parsed: ParsedRow<T>[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const reader = new CellReader(row, cells);
    const value = reader.attempt('', () => def.parse(reader), null);
    report.errors.push(...reader.errors);
    if (reader.errors.length || value === null) continue;
    const key = def.key(value);
    const first = firstRowOf.get(key);
    if (first !== undefined) report.errors.push({ row, message: `same record as row ${first} (${key})` });
    else firstRowOf.set(key, row), parsed.push({ row, value });
  }

  const client = new Client({ connectionString: opts.databaseUrl });
  await client.connect();
  const db: ImportDb = { query: async (sql, params) => (await client.query(sql, params)).rows };
  try {
    await client.query('BEGIN');
    // The rows that read well are checked against the database too, so one pass reports everything.
    report.errors.push(...((parsed.length && (await def.check?.(db, parsed))) || []));
    if (report.errors.length) {
      report.errors.sort((a, b) => a.row - b.row);
      await client.query('ROLLBACK');
      return report;
    }
    const written = await def.write(db, parsed);
    Object.assign(report, { inserted: written.inserted, updated: written.updated, unchanged: parsed.length - written.inserted - written.updated });
    if (written.changed.length) {
      await client.query(
        `INSERT INTO audit_log (subject, roles, action, operation, object_type, object_ids, after)
         VALUES ($1, ARRAY['editor'], 'WRITE', $2, $3, $4, $5::jsonb)`,
        [opts.subject, `import:${def.entity}`, def.entity, written.changed, JSON.stringify({ file: report.file, rows: report.rows, inserted: written.inserted, updated: written.updated })],
      );
    }
    await client.query(opts.dryRun ? 'ROLLBACK' : 'COMMIT');
    report.committed = !opts.dryRun;
    if (report.committed && written.changed.length && opts.announce) await announceWrite(opts.announce.redis, opts.announce.subgraph, [`import:${def.entity}`]);
    return report;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** The report as a department reads it on a terminal. */
export function formatImportReport(r: ImportReport): string {
  const lines = [`${r.entity} from ${r.file}: ${r.rows} rows`];
  if (r.errors.length) {
    lines.push(`${r.errors.length} error(s); nothing was written:`);
    for (const e of r.errors) lines.push(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  } else {
    lines.push(`${r.inserted} new, ${r.updated} changed, ${r.unchanged} unchanged${r.dryRun ? ' (dry run: nothing was written)' : ''}`);
  }
  return lines.join('\n');
}
