import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '@par/tooling/launcher';

/**
 * The one launcher of start, the test hub and the benchmark, on small real processes: a service is up
 * when it says so over IPC (with its port); one that exits first is an error naming it; stop ends a
 * process that ignores SIGTERM, and with a group of its own, whatever it started.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-launcher-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const script = (name: string, body: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
};
const env = { PATH: process.env.PATH };
const alive = (pid: number) => {
  try {
    const stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false;
  }
};

test('a service is ready when it says so over IPC, with the port it took; SIGTERM stops it', async () => {
  const service = script(
    'service.js',
    `process.on('SIGTERM', () => process.exit(0)); setInterval(() => {}, 1000); process.send({ type: 'ready', port: 4321 });`,
  );
  const p = launch({ name: 'svc', runner: service, env, ipc: true });
  expect(await p.ready).toEqual({ port: 4321 });
  await p.stop();
  expect(await p.exited).toEqual({ code: 0, signal: null });
});

test('a process that exits before it is ready is an error naming it and how it ended', async () => {
  const failing = script('failing.js', 'process.exit(3);');
  await expect(launch({ name: 'broken-service', runner: failing, env, ipc: true }).ready).rejects.toThrow(
    'broken-service exited with code 3 before it was ready',
  );
});

test('with a group of its own, stop kills what ignores SIGTERM and what it started, once the grace time is over', async () => {
  const grandchild = script('grandchild.js', `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`);
  const parent = script(
    'parent.js',
    `const c = require('node:child_process').spawn(process.execPath, [${JSON.stringify(grandchild)}], { stdio: 'ignore' }); console.log(c.pid); process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`,
  );
  const p = launch({ name: 'stubborn', runner: parent, env, output: 'pipe', group: true });
  const grandchildPid = await new Promise<number>((resolve) => p.child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  expect(alive(grandchildPid)).toBe(true);
  await p.stop(200);
  expect((await p.exited).signal).toBe('SIGKILL');
  for (let i = 0; i < 50 && alive(grandchildPid); i++) await new Promise((r) => setTimeout(r, 20));
  expect(alive(grandchildPid)).toBe(false);
});
