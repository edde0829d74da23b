import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  baseEnvSchema, createLogger, databaseNameOf, databaseServerFor, dataDir, formatImportReport, parseEnv, prepareSubgraphDatabase, redisTarget,
  runImport, serviceDir, SUBGRAPHS, type ImporterDefinition, type SubgraphDefinition,
} from '@par/platform';

/**
 * `npm run import -- <subgraph> <entity> <file.csv|file.xlsx> [--dry-run] [--json]`: a department
 * loads a spreadsheet into its subgraph through that subgraph's own importer. Every row is checked
 * first and every error reported with its row number; then all rows are written or none.
 * Exit status: 0 written (or dry run passed), 1 the file has errors, 2 wrong command.
 */
function usage(message: string): never {
  process.stderr.write(`import: ${message}\nusage: npm run import -- <subgraph> <entity> <file.csv|file.xlsx> [--dry-run] [--json]\n`);
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const [subgraph, entity, file] = positionals;
  if (positionals.length !== 3) usage('expected a subgraph, an entity and a file');
  if (!(SUBGRAPHS as readonly string[]).includes(subgraph)) usage(`unknown subgraph ${JSON.stringify(subgraph)}; one of ${SUBGRAPHS.join(', ')}`);
  let importers: ImporterDefinition[];
  try {
    importers = (await import(path.join(serviceDir(subgraph), 'src/import'))).importers;
  } catch {
    usage(`${subgraph} offers no bulk import`);
  }
  const importer = importers.find((i) => i.entity === entity);
  if (!importer) usage(`${subgraph} imports ${importers.map((i) => i.entity).join(', ')}; not ${JSON.stringify(entity)}`);

  const env = parseEnv(baseEnvSchema, process.env);
  const log = createLogger('import', env.LOG_LEVEL);
  const server = await databaseServerFor({ databaseUrl: env.DATABASE_URL, dataDir: dataDir(env.HUB_DATA_DIR), log });
  try {
    // The subgraph's own migrations: an import never meets a schema older than its code.
    const def: SubgraphDefinition = (await import(path.join(serviceDir(subgraph), 'src/subgraph'))).default;
    // Rows and an audit row, nothing more: an import writes as the service's least role.
    const { serviceUrl: url } = await prepareSubgraphDatabase({
      serverUrl: server.url, database: databaseNameOf(subgraph, env.DATABASE_NAME_PREFIX), migrations: def.migrations, entities: def.entities, log,
    });
    const report = await runImport(importer, { databaseUrl: url, file: path.resolve(file), dryRun: values['dry-run'], subject: `import:${os.userInfo().username}`, announce: { subgraph, redis: redisTarget(env) } });
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatImportReport(report)}\n`);
    process.exitCode = report.errors.length ? 1 : 0;
  } finally {
    await server.release();
  }
}

main().catch((err) => {
  process.stderr.write(`import: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
