import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@par/platform';
import { postGraphQL, testPort } from '@par/platform/testing';

/**
 * `npm start` as a user runs it: one command brings up the embedded PostgreSQL, four subgraphs and
 * the gateway with the dashboard at `/`; SIGINT leaves no process behind; a second start on the same
 * ports is refused.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-hub-start-'));
let hub: ChildProcess;
let output = '';
let ports: Record<string, number>;

/** Every live process descended from `root` (services, postgres, its watchdog). */
function descendants(root: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of rows) if (parent === pid) (found.push(child), walk(child));
  };
  walk(root);
  return found;
}

/** Running, that is: not gone and not a zombie waiting for a reaper (it holds no resources). */
function alive(pid: number): boolean {
  try {
    const stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false;
  }
}

function startHub(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/start.ts')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  ports = {
    GATEWAY_PORT: await testPort(),
    INSTITUTIONS_PORT: await testPort(),
    CIVIL_SERVANTS_PORT: await testPort(),
    PUBLIC_FINANCE_PORT: await testPort(),
    EGOV_SERVICES_PORT: await testPort(),
    EMBEDDED_PG_PORT: await testPort(),
  };
  const { DATABASE_URL: _omit, TEST_DATABASE_URL: _omit2, ...rest } = process.env;
  env = { ...rest, NODE_ENV: 'development', LOG_LEVEL: 'warn', HUB_DATA_DIR: dataDir, SAMPLE_SCALE: '0.005', ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  hub = startHub(env);
  hub.stdout!.on('data', (d) => (output += d));
  hub.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('PAR Data Hub is up')) {
        clearInterval(timer);
        resolve();
      }
      if (hub.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited: ${output}`));
      }
    }, 200);
  });
}, 240_000);

afterAll(() => {
  if (hub.exitCode === null) hub.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('serves an agency assembled from all four subgraphs through the gateway, with the printed token', async () => {
  const token = output.match(/\n(eyJ[\w-]+\.[\w-]+\.[\w-]+)\n/)?.[1];
  expect(token).toBeDefined();
  const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  // An agency with staff, whichever the sample data made it: a civil servant's agency.
  const list = await postGraphQL(gateway, '{ civilServants(first: 1, filter: { categories: [CIVIL_SERVANT] }) { edges { node { agency { id } } } } }', {}, token);
  const id = list.data?.civilServants.edges[0].node.agency.id;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const res = await postGraphQL(
    gateway,
    `query($id: ID!) { agency(id: $id) { name administrativeUnit { fullName } workforce(year: 2020) { headcount } budget(year: 2020) { estimate } serviceDelivery(year: 2020) { received } } }`,
    { id },
    token,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.agency.name).toMatch(/\S/);
  expect(res.data.agency.administrativeUnit.fullName).toMatch(/\S/);
  expect(res.data.agency.workforce.headcount).toBeGreaterThan(0);
  expect(BigInt(res.data.agency.budget.estimate)).toBeGreaterThan(0n);
  expect(res.data.agency.serviceDelivery.received).toBeGreaterThanOrEqual(0);
}, 60_000);

test('serves the leadership dashboard at /, with the token field of development', async () => {
  const origin = `http://127.0.0.1:${ports.GATEWAY_PORT}`;
  const page = await fetch(`${origin}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await page.text();
  expect(html).toMatch(/<script id="par-dashboard-config" type="application\/json">\{"tokenField":true\}<\/script>/);
  expect(html).toContain('./assets/app.js');
  const app = await fetch(`${origin}/assets/app.js`);
  expect(app.status).toBe(200);
  expect((await app.text()).length).toBeGreaterThan(100_000);
}, 60_000);

test('a second start while one runs is refused for the taken port, and leaves the data folder alone', async () => {
  const second = startHub(env);
  let text = '';
  second.stdout!.on('data', (d) => (text += d));
  second.stderr!.on('data', (d) => (text += d));
  const code = await new Promise<number | null>((r) => second.once('exit', r));
  expect(code).not.toBe(0);
  expect(text).toMatch(/port \d+ is taken/);
  const first = await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/healthz`);
  expect(first.status).toBe(200);
}, 60_000);

// SIGINT here (what Ctrl-C delivers, sent to the supervisor alone, not its group); SIGTERM to the npm
// process is test/reliability/self-healing.test.ts.
test('SIGINT stops every process of the hub, PostgreSQL included', async () => {
  const tree = descendants(hub.pid!);
  // Five services and the postmaster at least.
  expect(tree.length).toBeGreaterThanOrEqual(6);
  hub.kill('SIGINT');
  const code = await new Promise<number | null>((r) => (hub.exitCode !== null ? r(hub.exitCode) : hub.once('exit', r)));
  expect(code).toBe(0);
  // The postmaster and the services have exited with the supervisor.
  await new Promise((r) => setTimeout(r, 1500));
  expect(tree.filter(alive)).toEqual([]);
  expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  const refused = await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/healthz`).then(() => 'open', () => 'closed');
  expect(refused).toBe('closed');
}, 60_000);
