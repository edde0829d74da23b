import { HubError } from '../errors';
import { isIsoDate } from '../graphql/scalars';

/** A problem with the file, by spreadsheet row number (header = 1) and column. */
export interface ImportError {
  row: number;
  column?: string;
  message: string;
}

/** The import's own transaction; importers run parameterised SQL (`$1`, …) on it. */
export interface ImportDb {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface ParsedRow<T> {
  row: number;
  value: T;
}

export interface ImportColumn {
  name: string;
  required: boolean;
  description: string;
}

export interface WriteResult {
  inserted: number;
  updated: number;
  /** Ids (or natural keys) of the records inserted or changed, for the audit row. */
  changed: string[];
}

/**
 * What a subgraph declares to let departments bulk-load one entity from a spreadsheet. The
 * platform reads the file, parses and checks every row (all errors, not the first), refuses
 * duplicate natural keys, and writes all rows or none in one transaction; the importer says how
 * a row reads, what the database must confirm, and how rows are upserted on their natural key
 * (so that loading the same file twice changes nothing the second time).
 */
export interface ImporterDefinition<T = any> {
  entity: string;
  description: string;
  columns: readonly ImportColumn[];
  parse(cells: CellReader): T;
  /** Natural key: two rows of one file with the same key are an error. */
  key(value: T): string;
  /** Checks that need the database (known agencies, domain rules against stored records). */
  check?(db: ImportDb, rows: ParsedRow<T>[]): Promise<ImportError[]>;
  write(db: ImportDb, rows: ParsedRow<T>[]): Promise<WriteResult>;
}

/**
 * Typed access to one row's cells that records every problem instead of stopping at the first,
 * so a department fixes its file in one pass. Methods return a placeholder after an error; the
 * row is then refused as a whole.
 */
export class CellReader {
  readonly errors: ImportError[] = [];
  constructor(readonly row: number, private readonly cells: Record<string, string>) {}

  fail(column: string, message: string): never {
    throw new HubError('BAD_USER_INPUT', message, { field: column });
  }

  /** Runs a check that may throw a coded error (the subgraph's own validators) and records it. */
  attempt<V>(column: string, fn: () => V, fallback: V): V {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof HubError)) throw err;
      const field = (err.extensions.field as string | undefined) ?? column;
      this.errors.push({ row: this.row, column: field, message: err.message.replace(new RegExp(`^${field}: `), '') });
      return fallback;
    }
  }

  private raw(column: string, required: boolean): string | null {
    const v = this.cells[column] ?? '';
    if (v === '') {
      if (required) this.errors.push({ row: this.row, column, message: 'is required' });
      return null;
    }
    return v;
  }

  text(column: string, opts: { required?: boolean; max: number }): string | null {
    const v = this.raw(column, opts.required ?? false);
    if (v !== null && [...v].length > opts.max) return this.attempt(column, () => this.fail(column, `must be at most ${opts.max} characters`), null);
    if (v !== null && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v)) return this.attempt(column, () => this.fail(column, 'contains control characters'), null);
    return v;
  }

  int(column: string, opts: { required?: boolean; min: number; max: number }): number | null {
    const v = this.raw(column, opts.required ?? false);
    if (v === null) return null;
    const n = /^-?\d{1,9}$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < opts.min || n > opts.max) {
      return this.attempt(column, () => this.fail(column, `must be a whole number from ${opts.min} to ${opts.max} (got ${JSON.stringify(v)})`), null);
    }
    return n;
  }

  /** Whole đồng; spreadsheets often show thousands separators ("1.500.000" or "1,500,000"), which are accepted. */
  money(column: string, opts: { required?: boolean } = {}): bigint | null {
    const v = this.raw(column, opts.required ?? false);
    if (v === null) return null;
    const digits = /^\d{1,3}([.,\s]\d{3})+$/.test(v) ? v.replace(/[.,\s]/g, '') : v;
    if (!/^\d{1,18}$/.test(digits)) return this.attempt(column, () => this.fail(column, `must be a whole number of đồng, not negative (got ${JSON.stringify(v)})`), null);
    return BigInt(digits);
  }

  date(column: string, opts: { required?: boolean } = {}): string | null {
    const v = this.raw(column, opts.required ?? false);
    if (v === null) return null;
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v); // dd/mm/yyyy, as Vietnamese documents write dates
    const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : v;
    if (!isIsoDate(iso)) return this.attempt(column, () => this.fail(column, `must be a date YYYY-MM-DD or DD/MM/YYYY (got ${JSON.stringify(v)})`), null);
    return iso;
  }

  oneOf<E extends string>(column: string, values: readonly E[], opts: { required?: boolean } = {}): E | null {
    const v = this.raw(column, opts.required ?? false);
    if (v === null) return null;
    const up = v.toUpperCase() as E;
    if (!values.includes(up)) return this.attempt(column, () => this.fail(column, `must be one of ${values.join(', ')} (got ${JSON.stringify(v)})`), null);
    return up;
  }

  bool(column: string, opts: { required?: boolean } = {}): boolean | null {
    const v = this.raw(column, opts.required ?? false);
    if (v === null) return null;
    const t = v.toLowerCase();
    if (['true', 'yes', 'có', 'co', 'x', '1'].includes(t)) return true;
    if (['false', 'no', 'không', 'khong', '0'].includes(t)) return false;
    return this.attempt(column, () => this.fail(column, `must be yes/no (có/không) (got ${JSON.stringify(v)})`), null);
  }
}
