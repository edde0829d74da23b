import { fork, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

/**
 * The one way the hub's commands, tests and benchmark start a process of ours (a service, `npm start`,
 * the seed): `node <runner> <args>`, told apart only by what they need of it — an IPC channel for a
 * service's `{ type: 'ready' }`, output kept for the caller, a process group of its own — and stopped
 * alike: SIGTERM, then SIGKILL once the grace time is over.
 */
export interface ExitCause {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit(e: ExitCause): string {
  return e.signal ? `killed by ${e.signal}` : `exited with code ${e.code}`;
}

export interface LaunchOptions {
  /** Names the process in errors. */
  name: string;
  /** The script node runs (`scripts/run.js` for a TypeScript entry) and its arguments. */
  runner: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** Output to ours, or kept on `child.stdout` / `child.stderr` for the caller. */
  output?: 'inherit' | 'pipe';
  /** An IPC channel, over which a service says `{ type: 'ready', port }`. */
  ipc?: boolean;
  /** A process group of its own, so that the SIGKILL of `stop` reaches whatever it started. */
  group?: boolean;
}

export interface Launched {
  child: ChildProcess;
  pid?: number;
  exited: Promise<ExitCause>;
  /** With `ipc`: its `{ type: 'ready' }` message (and the port it took); rejects if it exits first. */
  ready: Promise<{ port?: number }>;
  /** SIGTERM, then SIGKILL (to its group, with `group`) if it is still there after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function launch(o: LaunchOptions): Launched {
  const out = o.output ?? 'inherit';
  const stdio: StdioOptions = ['ignore', out, out, ...(o.ipc ? (['ipc'] as const) : [])];
  const child = o.ipc
    ? fork(o.runner, o.args ?? [], { env: o.env, stdio, detached: o.group })
    : spawn(process.execPath, [o.runner, ...(o.args ?? [])], { env: o.env, stdio, detached: o.group });
  const exited = new Promise<ExitCause>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const gone = () => child.exitCode !== null || child.signalCode !== null;

  const ready = new Promise<{ port?: number }>((resolve, reject) => {
    if (!o.ipc) return reject(new Error(`${o.name} was launched without an IPC channel: it cannot say it is ready`));
    const onMessage = (m: { type?: string; port?: number }) => {
      if (m?.type !== 'ready') return;
      child.off('message', onMessage);
      resolve({ port: m.port });
    };
    child.on('message', onMessage);
    void exited.then((cause) => reject(new Error(`${o.name} ${describeExit(cause)} before it was ready`)));
  });
  // A caller that never asks whether it is ready must not meet an unhandled rejection when it exits.
  ready.catch(() => undefined);

  const kill = () => {
    try {
      if (o.group && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  };
  return {
    child,
    pid: child.pid,
    exited,
    ready,
    async stop(graceMs = 15_000) {
      if (gone()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(kill, graceMs);
      timer.unref();
      await exited;
      clearTimeout(timer);
    },
  };
}
