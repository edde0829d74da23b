import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@par/platform';
import { checkSchemaChange, formatReport, parseDeclaredChanges, parseOperations } from '@par/tooling/api-schema-diff';
import { composeSupergraph, subgraphSdlsFromCode, type SubgraphSdl } from '@par/tooling/compose';

/**
 * `npm run schema:check`: prints every subgraph's SDL from code, composes, and compares the API
 * schema with the last committed supergraph.graphql. Each change is listed with the operations of
 * @par/operations it concerns; a breaking change fails unless schema-changes.yaml declares it.
 *
 * Base: `--base FILE`, or `--base-ref REF` (git), else HEAD's supergraph when the code now composes
 * to something else (a change not committed yet), else the supergraph before the last commit that
 * changed it (CI, where the change is committed). `--subgraphs DIR` reads <name>.graphql SDLs from
 * DIR (one file per subgraph) instead of the code; `--verbose` lists safe changes too; `--declared FILE` and `--operations DIR` replace the defaults.
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'base-ref': { type: 'string' },
    subgraphs: { type: 'string' },
    declared: { type: 'string' },
    operations: { type: 'string' },
    verbose: { type: 'boolean' },
  },
});

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

function baseSupergraph(current: string): { text: string | null; label: string } {
  if (values.base) return { text: fs.readFileSync(values.base, 'utf8'), label: values.base };
  if (values['base-ref']) return { text: git(['show', `${values['base-ref']}:supergraph.graphql`]), label: `${values['base-ref']}:supergraph.graphql` };
  const head = git(['show', 'HEAD:supergraph.graphql']);
  if (head !== null && head !== current) return { text: head, label: 'HEAD:supergraph.graphql' };
  const last = git(['log', '-n', '1', '--format=%H', '--', 'supergraph.graphql'])?.trim();
  if (!last) return { text: head, label: 'HEAD:supergraph.graphql' };
  return { text: git(['show', `${last}^:supergraph.graphql`]), label: `${last.slice(0, 10)}^:supergraph.graphql` };
}

async function subgraphSdls(): Promise<SubgraphSdl[]> {
  if (!values.subgraphs) return subgraphSdlsFromCode();
  const dir = values.subgraphs;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: path.basename(f, '.graphql'), sdl: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function operationSources(dir: string): Array<{ name: string; text: string }> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: path.relative(REPO_ROOT, path.join(dir, f)), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

async function main() {
  const composition = composeSupergraph(await subgraphSdls());
  if (!composition.supergraphSdl) {
    for (const e of composition.errors) console.error(`composition error: ${e}`);
    process.exit(1);
  }
  const base = baseSupergraph(composition.supergraphSdl);
  const declaredFile = values.declared ?? path.join(REPO_ROOT, 'schema-changes.yaml');
  const declared = fs.existsSync(declaredFile) ? parseDeclaredChanges(fs.readFileSync(declaredFile, 'utf8')) : [];
  const report = await checkSchemaChange({
    oldSupergraph: base.text,
    newSupergraph: composition.supergraphSdl,
    operations: parseOperations(operationSources(values.operations ?? path.join(REPO_ROOT, 'packages', 'operations'))),
    declared,
  });
  if (base.text === null) console.log('no committed supergraph.graphql to compare with: composition checked only');
  else console.log(`compared with ${base.label}: ${report.changes.length} change(s)`);
  const text = formatReport(report, values.verbose);
  if (text) console.log(text);
  if (!report.ok) {
    console.error(
      'schema:check failed: declare each intended breaking change in schema-changes.yaml (path and reason), tell the teams whose operations are listed, and update packages/operations',
    );
    process.exit(1);
  }
  console.log('schema:check passed');
}
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
