import path from 'node:path';
import { databaseNameOf, dropDatabase, envPrefix, REPO_ROOT, serviceDir, SUBGRAPHS, subgraphUrlEnv, type SubgraphName } from '@par/platform';
import { postGraphQL, testEnv, testServerUrl, uniquePrefix, type GraphQLResponse } from '@par/platform/testing';
import { startGateway, type RunningGateway } from '@par/gateway';
import { launch, type Launched } from '@par/tooling/launcher';

export interface TestHub {
  prefix: string;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  env: NodeJS.ProcessEnv;
  request<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Stops one subgraph process (fault tests) and starts it again on the same port. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  startSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

interface Started {
  process: Launched;
  port: number;
}

async function startSubgraphProcess(name: SubgraphName, env: NodeJS.ProcessEnv, port = 0): Promise<Started> {
  const p = launch({
    name,
    runner: path.join(REPO_ROOT, 'scripts/run.js'),
    args: [path.join(serviceDir(name), 'src/main.ts')],
    env: { ...env, [`${envPrefix(name)}_PORT`]: String(port) },
    ipc: true,
  });
  return { process: p, port: (await p.ready).port! };
}

/**
 * The whole hub as users meet it: four subgraph processes (each its own fresh database, seeded
 * with the sample catalogue at `scale`) and a real gateway over HTTP in front of them.
 */
export async function startTestHub(opts: { scale?: number; seed?: number; env?: NodeJS.ProcessEnv } = {}): Promise<TestHub> {
  const prefix = uniquePrefix();
  const env = testEnv(prefix, { SEED_WHEN_EMPTY: 'true', SAMPLE_SCALE: String(opts.scale ?? 0.01), SEED: String(opts.seed ?? 851), ...opts.env });
  const running = new Map<SubgraphName, Started>();
  let gateway: RunningGateway | undefined;
  const stopAll = async () => {
    await gateway?.close().catch(() => undefined);
    await Promise.all([...running.values()].map((s) => s.process.stop()));
    await Promise.all(SUBGRAPHS.map((s) => dropDatabase(testServerUrl(), databaseNameOf(s, prefix)).catch(() => undefined)));
  };
  try {
    const started = await Promise.all(SUBGRAPHS.map((s) => startSubgraphProcess(s, env)));
    SUBGRAPHS.forEach((s, i) => running.set(s, started[i]));
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s, `http://127.0.0.1:${running.get(s)!.port}/graphql`])) as Record<SubgraphName, string>;
    const gatewayEnv = { ...env, ...Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), urls[s]])), SUBGRAPH_TIMEOUT_MS: '5000' };
    gateway = await startGateway({ env: gatewayEnv, port: 0 });
    const gatewayUrl = gateway.url;
    return {
      prefix,
      gatewayUrl,
      subgraphUrls: urls,
      env,
      request: (query, variables, token) => postGraphQL(gatewayUrl, query, variables, token),
      async stopSubgraph(name) {
        await running.get(name)!.process.stop();
      },
      async startSubgraph(name) {
        running.set(name, await startSubgraphProcess(name, env, running.get(name)!.port));
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
