import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSubgraphSchema, subgraphSdl } from '@par/platform';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import { startGateway, type RunningGateway } from '@par/gateway';
import { composeSupergraph } from '@par/tooling/compose';
import { probe } from './probe-subgraph';

export interface ProbeHub {
  subgraph: TestSubgraph;
  gateway: RunningGateway;
  /** http://127.0.0.1:<port> of the gateway. */
  origin: string;
  stop(): Promise<void>;
}

/** The probe subgraph on its own database, composed into a supergraph, behind a real gateway. */
export async function startProbeHub(gatewayEnv: NodeJS.ProcessEnv = {}): Promise<ProbeHub> {
  const subgraph = await startTestSubgraph(probe);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-hub-'));
  try {
    const composed = composeSupergraph([{ name: 'institutions', sdl: subgraphSdl(await buildSubgraphSchema(probe)) }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors.join('\n'));
    fs.writeFileSync(path.join(dir, 'supergraph.graphql'), composed.supergraphSdl);
    const gateway = await startGateway({
      env: { ...subgraph.env, SUPERGRAPH_PATH: path.join(dir, 'supergraph.graphql'), INSTITUTIONS_URL: subgraph.url, MAX_PAGE_SIZE: '1000', MAX_COST: '10000000', ...gatewayEnv },
      port: 0,
    });
    return {
      subgraph,
      gateway,
      origin: gateway.url.replace(/\/graphql$/, ''),
      async stop() {
        await gateway.close();
        await subgraph.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await subgraph.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
