import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { REPO_ROOT, SUBGRAPHS, type SubgraphName } from '@par/platform';
import { testPort } from '@par/platform/testing';

/**
 * The part of Hive Gateway's runtime this test uses, typed here: its own declarations pull in
 * graphql-yoga's augmentation of graphql's error extensions and a newer Node's types, which would
 * change how the whole repository typechecks.
 */
interface HiveRuntime {
  (req: IncomingMessage, res: ServerResponse): void;
  [Symbol.asyncDispose](): Promise<void>;
}
interface HiveRuntimeConfig {
  supergraph: string;
  transports: Record<string, unknown>;
  transportEntries: Record<string, { location: string }>;
  propagateHeaders: { fromClientToSubgraphs(payload: { request: Request }): Record<string, string | null> };
  logging: boolean;
  maskedErrors: boolean;
}
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime') as { createGatewayRuntime(config: HiveRuntimeConfig): HiveRuntime };
const httpTransport: unknown = require('@graphql-mesh/transport-http');

/** Headers the hub's subgraphs read from a gateway's request: the caller's token and the request id. */
export const PROPAGATED_HEADERS = ['authorization', 'x-request-id'] as const;

export interface RunningHiveGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * Hive Gateway (The Guild's, not Apollo's planner) serving the committed supergraph as it is: only
 * where each subgraph listens is given, as an operator deploying it would.
 */
export async function startHiveGateway(subgraphUrls: Record<SubgraphName, string>): Promise<RunningHiveGateway> {
  const gateway = createGatewayRuntime({
    supergraph: path.join(REPO_ROOT, 'supergraph.graphql'),
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(SUBGRAPHS.map((s) => [s, { location: subgraphUrls[s] }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => Object.fromEntries(PROPAGATED_HEADERS.map((h) => [h, request.headers.get(h)])),
    },
    logging: false,
    // A failure shows Hive Gateway's own reason (a planning error) rather than "Unexpected error".
    maskedErrors: false,
  });
  const server: Server = createServer(gateway);
  const port = await testPort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await gateway[Symbol.asyncDispose]();
    },
  };
}
