import { Client } from 'pg';
import { print, type DocumentNode } from 'graphql';
import { databaseNameOf, type SubgraphName } from '@par/platform';
import { testServerUrl, tokenFor } from '@par/platform/testing';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * A hub for one contract test file, with a `pg` connection to each subgraph's own database so the
 * test can compute the expected figures itself, independently of the services' SQL.
 */
export interface ContractHub extends TestHub {
  /** Rows of an independent SQL query in one subgraph's database. */
  sql<T = any>(subgraph: SubgraphName, text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a named document (from @par/operations) through the gateway; throws on unexpected errors. */
  run<T = any>(doc: DocumentNode, variables: Record<string, unknown>, token?: string): Promise<T>;
  close(): Promise<void>;
}

export const PLAN = '851/QĐ-UBND';

export function databaseUrl(subgraph: SubgraphName, prefix: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${databaseNameOf(subgraph, prefix)}`;
  return url.toString();
}

export async function startContractHub(opts: { scale?: number; seed?: number; env?: NodeJS.ProcessEnv } = {}): Promise<ContractHub> {
  const hub = await startTestHub({ scale: opts.scale ?? 0.01, seed: opts.seed, env: opts.env });
  const clients = new Map<SubgraphName, Client>();
  const client = async (s: SubgraphName) => {
    let c = clients.get(s);
    if (!c) {
      c = new Client({ connectionString: databaseUrl(s, hub.prefix) });
      await c.connect();
      clients.set(s, c);
    }
    return c;
  };
  return {
    ...hub,
    async sql(subgraph, text, params = []) {
      return (await (await client(subgraph)).query(text, params)).rows;
    },
    async run(doc, variables, token) {
      const res = await hub.request(print(doc), variables, token);
      if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
      return res.data as any;
    },
    async close() {
      await Promise.all([...clients.values()].map((c) => c.end().catch(() => undefined)));
      await hub.stop();
    },
  };
}

export const tokens = {
  leadershipPii: () => tokenFor({ roles: ['leadership'], scope: 'pii:read' }),
  leadership: () => tokenFor({ roles: ['leadership'] }),
  analyst: () => tokenFor({ roles: ['analyst'] }),
};

/** 100 × num / den, as the contract defines a percent measurement. */
export const pct = (num: number, den: number) => (100 * num) / den;

/** Figures the services round to two decimals compare within half a hundredth. */
export function expectClose(actual: number | null | undefined, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
}
