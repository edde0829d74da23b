import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, serviceDir } from '@par/platform';
import { composeSupergraph, subgraphSdlsFromCode } from '@par/tooling/compose';

/**
 * `npm run compose`: regenerates every subgraphs/<name>/schema.graphql from code and composes
 * supergraph.graphql, with no server or database. `--check` only reports drift (CI).
 */
const check = process.argv.includes('--check');

async function main() {
  const subgraphs = await subgraphSdlsFromCode();
  const result = composeSupergraph(subgraphs);
  if (result.errors.length) {
    for (const e of result.errors) console.error(`composition error: ${e}`);
    process.exit(1);
  }
  for (const hint of result.hints) if (process.env.COMPOSE_HINTS) console.error(`hint: ${hint}`);
  const outputs: Array<[string, string]> = [
    ...subgraphs.map(({ name, sdl }): [string, string] => [path.relative(REPO_ROOT, path.join(serviceDir(name), 'schema.graphql')), sdl]),
    ['supergraph.graphql', result.supergraphSdl!],
  ];
  let drift = 0;
  for (const [rel, text] of outputs) {
    const file = path.join(REPO_ROOT, rel);
    const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (old === text) continue;
    drift++;
    if (check) console.error(`${rel} differs from what the code produces; run npm run compose and commit it`);
    else {
      fs.writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  if (check && drift) process.exit(1);
  if (!drift) console.log('schema files are up to date');
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
