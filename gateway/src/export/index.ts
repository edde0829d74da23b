import { once } from 'node:events';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Logger, type Route } from '@par/platform';
import { GraphQLError, Kind, parse, print, type FragmentDefinitionNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { csvLine, UTF8_BOM } from './csv';
import { at, cell, ExportError, pageInfoOf, planExport, rowsOf, selectOperation } from './rows';

export interface ExportRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface ExportResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface ExportRouteOptions {
  /** Runs one page through the gateway's own pipeline (auth, limits, persisted operations). */
  execute(request: ExportRequest, req: IncomingMessage, requestId: string): Promise<ExportResult>;
  /** Named queries that may be exported by name alone (the project's documents). */
  namedOperations: Map<string, string>;
  maxBodyBytes: number;
  maxRows: number;
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

async function exportRequestOf(req: IncomingMessage, opts: ExportRouteOptions): Promise<ExportRequest> {
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

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, SERVICE_UNAVAILABLE: 503, INTERNAL_SERVER_ERROR: 500, EXECUTION_TIMEOUT: 504 };

const fileName = (name: string | undefined) => `${name?.replace(/[^A-Za-z0-9_-]/g, '') || 'export'}.csv`;

/**
 * `POST /export.csv` `{ query, variables, operationName }` (or `GET ?operationName=&variables=`
 * for the project's named queries): runs the query through the gateway page by page, following
 * `pageInfo.endCursor`, and streams one CSV row per node (UTF-8 with BOM, RFC 4180). Only one page
 * is held at a time and writing waits for the client, so memory stays flat however long the export.
 */
export function exportRoute(opts: ExportRouteOptions): Route {
  return async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    let request: ExportRequest;
    let first: ExportResult;
    let plan: ReturnType<typeof planExport>;
    try {
      request = await exportRequestOf(req, opts);
      // Checked before anything runs: an export must never carry out a mutation.
      selectOperation(parse(request.query), request.operationName);
      first = await opts.execute(request, req, requestId);
      if (!first.data) {
        const code = String(first.errors?.[0]?.extensions?.code ?? '');
        return sendJson(res, STATUS[code] ?? 400, { errors: first.errors ?? [{ message: 'no data', extensions: { code: 'BAD_REQUEST' } }] });
      }
      plan = planExport(request.query, request.operationName, first.data);
      // Paging had to be added to the text: fetch the first page again with it.
      if (plan.query !== request.query) first = await opts.execute({ ...request, query: plan.query }, req, requestId);
      if (!first.data) return sendJson(res, 400, { errors: first.errors });
      // Nothing to export but errors (a FORBIDDEN list, say): say so, rather than an empty file.
      const container = at(first.data, plan.path);
      if ((container === null || container === undefined) && first.errors?.length) {
        return sendJson(res, STATUS[String(first.errors[0].extensions?.code ?? '')] ?? 400, { errors: first.errors });
      }
    } catch (err) {
      if (err instanceof ExportError) return sendJson(res, 400, { errors: [{ message: err.message, extensions: { code: 'BAD_USER_INPUT' } }] });
      if (err instanceof GraphQLError) {
        // A syntax error from parse, or the caller's token refused while building the context.
        const code = String(err.extensions?.code ?? 'GRAPHQL_PARSE_FAILED');
        return sendJson(res, STATUS[code] ?? 400, { errors: [{ message: err.message, extensions: { code } }] });
      }
      throw err;
    }

    let closed = false;
    res.once('close', () => (closed = true));
    const write = async (text: string) => {
      if (!res.write(text)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    };
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName(plan.operationName)}"`,
      'cache-control': 'no-store',
      ...(first.errors?.length ? { 'x-export-warnings': [...new Set(first.errors.map((e) => String(e.extensions?.code ?? 'ERROR')))].join(',') } : {}),
    });
    await write(UTF8_BOM + csvLine(plan.columns.map((c) => c.header)));

    let page: ExportResult = first;
    let rows = 0;
    let previousCursor: string | null = null;
    for (;;) {
      const container = at(page.data, plan.path);
      // One write per page: the page is in memory anyway, and a write per row costs more than the rows.
      const lines: string[] = [];
      for (const row of rowsOf(plan, container)) {
        if (rows >= opts.maxRows) break;
        lines.push(csvLine(plan.columns.map((c) => cell(row, c.keys))));
        rows++;
      }
      if (lines.length) await write(lines.join(''));
      if (closed || rows >= opts.maxRows || plan.kind === 'list') break;
      const { hasNextPage, endCursor } = pageInfoOf(container);
      // A cursor that does not move would loop forever: stop rather than trust the server.
      if (!hasNextPage || !endCursor || endCursor === previousCursor) break;
      previousCursor = endCursor;
      page = await opts.execute({ query: plan.query, operationName: plan.operationName, variables: { ...request.variables, [plan.afterVariable!]: endCursor } }, req, requestId);
      if (!page.data || closed) {
        // Headers are gone: cutting the connection tells the client the file is incomplete.
        opts.log.warn({ requestId, rows, errors: page.errors?.map((e) => e.extensions?.code) }, 'export stopped by an error');
        res.destroy();
        return;
      }
    }
    opts.log.info({ requestId, operationName: plan.operationName, rows }, 'export finished');
    res.end();
  };
}
