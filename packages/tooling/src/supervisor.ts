import type { Logger } from 'pino';
import { describeExit, launch, type ExitCause } from './launcher';

export { describeExit, type ExitCause };

/**
 * Keeps the hub's processes up: each unit (a service, the embedded PostgreSQL) is started, watched,
 * and started again after it dies, with a backoff that doubles while it keeps dying quickly.
 *
 * Why not pm2 or forever-monitor: pm2 runs its own daemon, which outlives the terminal and the
 * `npm start` process (the opposite of "SIGTERM stops everything"), and neither knows a service is
 * up only once it says so over IPC, nor how to start an embedded PostgreSQL; forever-monitor and
 * respawn are unmaintained. What is left to write is the restart loop below.
 */
export interface RunningUnit {
  pid?: number;
  exited: Promise<ExitCause>;
  stop(): Promise<void>;
}

export interface UnitDefinition {
  name: string;
  /** Resolves once the unit serves; on `abort` (the hub is stopping) it stops what it began. */
  start(abort: AbortSignal): Promise<RunningUnit>;
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** A unit that stayed up this long starts its next backoff from `initialMs` again. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 10_000, resetAfterMs: 30_000 };

/** The next delay after `previous` (0 = first crash), doubling up to `maxMs`. */
export function nextDelay(previous: number, o: BackoffOptions): number {
  return previous ? Math.min(previous * 2, o.maxMs) : o.initialMs;
}

export class Supervisor {
  private readonly running = new Map<string, RunningUnit>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly starting = new Set<Promise<unknown>>();
  private readonly abort = new AbortController();
  private stopping = false;

  constructor(private readonly log: Logger, private readonly backoff: BackoffOptions = DEFAULT_BACKOFF) {}

  /** Starts the unit once (a failure here is the caller's: a config error must not loop), then keeps it up. */
  async add(unit: UnitDefinition): Promise<void> {
    const first = await this.start(unit);
    this.watch(unit, first, 0);
  }

  private async start(unit: UnitDefinition): Promise<RunningUnit> {
    const starting = unit.start(this.abort.signal);
    this.starting.add(starting);
    try {
      const run = await starting;
      if (this.stopping) {
        await run.stop();
        throw new Error(`${unit.name} started while the hub was stopping`);
      }
      return run;
    } finally {
      this.starting.delete(starting);
    }
  }

  private watch(unit: UnitDefinition, run: RunningUnit, lastDelay: number): void {
    this.running.set(unit.name, run);
    const startedAt = Date.now();
    void run.exited.then((cause) => {
      if (this.running.get(unit.name) === run) this.running.delete(unit.name);
      if (this.stopping) return;
      const upMs = Date.now() - startedAt;
      const delay = nextDelay(upMs >= this.backoff.resetAfterMs ? 0 : lastDelay, this.backoff);
      this.log.error({ service: unit.name, pid: run.pid, code: cause.code, signal: cause.signal, upMs, restartInMs: delay }, `${unit.name} ${describeExit(cause)}; restarting`);
      this.restartLater(unit, delay);
    });
  }

  private restartLater(unit: UnitDefinition, delay: number): void {
    const timer = setTimeout(async () => {
      this.timers.delete(timer);
      // A signal to the whole group (Ctrl-C) reaches the units and us at once: their exit is no crash.
      if (this.stopping) return;
      try {
        const run = await this.start(unit);
        this.log.warn({ service: unit.name, pid: run.pid }, `${unit.name} restarted`);
        this.watch(unit, run, delay);
      } catch (err) {
        if (this.stopping) return;
        const next = nextDelay(delay, this.backoff);
        this.log.error({ service: unit.name, err, restartInMs: next }, `${unit.name} failed to restart`);
        this.restartLater(unit, next);
      }
    }, delay);
    this.timers.add(timer);
  }

  pid(name: string): number | undefined {
    return this.running.get(name)?.pid;
  }

  /** Stops the named units in order (each group together), then whatever else runs. */
  async stop(order: string[][] = []): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.abort.abort();
    await Promise.allSettled([...this.starting]);
    for (const group of [...order, [...this.running.keys()]]) {
      await Promise.all(group.map((name) => this.running.get(name)?.stop().catch((err) => this.log.error({ err, service: name }, 'stop failed'))));
    }
  }
}

/**
 * A service process (`scripts/run.js <entry>`, through the launcher), up once it sends `{ type: 'ready' }`
 * over IPC. It stops on SIGTERM, and is killed if it has not finished within `graceMs`.
 */
export async function forkService(opts: { name: string; runner: string; entry: string; env: NodeJS.ProcessEnv; abort: AbortSignal; graceMs?: number }): Promise<RunningUnit> {
  const p = launch({ name: opts.name, runner: opts.runner, args: [opts.entry], env: opts.env, ipc: true });
  const unit: RunningUnit = { pid: p.pid, exited: p.exited, stop: () => p.stop(opts.graceMs ?? 15_000) };
  // Until it is ready, stopping the hub stops it; after that, the supervisor does, in its order.
  const onAbort = () => void unit.stop();
  opts.abort.addEventListener('abort', onAbort, { once: true });
  void p.exited.then(() => opts.abort.removeEventListener('abort', onAbort));
  await p.ready;
  opts.abort.removeEventListener('abort', onAbort);
  return unit;
}
