import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { DEFAULT_PORTS, REPO_ROOT, serviceDir, SUBGRAPHS, type SubgraphName } from '@par/platform';
import { parse } from 'graphql';

const run = promisify(execFile);

/**
 * A subgraph's SDL printed from its code, in a child process: type-graphql keeps its metadata in
 * a process-wide store, so two subgraphs built in one process would see each other's types.
 */
async function subgraphSdlFromCode(name: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'packages/platform/src/cli/print-sdl.ts'), path.join(serviceDir(name), 'src/subgraph.ts')],
    { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

export async function subgraphSdlsFromCode(names: readonly SubgraphName[] = SUBGRAPHS): Promise<SubgraphSdl[]> {
  const sdls = await Promise.all(names.map(subgraphSdlFromCode));
  return names.map((name, i) => ({ name, sdl: sdls[i] }));
}

export interface Composition {
  /** Present only when composition succeeded; ends with one newline, as committed. */
  supergraphSdl?: string;
  errors: string[];
  hints: string[];
}

/** Composes with the URLs of the default ports; the gateway overrides them per deployment. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): Composition {
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({ name, url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`, typeDefs: parse(sdl) })),
  );
  if (result.errors?.length) return { errors: result.errors.map((e) => e.message), hints: [] };
  return { supergraphSdl: `${result.supergraphSdl!.trim()}\n`, errors: [], hints: (result.hints ?? []).map((h) => h.toString()) };
}
