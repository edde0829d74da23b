import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The baseline of the "hub over bare gateway" goal: `@apollo/gateway` and `@apollo/server` as
 * their documentation starts them, on the same supergraph and the same running subgraphs, with no
 * plugins, no limits, no cache and no token check of its own. The caller's `authorization` header
 * is passed on unchanged, since the subgraphs verify tokens themselves and would otherwise answer
 * analysts' fields with FORBIDDEN. Started by the benchmark as a process of its own (so the load
 * generator does not share its event loop); prints `bare gateway ready on <port>`.
 *
 * Environment: BARE_GATEWAY_PORT, BARE_GATEWAY_SUPERGRAPH (a file), BARE_GATEWAY_SUBGRAPHS
 * (JSON: subgraph name → URL of the running subgraph).
 */
const port = Number(process.env.BARE_GATEWAY_PORT);
const supergraphSdl = fs.readFileSync(path.resolve(process.env.BARE_GATEWAY_SUPERGRAPH!), 'utf8');
const urls = JSON.parse(process.env.BARE_GATEWAY_SUBGRAPHS!) as Record<string, string>;

interface Context {
  authorization?: string;
}

const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource<Context>({
      url: urls[name] ?? url,
      willSendRequest({ request, context }) {
        if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      },
    }),
});

async function main() {
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  process.stdout.write(`bare gateway ready on ${new URL(url).port}\n`);
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`bare gateway: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
