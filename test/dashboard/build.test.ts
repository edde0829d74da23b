import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { REPO_ROOT, type Route } from '@par/platform';
import { testPort } from '@par/platform/testing';
import { startProbeHub } from '../tooling/support/probe-hub';
import { dashboardRoutes } from '../../gateway/src/dashboard/serve';

/**
 * The gateway builds the dashboard itself when `dashboard/dist` is missing (once, however many
 * requests wait for it) and, started by `npm start`, when the build is older than its sources.
 * On a copy of the dashboard workspace outside the repository (its packages linked from the
 * repository's node_modules), so the repository's own build is left alone; Vite really runs.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'par-dashboard-build-'));
const dir = path.join(tmp, 'dashboard');
const logged: string[] = [];
const log = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (logged.push(JSON.parse(String(chunk)).msg), done()) }));

/** The workspace's sources copied, and node_modules as npm's workspaces lay them out (the dashboard's own beside the hoisted ones). */
function copyWorkspace(): void {
  const source = path.join(REPO_ROOT, 'dashboard');
  for (const f of ['src', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'])
    fs.cpSync(path.join(source, f), path.join(dir, f), { recursive: true });
  const modules = path.join(dir, 'node_modules');
  const link = (from: string) => {
    for (const entry of fs.readdirSync(from)) {
      const target = path.join(modules, entry);
      if (entry.startsWith('@')) {
        fs.mkdirSync(target, { recursive: true });
        for (const inner of fs.readdirSync(path.join(from, entry))) {
          fs.rmSync(path.join(target, inner), { force: true });
          fs.symlinkSync(path.join(from, entry, inner), path.join(target, inner));
        }
      } else if (!entry.startsWith('.')) {
        fs.rmSync(target, { force: true });
        fs.symlinkSync(path.join(from, entry), target);
      }
    }
  };
  fs.mkdirSync(modules, { recursive: true });
  link(path.join(REPO_ROOT, 'node_modules'));
  if (fs.existsSync(path.join(source, 'node_modules'))) link(path.join(source, 'node_modules'));
}

/** A server with the dashboard's routes only, as the gateway mounts them. */
async function serve(routes: Record<string, Route>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url!, 'http://x').pathname];
    if (route) void route(req, res, 'test');
    else res.writeHead(404).end();
  });
  const port = await testPort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const builds = () => logged.filter((m) => m.startsWith('building the dashboard'));

beforeAll(() => copyWorkspace());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('a missing build is made once, however many requests wait for it, and then served', async () => {
  expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  // What a gateway stopped in the middle of its build left behind.
  const gone = spawnSync(process.execPath, ['-e', '']).pid;
  fs.mkdirSync(path.join(dir, `dist.build-${gone}`, 'assets'), { recursive: true });
  const server = await serve(dashboardRoutes({ tokenField: true, log, dir }));
  try {
    const answers = await Promise.all([fetch(`${server.url}/`), fetch(`${server.url}/assets/app.js`), fetch(`${server.url}/`)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(builds()).toEqual(['building the dashboard (dashboard/dist is missing)']);
    expect(await answers[0].text()).toContain('{"tokenField":true}');
    expect(Buffer.from(await answers[1].arrayBuffer()).equals(fs.readFileSync(path.join(dir, 'dist/assets/app.js')))).toBe(true);
    // Only the finished build is left: no private build folder behind it, nor the abandoned one.
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('dist'))).toEqual(['dist']);
  } finally {
    await server.close();
  }
}, 240_000);

test('npm start rebuilds a build older than its sources; a current one, or one outside development, is served as it is', async () => {
  const indexFile = path.join(dir, 'dist/index.html');
  // Current: nothing to do.
  const current = await serve(dashboardRoutes({ tokenField: true, log, dir, prepare: true }));
  expect((await fetch(`${current.url}/`)).status).toBe(200);
  await current.close();
  expect(builds()).toHaveLength(1);

  // A source changed after the build: without `prepare` (production) the build is still served as it is.
  const now = new Date();
  fs.utimesSync(path.join(dir, 'src/styles.css'), now, now);
  const production = await serve(dashboardRoutes({ tokenField: false, log, dir }));
  expect((await fetch(`${production.url}/`)).status).toBe(200);
  await production.close();
  expect(builds()).toHaveLength(1);

  // npm start builds it again and serves the new build.
  const before = fs.statSync(indexFile).mtimeMs;
  const development = await serve(dashboardRoutes({ tokenField: true, log, dir, prepare: true }));
  try {
    expect((await fetch(`${development.url}/`)).status).toBe(200);
    expect(builds()).toEqual(['building the dashboard (dashboard/dist is missing)', 'building the dashboard (dashboard/dist is older than its sources)']);
    expect(fs.statSync(indexFile).mtimeMs).toBeGreaterThan(before);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('dist'))).toEqual(['dist']);
  } finally {
    await development.close();
  }
}, 240_000);

test('a production gateway serves the page without the token field: the deployment sends the bearer', async () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const hub = await startProbeHub({
    NODE_ENV: 'production',
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    PERSISTED_OPERATIONS: 'off',
  });
  try {
    const page = await fetch(`${hub.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script id="par-dashboard-config" type="application/json">{"tokenField":false}</script>');
  } finally {
    await hub.stop();
  }
}, 120_000);
