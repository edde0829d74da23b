import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '@par/platform';
import { parse, validate, type DocumentNode } from 'graphql';
import { manifestFromDocument, type PersistedManifest } from '../gateway/src/security/persisted';
import { apiSchemaFromSupergraph } from '@par/tooling/api-schema';

/**
 * `npm run persisted:manifest [-- --documents FILE …] [--out FILE] [--check]` writes the persisted-operation
 * manifest the gateway serves with PERSISTED_OPERATIONS=required: every named operation of the
 * project's documents (packages/operations by default), keyed by the sha256 of its text, after
 * checking each one against the API schema of the committed supergraph. `--check` only compares
 * with the committed manifest (CI), exit code 1 when it is out of date.
 */
const DEFAULT_DOCUMENTS = path.join(REPO_ROOT, 'packages', 'operations');
const DEFAULT_OUT = path.join(REPO_ROOT, 'gateway', 'persisted-operations.json');

function fail(message: string): never {
  process.stderr.write(`persisted:manifest: ${message}\n`);
  process.exit(1);
}

function graphqlFiles(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql') && !f.split(path.sep).some((part) => part === 'node_modules' || part === 'dist'))
    .sort()
    .map((f) => path.join(target, f));
}

function main() {
  const { values } = parseArgs({
    options: { documents: { type: 'string', multiple: true }, out: { type: 'string' }, check: { type: 'boolean' }, supergraph: { type: 'string' } },
  });
  const files = (values.documents ?? [DEFAULT_DOCUMENTS]).flatMap((d) => graphqlFiles(path.resolve(d)));
  if (!files.length) fail(`no .graphql documents found in ${(values.documents ?? [DEFAULT_DOCUMENTS]).join(', ')}`);
  const docs: DocumentNode[] = files.map((f) => {
    try {
      return parse(fs.readFileSync(f, 'utf8'));
    } catch (err) {
      return fail(`${path.relative(REPO_ROOT, f)}: ${(err as Error).message}`);
    }
  });
  // Fragments may live in another file than the operations that spread them.
  const merged: DocumentNode = { kind: 'Document' as DocumentNode['kind'], definitions: docs.flatMap((d) => d.definitions) };

  const supergraph = path.resolve(values.supergraph ?? path.join(REPO_ROOT, 'supergraph.graphql'));
  if (fs.existsSync(supergraph)) {
    const errors = validate(apiSchemaFromSupergraph(fs.readFileSync(supergraph, 'utf8')), merged);
    if (errors.length) fail(`documents do not validate against ${path.relative(REPO_ROOT, supergraph)}:\n  ${errors.map((e) => e.message).join('\n  ')}`);
  } else {
    process.stderr.write(`persisted:manifest: ${path.relative(REPO_ROOT, supergraph)} not found; operations not validated\n`);
  }

  const operations = manifestFromDocument(merged).sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set<string>();
  for (const op of operations) {
    if (names.has(op.name)) fail(`operation ${op.name} is defined twice`);
    names.add(op.name);
  }
  const manifest: PersistedManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const out = path.resolve(values.out ?? DEFAULT_OUT);
  if (values.check) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (current !== text) fail(`${path.relative(REPO_ROOT, out)} is out of date; run npm run persisted:manifest`);
    process.stdout.write(`${path.relative(REPO_ROOT, out)} is up to date (${operations.length} operations)\n`);
    return;
  }
  fs.writeFileSync(out, text);
  process.stdout.write(`${path.relative(REPO_ROOT, out)}: ${operations.length} operations from ${files.map((f) => path.relative(REPO_ROOT, f)).join(', ')}\n`);
}

main();
