import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, sendJson, type Logger, type Route } from '@par/platform';

/**
 * The leadership dashboard (dashboard/, built by Vite into dashboard/dist) served at `/`. The
 * production image builds it; in development the first gateway that needs it builds it when it is
 * missing (or, started by `npm start`, older than its sources), in a child process, so the gateway
 * itself never loads Vite.
 */
export interface DashboardOptions {
  /** Shown to the page: a token field in development; in production the deployment sends the bearer. */
  tokenField: boolean;
  log: Logger;
  /** The dashboard workspace; the repository's by default. */
  dir?: string;
  /** Build (when missing or older than its sources) and load at once rather than on the first request: `npm start`. */
  prepare?: boolean;
}

const FILES = { '/assets/app.js': 'text/javascript; charset=utf-8', '/assets/app.css': 'text/css; charset=utf-8' } as const;

// Nothing but this server: the page must work on an intranet and must not send tokens elsewhere.
// Inline styles are ECharts' own (it positions its SVG with style attributes).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

let building: Promise<void> | null = null;

/** Vite's build of the dashboard workspace `dir` into `outDir` (absolute, or relative to `dir`), in a child process. */
export function buildDashboard(dir: string, outDir: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [dir] })), 'bin', 'vite.js');
    execFile(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: dir, timeout: 180_000 }, (err, _stdout, stderr) =>
      err ? reject(new Error(`dashboard build failed: ${stderr || err.message}`)) : resolve(),
    );
  });
}

/** The newest modification time of the files under `paths` (0 when none exist). */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

/**
 * What the build is made of: the workspace's own sources and the operations package's documents.
 * A checkout without them (the production image ships dist/ alone) is never stale.
 */
function sourcesOf(dir: string): string[] {
  if (!fs.existsSync(path.join(dir, 'src'))) return [];
  const own = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((f) => path.join(dir, f));
  let operations: string[] = [];
  try {
    const pkg = path.dirname(require.resolve('@par/operations/package.json', { paths: [dir] }));
    operations = [path.join(pkg, 'src'), path.join(pkg, 'dashboard.graphql'), path.join(pkg, 'examples.json')];
  } catch {
    // Not installed beside the workspace: only its own sources count.
  }
  return [...own, ...operations];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Private build folders of gateways stopped in the middle of a build (a test hub's, a Ctrl-C'd start). */
function removeAbandonedBuilds(dir: string): void {
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const pid = /^dist\.(?:build|old)-(\d+)$/.exec(entry)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

/**
 * Builds dashboard/dist when it is missing, or (`checkStale`, development) older than its sources,
 * so a changed page is never served from an old build. Into a private folder, then swapped in, so a
 * concurrent start never serves half a build.
 */
function ensureDashboardBuilt(dir: string, log: Logger, checkStale: boolean): Promise<void> {
  const dist = path.join(dir, 'dist');
  removeAbandonedBuilds(dir);
  const index = fs.statSync(path.join(dist, 'index.html'), { throwIfNoEntry: false });
  if (index && (!checkStale || newest(sourcesOf(dir)) <= index.mtimeMs)) return Promise.resolve();
  const tmp = path.join(dir, `dist.build-${process.pid}`);
  if (!building) log.info(index ? 'building the dashboard (dashboard/dist is older than its sources)' : 'building the dashboard (dashboard/dist is missing)');
  building ??= buildDashboard(dir, tmp)
    .then(
      () => {
        const old = path.join(dir, `dist.old-${process.pid}`);
        try {
          if (fs.existsSync(dist)) fs.renameSync(dist, old);
          fs.renameSync(tmp, dist);
        } catch {
          // Another process swapped its build in first: it is the same.
          fs.rmSync(tmp, { recursive: true, force: true });
        }
        fs.rmSync(old, { recursive: true, force: true });
      },
      (err) => {
        fs.rmSync(tmp, { recursive: true, force: true });
        throw err;
      },
    )
    .finally(() => {
      building = null;
    });
  return building;
}

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

interface Built {
  html: Buffer;
  assets: Map<string, Buffer>;
}

/** `/`, `/index.html` and the two assets; built (when missing) on the first request, then kept in memory. */
export function dashboardRoutes(opts: DashboardOptions): Record<string, Route> {
  const dir = opts.dir ?? path.join(REPO_ROOT, 'dashboard');
  let loaded: Promise<Built> | null = null;
  const load = () => {
    loaded ??= ensureDashboardBuilt(dir, opts.log, !!opts.prepare)
      .then(() => {
        const dist = path.join(dir, 'dist');
        const config = `<script id="par-dashboard-config" type="application/json">${escapeJsonForHtml({ tokenField: opts.tokenField })}</script>`;
        const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8').replace('</head>', `${config}\n</head>`);
        const assets = new Map(Object.keys(FILES).map((p) => [p, fs.readFileSync(path.join(dist, p))]));
        return { html: Buffer.from(html), assets };
      })
      .catch((err) => {
        loaded = null;
        throw err;
      });
    return loaded;
  };
  if (opts.prepare) void load().catch((err) => opts.log.warn({ err }, 'dashboard not ready'));
  const serve = (pathname: string, type: string): Route => async (req, res) => {
    try {
      const b = await load();
      const body = pathname === '/' ? b.html : b.assets.get(pathname)!;
      const headers: Record<string, string | number> = { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      if (pathname === '/') Object.assign(headers, { 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' });
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      opts.log.error({ err }, 'dashboard unavailable');
      sendJson(res, 503, { error: 'the dashboard is not built: run `npm run build -w dashboard` (see the gateway log)' });
    }
  };
  const html = serve('/', 'text/html; charset=utf-8');
  // Browsers ask for an icon on their own; the page has none, and a 404 would be a console error on every visit.
  const noIcon: Route = async (_req, res) => {
    res.writeHead(204, { 'cache-control': 'max-age=86400' });
    res.end();
  };
  return { '/': html, '/index.html': html, '/favicon.ico': noIcon, ...Object.fromEntries(Object.entries(FILES).map(([p, type]) => [p, serve(p, type)])) };
}
