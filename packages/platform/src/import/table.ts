import fs from 'node:fs';
import path from 'node:path';

/** One data row of a spreadsheet: `row` is its number as the department sees it (header = row 1). */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: TableRow[];
}

export class TableFormatError extends Error {}

/** Header names compare without case, surrounding spaces or the space/underscore difference: "Agency code " = "agency_code". */
const normaliseColumn = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      (field = ''), (record = []);
    } else field += c;
  }
  if (quoted) throw new TableFormatError(`row ${records.length + 1}: a quoted field is not closed`);
  if (field !== '' || record.length) record.push(field), records.push(record);
  return records;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: string; error?: string };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if ('result' in o) return cellText(o.result);
    if (o.error) return o.error;
    if (o.text !== undefined) return String(o.text);
  }
  return String(v);
}

async function readXlsx(file: string): Promise<string[][]> {
  // Loaded only by the import command, never by a running service.
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new TableFormatError(`not a readable .xlsx workbook (${(err as Error).message})`);
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new TableFormatError('the workbook has no worksheet');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map(cellText);
    records[n - 1] = values;
  });
  return Array.from(records, (r) => r ?? []);
}

/** Reads the first sheet of an .xlsx workbook or a UTF-8 .csv file: a header row, then data rows. */
export async function readTable(file: string): Promise<Table> {
  const ext = path.extname(file).toLowerCase();
  let records: string[][];
  if (ext === '.csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code) throw err;
      throw new TableFormatError('the file is not UTF-8 text; save it as "CSV UTF-8"');
    }
    records = parseCsv(text.replace(/^\uFEFF/, ''));
  } else if (ext === '.xlsx') {
    records = await readXlsx(file);
  } else {
    throw new TableFormatError(`expected a .csv or .xlsx file, got ${JSON.stringify(ext || path.basename(file))}`);
  }
  const [header = [], ...data] = records;
  const columns = header.map(normaliseColumn);
  const rows: TableRow[] = [];
  data.forEach((values, i) => {
    if (values.every((v) => v.trim() === '')) return; // blank lines between blocks are not rows
    rows.push({ row: i + 2, cells: Object.fromEntries(columns.map((c, j) => [c, (values[j] ?? '').trim()])) });
  });
  return { columns, rows };
}
