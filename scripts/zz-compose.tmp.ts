import fs from 'node:fs';
import { composeSupergraph, subgraphSdlsFromCode } from './lib/compose';
async function main() {
  const r = composeSupergraph(await subgraphSdlsFromCode());
  if (r.errors.length) throw new Error(r.errors.join('\n'));
  fs.writeFileSync('/tmp/supergraph-egov.graphql', r.supergraphSdl!);
}
main().catch((e) => { console.error(e); process.exit(1); });
