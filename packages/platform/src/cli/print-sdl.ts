import 'reflect-metadata';
import path from 'node:path';
import { buildSubgraphSchema, type SubgraphDefinition } from '../subgraph';
import { subgraphSdl } from '../graphql/federation';

/**
 * Prints a subgraph's SDL from its code alone: no server, no database. One process per subgraph,
 * because type-graphql keeps its metadata in a process-wide store.
 */
async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: print-sdl <subgraph module>');
  const mod = require(path.resolve(file)) as { default: SubgraphDefinition };
  process.stdout.write(subgraphSdl(await buildSubgraphSchema(mod.default)));
}
main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
