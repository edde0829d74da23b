import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger, type Route } from '@par/platform';
import { GraphQLError, Kind, parse, print, type FragmentDefinitionNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import type { CsvLocale } from './csv';
import { headerOf, type HeaderLanguage } from './headers';
import { at, cell, ExportError, pageInfoOf, pagingDocument, planExport, rowsOf, selectOperation, type ExportChoice } from './rows';
import { exportSink, type ExportFormat } from './sink';

export interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface ExportResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface ExportAllowance {
  /** Rows and milliseconds the caller's exports may still use in the current window. */
  rows: number;
  ms: number;
  spend(rows: number, ms: number): Promise<void>;
}

export interface ExportRouteOptions<C> {
  /** The caller's context, built once per export (token, rate limit). */
  context(req: IncomingMessage, requestId: string): Promise<C>;
  /**
   * Runs one page through the gateway's own pipeline (auth, limits, persisted operations);
   * `derived` marks a text cut from an operation already accepted (later pages, added paging).
   */
  execute(request: ExportRequest, ctx: C, derived: boolean): Promise<ExportResult>;
  /** The caller's export budget across exports (rows, time); refuses with RATE_LIMITED when spent. */
  budget(ctx: C, req: IncomingMessage): Promise<ExportAllowance>;
  /** Named queries that may be exported by name alone (the project's documents). */
  namedOperations: Map<string, string>;
  maxBodyBytes: number;
  /** Most rows and longest time of one export. */
  maxRows: number;
  maxMs: number;
  log: Logger;
}

/** Each named query of a document file as a runnable text of its own (with the fragments it may use). */
export function namedOperationsFrom(file: string): Map<string, string> {
  if (!fs.existsSync(file)) return new Map();
  const doc = parse(fs.readFileSync(file, 'utf8'));
  const fragments = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query' && !!d.name);
  return new Map(ops.map((op) => [op.name!.value, print({ kind: Kind.DOCUMENT, definitions: [op, ...fragments] })]));
}

function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new ExportError(`request body exceeds ${limit} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new ExportError('the request body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

async function exportRequestOf(req: IncomingMessage, opts: ExportRouteOptions<unknown>): Promise<ExportRequest> {
  let body: { query?: unknown; variables?: unknown; operationName?: unknown };
  if (req.method === 'GET') {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    let variables: unknown = {};
    try {
      variables = JSON.parse(params.get('variables') ?? '{}');
    } catch {
      throw new ExportError('variables: not valid JSON');
    }
    body = { operationName: params.get('operationName') ?? undefined, variables };
  } else if (req.method === 'POST') {
    // A form or text/plain post needs no CORS preflight: a page elsewhere could make a signed-in
    // browser start an export. JSON cannot be sent cross-site without one.
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) throw new UnsupportedMediaType();
    body = ((await readJsonBody(req, opts.maxBodyBytes)) ?? {}) as typeof body;
  } else throw new ExportError('use GET with ?operationName= or POST with { query, variables, operationName }');
  const operationName = typeof body.operationName === 'string' && body.operationName ? body.operationName : undefined;
  let query = typeof body.query === 'string' ? body.query : undefined;
  if (!query) {
    if (!operationName) throw new ExportError('give a query, or the operationName of one of the project\'s named queries');
    query = opts.namedOperations.get(operationName);
    if (!query) throw new ExportError(`no named query ${operationName}; known: ${[...opts.namedOperations.keys()].join(', ')}`);
  }
  if (body.variables !== undefined && (typeof body.variables !== 'object' || body.variables === null || Array.isArray(body.variables))) {
    throw new ExportError('variables: must be an object');
  }
  return { query, operationName, variables: (body.variables as Record<string, unknown>) ?? {} };
}

class UnsupportedMediaType extends Error {}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503, INTERNAL_SERVER_ERROR: 500, EXECUTION_TIMEOUT: 504 };

/** The status and headers (Retry-After) a GraphQLError carries in `extensions.http`. */
function httpOf(err: GraphQLError): { status?: number; headers: Record<string, string> } {
  const http = err.extensions?.http as { status?: number; headers?: Map<string, string> } | undefined;
  return { status: http?.status, headers: http?.headers ? Object.fromEntries(http.headers) : {} };
}

const fileName = (name: string | undefined, extension: string) => `${name?.replace(/[^A-Za-z0-9_-]/g, '') || 'export'}.${extension}`;

/**
 * The file format from the path (/export.csv, /export.xlsx), `?locale=` for CSV numbers, `?headers=` for column names,
 * `?list=` / `?flatten=true` for an answer that is not one list.
 */
function formatOf(req: IncomingMessage): { format: ExportFormat; locale: CsvLocale; headers: HeaderLanguage; choice: ExportChoice } {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const format: ExportFormat = url.pathname.endsWith('.xlsx') ? 'xlsx' : 'csv';
  const locale = url.searchParams.get('locale');
  if (locale !== null && locale !== 'vi') throw new ExportError(`locale: unknown value ${JSON.stringify(locale)}; known: vi`);
  const headers = url.searchParams.get('headers');
  if (headers !== null && headers !== 'vi') throw new ExportError(`headers: unknown value ${JSON.stringify(headers)}; known: vi`);
  const flatten = url.searchParams.get('flatten');
  if (flatten !== null && flatten !== 'true' && flatten !== 'false') throw new ExportError(`flatten: unknown value ${JSON.stringify(flatten)}; known: true, false`);
  const choice = { list: url.searchParams.get('list'), flatten: flatten === 'true' };
  if (choice.list && choice.flatten) throw new ExportError('give either list or flatten, not both');
  return { format, locale: locale === 'vi' ? 'vi' : 'default', headers: headers === 'vi' ? 'vi' : 'keys', choice };
}

/**
 * `POST /export.csv` `{ query, variables, operationName }` (JSON only), or `GET ?operationName=&variables=`
 * (and the same at `/export.xlsx` for a workbook with typed cells; `?locale=vi` for CSV numbers)
 * for the project's named queries: runs the query once, then only its paged connection page by
 * page (following `pageInfo.endCursor`), and streams one CSV row per node (UTF-8 with BOM,
 * RFC 4180). Only one page is held at a time and writing waits for the client, so memory stays
 * flat. One export stops at `maxRows` rows or `maxMs`; a caller's exports together stop at its
 * budget (rows and time per window). A file cut short by time or budget ends the connection
 * without its last chunk, so a client cannot take it for complete.
 */
export function exportRoute<C>(opts: ExportRouteOptions<C>): Route {
  return async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    const started = performance.now();
    let request: ExportRequest;
    let first: ExportResult;
    let plan: ReturnType<typeof planExport>;
    let ctx: C;
    let allowance: ExportAllowance;
    let format: ReturnType<typeof formatOf>;
    try {
      format = formatOf(req);
      request = await exportRequestOf(req, opts as ExportRouteOptions<unknown>);
      // Checked before anything runs: an export must never carry out a mutation.
      selectOperation(parse(request.query), request.operationName);
      ctx = await opts.context(req, requestId);
      allowance = await opts.budget(ctx, req);
      first = await opts.execute(request, ctx, false);
      if (!first.data) {
        const code = String(first.errors?.[0]?.extensions?.code ?? '');
        return sendJson(res, STATUS[code] ?? 400, { errors: first.errors ?? [{ message: 'no data', extensions: { code: 'BAD_REQUEST' } }] });
      }
      plan = planExport(request.query, request.operationName, first.data, format.choice);
      // Paging had to be added to the text: fetch the first page again with it.
      if (plan.query !== request.query) first = await opts.execute({ ...request, query: plan.query }, ctx, true);
      if (!first.data) return sendJson(res, 400, { errors: first.errors });
      // Nothing to export but errors (a FORBIDDEN list, say): say so, rather than an empty file.
      const container = at(first.data, plan.path);
      if ((container === null || container === undefined) && first.errors?.length) {
        return sendJson(res, STATUS[String(first.errors[0].extensions?.code ?? '')] ?? 400, { errors: first.errors });
      }
    } catch (err) {
      if (err instanceof UnsupportedMediaType) {
        return sendJson(res, 415, { errors: [{ message: 'POST /export.csv and /export.xlsx take a JSON body (content-type: application/json)', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (err instanceof ExportError) return sendJson(res, 400, { errors: [{ message: err.message, extensions: { ...err.extensions, code: err.code } }] });
      if (err instanceof GraphQLError) {
        // A syntax error from parse, the caller's token refused, or its rate limit or export budget spent.
        const code = String(err.extensions?.code ?? 'GRAPHQL_PARSE_FAILED');
        const http = httpOf(err);
        return sendJson(res, http.status ?? STATUS[code] ?? 400, { errors: [{ message: err.message, extensions: { code } }] }, http.headers);
      }
      throw err;
    }

    let closed = false;
    res.once('close', () => (closed = true));
    const sink = exportSink(format.format, res, format.locale);
    res.writeHead(200, {
      'content-type': sink.contentType,
      'content-disposition': `attachment; filename="${fileName(plan.operationName, sink.extension)}"`,
      'cache-control': 'no-store',
      ...(first.errors?.length ? { 'x-export-warnings': [...new Set(first.errors.map((e) => String(e.extensions?.code ?? 'ERROR')))].join(',') } : {}),
    });
    await sink.header(plan.columns.map((c) => headerOf(c.keys, format.headers)));

    const maxRows = Math.min(opts.maxRows, allowance.rows);
    const maxMs = Math.min(opts.maxMs, allowance.ms);
    const pages = plan.kind === 'connection' ? pagingDocument(plan) : plan.query;
    let page: ExportResult = first;
    let rows = 0;
    let previousCursor: string | null = null;
    let stop: string | null = null;
    try {
      for (;;) {
        const container = at(page.data, plan.path);
        const lines: unknown[][] = [];
        for (const row of rowsOf(plan, container)) {
          if (rows >= maxRows) break;
          lines.push(plan.columns.map((c) => cell(row, c.keys)));
          rows++;
        }
        await sink.rows(lines);
        if (closed || plan.kind !== 'connection') break;
        const { hasNextPage, endCursor } = pageInfoOf(container);
        // A cursor that does not move would loop forever: stop rather than trust the server.
        if (!hasNextPage || !endCursor || endCursor === previousCursor) break;
        if (rows >= maxRows) {
          // The export's own row limit ends the file; the caller's spent budget cuts it.
          if (rows < opts.maxRows) stop = 'caller export budget (rows)';
          break;
        }
        if (performance.now() - started > maxMs) {
          stop = maxMs < opts.maxMs ? 'caller export budget (time)' : 'export time limit';
          break;
        }
        previousCursor = endCursor;
        page = await opts.execute({ query: pages, operationName: plan.operationName, variables: { ...request.variables, [plan.afterVariable!]: endCursor } }, ctx, true);
        if (!page.data || closed) {
          stop = `error ${page.errors?.map((e) => e.extensions?.code).join(',') ?? ''}`;
          break;
        }
      }
    } finally {
      await allowance.spend(rows, performance.now() - started);
    }
    if (stop) {
      // Headers are gone: closing the connection without the last chunk tells the client the file
      // is incomplete. The socket is ended (not destroyed) so the rows already written still arrive.
      opts.log.warn({ requestId, rows, reason: stop }, 'export stopped');
      if (res.socket) res.socket.end();
      else res.destroy();
      return;
    }
    opts.log.info({ requestId, operationName: plan.operationName, format: format.format, rows }, 'export finished');
    await sink.finish();
    // The workbook's zip stream ends the response itself.
    if (!res.writableEnded) res.end();
  };
}
