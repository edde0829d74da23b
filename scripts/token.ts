import { parseArgs } from 'node:util';
import { dataDir, ROLES, SUBGRAPHS, type Role } from '@par/platform';
import { mintToken } from '@par/tooling/mint-token';

/**
 * `npm run -s token -- --role analyst [--scope pii:read] [--agency ID] [--subgraph NAME] [--ttl SECONDS]`
 * prints a development token alone on stdout, so scripts can capture it.
 */
function fail(message: string): never {
  process.stderr.write(`token: ${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      scope: { type: 'string', multiple: true },
      agency: { type: 'string' },
      subgraph: { type: 'string' },
      ttl: { type: 'string' },
      sub: { type: 'string' },
    },
  });
  if (process.env.NODE_ENV === 'production') fail('development tokens are not available in production');
  const roles = (values.role ?? ['analyst']) as Role[];
  for (const r of roles) if (!ROLES.includes(r)) fail(`--role must be one of ${ROLES.join(', ')} (got ${r})`);
  if (roles.includes('editor') && !values.subgraph) fail(`an editor token needs --subgraph (${SUBGRAPHS.join(', ')})`);
  if (values.subgraph && !(SUBGRAPHS as readonly string[]).includes(values.subgraph)) fail(`--subgraph must be one of ${SUBGRAPHS.join(', ')}`);
  if (values.agency && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.agency)) fail('--agency must be an agency id (UUID)');
  const ttl = values.ttl ? Number(values.ttl) : undefined;
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl > 0)) fail('--ttl must be a positive number of seconds');
  const token = await mintToken(
    { roles, scope: values.scope?.join(' '), agency: values.agency, subgraph: values.subgraph, sub: values.sub, ttl },
    dataDir(process.env.HUB_DATA_DIR),
  );
  process.stdout.write(`${token}\n`);
}
main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
