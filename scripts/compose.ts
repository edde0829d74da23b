import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { DEFAULT_PORTS, REPO_ROOT, SUBGRAPHS } from '@par/platform';
import { parse } from 'graphql';

/**
 * `npm run compose`: regenerates every subgraphs/<name>/schema.graphql from code and composes
 * supergraph.graphql, with no server or database. `--check` only reports drift (CI).
 */
const run = promisify(execFile);
const check = process.argv.includes('--check');

async function sdlOf(name: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'packages/platform/src/cli/print-sdl.ts'), path.join(REPO_ROOT, 'subgraphs', name, 'src/subgraph.ts')], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

async function main() {
  const sdls = await Promise.all(SUBGRAPHS.map(sdlOf));
  const result = composeServices(
    SUBGRAPHS.map((name, i) => ({ name, url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`, typeDefs: parse(sdls[i]) })),
  );
  if (result.errors?.length) {
    for (const e of result.errors) console.error(`composition error: ${e.message}`);
    process.exit(1);
  }
  for (const hint of result.hints ?? []) if (process.env.COMPOSE_HINTS) console.error(`hint: ${hint.toString()}`);
  const outputs: Array<[string, string]> = [
    ...SUBGRAPHS.map((name, i): [string, string] => [path.join('subgraphs', name, 'schema.graphql'), sdls[i]]),
    ['supergraph.graphql', `${result.supergraphSdl!.trim()}\n`],
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
