import fs from 'node:fs';
import path from 'node:path';
import { sendJson, type Logger, type Route } from '@par/platform';
import { Kind, parse } from 'graphql';
import { buildGraphiql, type GraphiqlBundle } from './bundle';

export interface GraphiqlTab {
  query: string;
  variables?: string;
}

/**
 * One tab per operation of a document file, with the comments above it (they say which
 * subgraph answers what) and example variables when the project has some.
 */
export function tabsFrom(documentFile: string, examplesFile?: string): GraphiqlTab[] {
  if (!fs.existsSync(documentFile)) return [];
  const text = fs.readFileSync(documentFile, 'utf8');
  const examples = examplesFile && fs.existsSync(examplesFile) ? (JSON.parse(fs.readFileSync(examplesFile, 'utf8')) as Record<string, unknown>) : {};
  const defs = parse(text).definitions;
  let from = 0;
  return defs.map((d) => {
    // The comment block right above a definition is its own; the file's header is not.
    const lead = text.slice(from, d.loc!.start).split(/\n[ \t]*\n/).pop()!.trim();
    const body = text.slice(d.loc!.start, d.loc!.end);
    from = d.loc!.end;
    const name = d.kind === Kind.OPERATION_DEFINITION ? d.name?.value : undefined;
    const vars = name ? examples[name] : undefined;
    return { query: `${lead ? `${lead}\n` : ''}${body}\n`, ...(vars ? { variables: JSON.stringify(vars, null, 2) } : {}) };
  });
}

export interface GraphiqlOptions {
  endpoint: string;
  tabs: GraphiqlTab[];
  /** Where the built bundle is cached between starts; null keeps it in memory only. */
  cacheDir: string | null;
  log: Logger;
}

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function page(opts: GraphiqlOptions): string {
  const config = { endpoint: opts.endpoint, tabs: opts.tabs, tokenLabel: 'Token (mã truy cập, JWT)' };
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PAR Data Hub — GraphiQL</title>
<link rel="stylesheet" href="/graphiql/app.css">
<style>
html, body, #root { height: 100%; margin: 0; }
.par-page { display: flex; flex-direction: column; height: 100%; font-family: system-ui, sans-serif; }
.par-token { display: flex; gap: .5rem; align-items: center; padding: .4rem .8rem; border-bottom: 1px solid #ddd; font-size: 14px; }
.par-token input { flex: 1; font-family: monospace; padding: .25rem .4rem; }
.par-graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="root"></div>
<script id="par-config" type="application/json">${escapeJsonForHtml(config)}</script>
<script src="/graphiql/app.js"></script>
</body>
</html>
`;
}

// Nothing but this server: the page must work with no internet, and must not leak tokens elsewhere.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** `/graphiql` and its two assets, built on first request and kept for the life of the process. */
export function graphiqlRoutes(opts: GraphiqlOptions): Record<string, Route> {
  let bundle: Promise<GraphiqlBundle> | null = null;
  const load = () => {
    bundle ??= buildGraphiql(opts.cacheDir).catch((err) => {
      bundle = null;
      throw err;
    });
    return bundle;
  };
  const asset = (kind: 'js' | 'css', type: string): Route => async (req, res) => {
    try {
      const b = await load();
      res.writeHead(200, { 'content-type': type, 'content-length': b[kind].length, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : b[kind]);
    } catch (err) {
      opts.log.error({ err }, 'GraphiQL bundle failed');
      sendJson(res, 500, { error: 'GraphiQL could not be built; see the gateway log' });
    }
  };
  const html = page(opts);
  return {
    '/graphiql': (_req, res) => {
      void load().catch(() => undefined);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
      res.end(html);
    },
    '/graphiql/app.js': asset('js', 'text/javascript; charset=utf-8'),
    '/graphiql/app.css': asset('css', 'text/css; charset=utf-8'),
  };
}

export function graphiqlCacheDir(dataDirectory: string): string {
  return path.join(dataDirectory, 'graphiql');
}
