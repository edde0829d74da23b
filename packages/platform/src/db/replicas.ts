import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ConnectionException, type ConnectionOptions, type ConnectionType, type Configuration, type EventSubscriber } from '@mikro-orm/core';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * Read replicas (DATABASE_REPLICA_URLS). Within a request, reads go to a replica until the request
 * writes; from then on (and for the whole of a mutation) everything goes to the primary, so a
 * request always reads its own writes. Outside a request (start, seeds, migrations, scripts) the
 * primary answers everything: those are the moments where a lagging copy would do harm.
 *
 * A replica that stops answering (refused, reset, shut down) is left out for
 * DATABASE_REPLICA_RETRY_S and the read that met the failure runs again on the primary, so
 * losing a replica costs nothing but load on the primary.
 */
interface ReadRoute {
  primary: boolean;
}
const route = new AsyncLocalStorage<ReadRoute>();

/** Runs one request with its own read route (the subgraph's HTTP server wraps every request). */
export function withReadRouting<T>(run: () => Promise<T>): Promise<T> {
  return route.run({ primary: false }, run);
}

/** This request has written or is about to: every later statement goes to the primary. */
export function readFromPrimaryFromNowOn(): void {
  const current = route.getStore();
  if (current) current.primary = true;
}

function mayReadFromReplica(): boolean {
  const current = route.getStore();
  return current !== undefined && !current.primary;
}

/** Mutations run wholly on the primary, including fields resolved after their transaction commits. */
export function primaryForMutationsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'query') readFromPrimaryFromNowOn();
        },
      };
    },
  };
}

/** A flush that changes rows is a write through the ORM. */
export const flushesPinToPrimary: EventSubscriber = {
  async onFlush({ uow }) {
    if (uow.getChangeSets().length) readFromPrimaryFromNowOn();
  },
};

/**
 * Whether raw SQL only reads. Anything else (INSERT … , a data-modifying WITH, SET, SELECT … FOR
 * UPDATE, a function that may write such as nextval or pg_advisory_lock) counts as a write:
 * guessing "read" wrongly would send it to a server that refuses it or to a stale copy.
 */
export function isReadOnlySql(text: string): boolean {
  const sql = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
  if (!/^(select|with|values|table)\b/i.test(sql)) return false;
  return !/\b(insert|update|delete|merge|truncate|for\s+(no\s+key\s+)?update|for\s+(key\s+)?share|nextval|setval|pg_advisory\w*|set_config|pg_notify)\b/i.test(
    sql,
  );
}

const LOST_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);

/** The server is gone or going (as opposed to a bad query, which the primary would refuse too). */
export function isConnectionLoss(err: unknown): boolean {
  if (err instanceof ConnectionException) return true;
  const e = err as { code?: string; message?: string; cause?: unknown } | undefined;
  if (!e) return false;
  if (e.code && (LOST_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  if (
    /Connection terminated|connect ECONNREFUSED|Timeout acquiring a connection|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)/i.test(
      e.message ?? '',
    )
  )
    return true;
  return e.cause !== undefined && e.cause !== err && isConnectionLoss(e.cause);
}

/** A replica's connection: a read it cannot answer is answered by the primary instead. */
export class ReplicaConnection extends PostgreSqlConnection {
  private downUntil = 0;
  /** Set by the driver right after construction. */
  failover!: { primary: () => PostgreSqlConnection; retryMs: number; log?: Logger };

  isUp(now = Date.now()): boolean {
    return now >= this.downUntil;
  }

  /** Takes the replica out for a while when `err` says it is gone; true when the caller should read from the primary. */
  lost(err: unknown): boolean {
    if (!isConnectionLoss(err)) return false;
    if (this.isUp()) this.failover.log?.warn({ replica: this.options.host, err: (err as Error).message }, 'read replica unreachable: reading from the primary');
    this.downUntil = Date.now() + this.failover.retryMs;
    return true;
  }

  override async execute<T>(...args: Parameters<PostgreSqlConnection['execute']>): Promise<T> {
    try {
      return await super.execute<T & object>(...args);
    } catch (err) {
      if (!this.lost(err)) throw err;
      return this.failover.primary().execute<T & object>(...args);
    }
  }
}

export interface ReplicaRouting {
  retryMs: number;
  log?: Logger;
}

/** The PostgreSQL driver with the routing above; MikroORM's own would pick any replica, healthy or not, for any read. */
export function replicaRoutingDriver(opts: ReplicaRouting): typeof PostgreSqlDriver {
  return class ReplicaRoutingDriver extends PostgreSqlDriver {
    constructor(config: Configuration) {
      super(config);
      for (const r of this.replicas as ReplicaConnection[])
        r.failover = { primary: () => this.connection as PostgreSqlConnection, retryMs: opts.retryMs, log: opts.log };
    }

    protected override createReplicas(): PostgreSqlConnection[] {
      return super.createReplicas((conf: ConnectionOptions) => new ReplicaConnection(this.config, conf, 'read'));
    }

    override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
      if (type === 'read' && this.replicas.length && mayReadFromReplica()) {
        const now = Date.now();
        const up = (this.replicas as ReplicaConnection[]).filter((r) => r.isUp(now));
        if (up.length) return up[Math.floor(Math.random() * up.length)];
      }
      return this.connection as PostgreSqlConnection;
    }
  };
}

/** Replicas in service now, of those configured (for /readyz). */
export function replicaStatus(driver: unknown): { configured: number; up: number } | undefined {
  const replicas = (driver as { replicas?: unknown[] }).replicas ?? [];
  if (!replicas.length) return undefined;
  return { configured: replicas.length, up: replicas.filter((r) => r instanceof ReplicaConnection && r.isUp()).length };
}
