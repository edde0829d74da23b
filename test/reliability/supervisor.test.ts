import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@par/platform';
import { DEFAULT_BACKOFF, forkService, nextDelay, Supervisor } from '@par/tooling/supervisor';

/**
 * The restart loop of `npm start` on small real processes: a unit that dies is started again after a
 * backoff that doubles while it keeps dying; stopping the hub stops it for good; a unit that cannot
 * start the first time is the caller's error, not a loop.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-supervisor-'));
const log = createLogger('supervisor-test', 'silent');
/** A service that says it is ready over IPC, then lives until killed (or exits at once with EXIT_AT_ONCE). */
const service = path.join(dir, 'service.js');
// Each also ends when its parent goes (IPC closed): a unit orphaned by a failed test would otherwise keep
// jest's output pipes open and jest from exiting.
fs.writeFileSync(
  service,
  `if (process.env.EXIT_AT_ONCE) process.exit(3); process.send({ type: 'ready' }); setInterval(() => {}, 1000); process.on('SIGTERM', () => process.exit(0)); process.on('disconnect', () => process.exit(0));`,
);
/** Every supervisor a test made is stopped after it, whether its assertions held or not. */
const supervisors: Supervisor[] = [];
const newSupervisor = (...args: ConstructorParameters<typeof Supervisor>) => {
  const s = new Supervisor(...args);
  supervisors.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop().catch(() => undefined)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const unit = (env: NodeJS.ProcessEnv = {}) => ({
  name: 'svc',
  starts: 0,
  start(abort: AbortSignal) {
    this.starts++;
    return forkService({ name: 'svc', runner: service, entry: service, env: { PATH: process.env.PATH, ...env }, abort });
  },
});

test('the backoff doubles from 250 ms to at most 10 s', () => {
  const delays: number[] = [];
  let d = 0;
  for (let i = 0; i < 8; i++) delays.push((d = nextDelay(d, DEFAULT_BACKOFF)));
  expect(delays).toEqual([250, 500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
});

test('a killed unit is started again, each time a little later, until the supervisor stops', async () => {
  const supervisor = newSupervisor(log, { initialMs: 100, maxMs: 1000, resetAfterMs: 60_000 });
  const u = unit();
  await supervisor.add(u);
  const restartedAt: number[] = [];
  for (let i = 0; i < 3; i++) {
    const pid = supervisor.pid('svc')!;
    const killed = Date.now();
    process.kill(pid, 'SIGKILL');
    while (!supervisor.pid('svc') || supervisor.pid('svc') === pid) await new Promise((r) => setTimeout(r, 20));
    restartedAt.push(Date.now() - killed);
  }
  expect(u.starts).toBe(4);
  // Each restart waits at least its backoff (100, 200, 400 ms); how long the start itself takes depends on
  // the machine's load, so the waits are held to their floors, not compared with one another.
  expect(restartedAt[0]).toBeGreaterThanOrEqual(100);
  expect(restartedAt[1]).toBeGreaterThanOrEqual(200);
  expect(restartedAt[2]).toBeGreaterThanOrEqual(400);
  const last = supervisor.pid('svc')!;
  await supervisor.stop();
  await new Promise((r) => setTimeout(r, 300));
  expect(u.starts).toBe(4);
  expect(() => process.kill(last, 0)).toThrow();
});

test('a unit that dies before it is first ready fails the start instead of looping', async () => {
  const supervisor = newSupervisor(log);
  const u = unit({ EXIT_AT_ONCE: '1' });
  await expect(supervisor.add(u)).rejects.toThrow(/svc exited with code 3 before it was ready/);
  await new Promise((r) => setTimeout(r, 400));
  expect(u.starts).toBe(1);
  await supervisor.stop();
});

test('stopping while a unit is still starting stops that unit too', async () => {
  const slow = path.join(dir, 'slow.js');
  fs.writeFileSync(slow, `setTimeout(() => process.send({ type: 'ready' }), 60_000); process.on('SIGTERM', () => process.exit(0)); process.on('disconnect', () => process.exit(0));`);
  const supervisor = newSupervisor(log);
  const adding = supervisor.add({
    name: 'slow',
    start: (abort) => forkService({ name: 'slow', runner: slow, entry: slow, env: { PATH: process.env.PATH }, abort }),
  });
  adding.catch(() => undefined);
  await new Promise((r) => setTimeout(r, 300));
  const started = Date.now();
  await supervisor.stop();
  await expect(adding).rejects.toThrow(/before it was ready/);
  expect(Date.now() - started).toBeLessThan(5000);
});
