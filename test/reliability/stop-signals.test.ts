import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive, sleep, startNpmHub, type NpmStartHub } from './support/npm-start';

/**
 * Every way an operator stops `npm start` stops all of it, PostgreSQL included: SIGINT to the npm
 * process, SIGTERM to the supervisor, Ctrl-C (SIGINT to the terminal's whole process group), and a
 * supervisor killed with SIGKILL, which nobody can catch (its services and PostgreSQL follow it).
 * SIGTERM to the npm process is the last step of self-healing.test.ts; SIGINT to the supervisor
 * alone is start.test.ts. The hubs share one data folder, so only the first initialises and migrates
 * it, and each start after a stop shows the folder was left fit to start.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-hub-stop-signals-'));
const hubs: NpmStartHub[] = [];
/** Every process of a hub, the services the supervisor started among them, taken before it is stopped. */
const trees = new Map<NpmStartHub, number[]>();

afterAll(() => {
  for (const hub of hubs) {
    hub.cleanup();
    for (const pid of trees.get(hub) ?? []) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function start(group = false): Promise<NpmStartHub> {
  // Empty databases, migrated: what is stopped matters here, not what it serves.
  const hub = await startNpmHub({ SEED_WHEN_EMPTY: 'false' }, { dataDir, group });
  hubs.push(hub);
  const tree = hub.tree();
  trees.set(hub, tree);
  // The supervisor, five services, the postmaster and its own processes at least.
  expect(tree.length).toBeGreaterThanOrEqual(7);
  expect(hub.supervisorPid()).toBeDefined();
  expect((await fetch(`${hub.gatewayUrl.replace(/\/graphql$/, '/healthz')}`)).status).toBe(200);
  return hub;
}

const npmExit = (hub: NpmStartHub) =>
  new Promise<number | null>((r) => (hub.npm.exitCode !== null || hub.npm.signalCode !== null ? r(hub.npm.exitCode) : hub.npm.once('exit', r)));

/** Nothing of the hub is left: no process, PostgreSQL shut down cleanly (no postmaster.pid), no port open. */
async function expectAllStopped(hub: NpmStartHub) {
  const tree = trees.get(hub)!;
  // A bound for a starved machine, not a measure: every process is expected to be gone long before.
  const until = Date.now() + 20_000;
  while ((tree.some(alive) || fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))) && Date.now() < until) await sleep(200);
  expect(tree.filter(alive)).toEqual([]);
  expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  for (const port of Object.values(hub.ports)) {
    const open = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => 'open',
      () => 'closed',
    );
    expect(`${port} ${open}`).toBe(`${port} closed`);
  }
}

test('SIGINT to the npm start process stops everything; npm exits 0', async () => {
  const hub = await start();
  hub.npm.kill('SIGINT');
  expect(await npmExit(hub)).toBe(0);
  await expectAllStopped(hub);
}, 300_000);

test('SIGKILL of the supervisor: its services shut down and the watchdog stops PostgreSQL', async () => {
  const hub = await start();
  process.kill(hub.supervisorPid()!, 'SIGKILL');
  await npmExit(hub);
  await expectAllStopped(hub);
}, 180_000);

test('SIGTERM to the supervisor stops everything; npm exits 0', async () => {
  const hub = await start();
  process.kill(hub.supervisorPid()!, 'SIGTERM');
  expect(await npmExit(hub)).toBe(0);
  await expectAllStopped(hub);
}, 180_000);

test("Ctrl-C (SIGINT to the terminal's process group: npm, the supervisor, the services and PostgreSQL at once) stops everything", async () => {
  const hub = await start(true);
  process.kill(-hub.npm.pid!, 'SIGINT');
  await npmExit(hub);
  await expectAllStopped(hub);
  // Services and PostgreSQL stopping on their own signal are not crashes: nothing was restarted.
  expect(hub.output()).not.toMatch(/restarting|restarted/);
}, 180_000);
