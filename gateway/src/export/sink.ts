import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import { csvLine, UTF8_BOM, type CsvLocale } from './csv';

/** Where an export's rows go: one file format written onto the response as pages arrive. */
export interface ExportSink {
  contentType: string;
  extension: string;
  header(headers: string[]): Promise<void>;
  rows(rows: unknown[][]): Promise<void>;
  /** Ends a complete file (never called for a file cut short). */
  finish(): Promise<void>;
}

export type ExportFormat = 'csv' | 'xlsx';

/** Waits for the client while the response's buffer is full, so memory stays flat. */
async function drained(res: ServerResponse): Promise<void> {
  if (res.writableNeedDrain && !res.destroyed) await Promise.race([once(res, 'drain'), once(res, 'close')]);
}

function csvSink(res: ServerResponse, locale: CsvLocale): ExportSink {
  const write = async (text: string) => {
    if (!res.write(text)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  };
  return {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    header: (headers) => write(UTF8_BOM + csvLine(headers, locale)),
    // One write per page: the page is in memory anyway, and a write per row costs more than the rows.
    rows: async (rows) => (rows.length ? write(rows.map((r) => csvLine(r, locale)).join('')) : undefined),
    finish: async () => undefined,
  };
}

/**
 * A typed cell: strings stay text (so `1.000100` keeps its zeros and `=…` is never a formula),
 * numbers and booleans keep their type; dates arrive from GraphQL as ISO text and stay so.
 */
function xlsxValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function xlsxSink(res: ServerResponse): ExportSink {
  // Inline strings, no styles: rows are committed to the zip stream as written, not kept.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('export');
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    header: async (headers) => {
      sheet.addRow(headers).commit();
      await drained(res);
    },
    rows: async (rows) => {
      for (const r of rows) sheet.addRow(r.map(xlsxValue)).commit();
      await drained(res);
    },
    finish: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

export function exportSink(format: ExportFormat, res: ServerResponse, locale: CsvLocale): ExportSink {
  return format === 'xlsx' ? xlsxSink(res) : csvSink(res, locale);
}
