import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { DashboardScorecardDocument, ParScorecardDocument, ScorecardAgencyDocument, ScorecardUnitDocument } from '@par/operations';
import { dataDir } from '@par/platform';
import { mintToken } from '@par/tooling/mint-token';
import { renderScorecard, type ScorecardPlan } from '@par/tooling/scorecard-render';

/**
 * `npm run scorecard -- --year 2020 [--plan 851/QĐ-UBND] [--agency ID] [--unit CODE] [--url URL] [--token JWT]`:
 * the plan's scorecard for readers who do not write GraphQL: every target with its status, trend and
 * reading. Asks the hub's gateway with `--token` or `HUB_TOKEN`, else, outside production, a
 * development leadership token. Only registered operations (ParScorecard, or DashboardScorecard with a
 * scope, and the scope's name from scorecard.graphql), so a gateway with PERSISTED_OPERATIONS=required
 * answers it too.
 */
const DEFAULT_URL = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`;

class UsageError extends Error {}

function fail(message: string, code = 1): never {
  process.stderr.write(`scorecard: ${message}\n`);
  process.exit(code);
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; serviceName?: string };
}

/** The answer's data, and the subgraphs that did not answer: a partial answer is still the scorecard's to show. */
async function ask<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data: T; missing: string[] }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new Error(`cannot reach the hub at ${url}${cause ? ` (${cause})` : ''}: is it running? Start it with \`npm start\`, or pass --url`);
  }
  const body = (await res.json().catch(() => null)) as { data?: T | null; errors?: GraphQLError[] } | null;
  if (!body) throw new Error(`${url} answered HTTP ${res.status} without a GraphQL response: is --url the gateway's /graphql?`);
  const errors = body.errors ?? [];
  const unavailable = errors.filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.serviceName);
  if (!body.data || unavailable.length < errors.length) throw new Error(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  return { data: body.data, missing: [...new Set(unavailable.map((e) => e.extensions!.serviceName!))] };
}

function parse() {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, plan: { type: 'string', default: '851/QĐ-UBND' }, agency: { type: 'string' }, unit: { type: 'string' }, url: { type: 'string', default: DEFAULT_URL }, token: { type: 'string' } },
  });
  if (!values.year || !/^\d{4}$/.test(values.year)) throw new UsageError(`--year must be a year such as 2020${values.year ? ` (got ${values.year})` : ''}`);
  if (values.agency && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.agency)) throw new UsageError(`--agency must be an agency id (UUID) (got ${values.agency})`);
  if (values.unit && !/^\d{2,10}$/.test(values.unit)) throw new UsageError(`--unit must be a national administrative unit code, e.g. 347 (got ${values.unit})`);
  try {
    new URL(values.url!);
  } catch {
    throw new UsageError(`--url must be a URL such as ${DEFAULT_URL} (got ${values.url})`);
  }
  const token = values.token ?? process.env.HUB_TOKEN ?? null;
  if (token !== null && !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) throw new UsageError('--token (or HUB_TOKEN) must be a bearer token (a JWT)');
  return { year: Number(values.year), plan: values.plan!, agencyId: values.agency ?? null, unitCode: values.unit ?? null, url: values.url!, token };
}

async function main() {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    fail(`${(err as Error).message}\nusage: npm run scorecard -- --year 2020 [--plan 851/QĐ-UBND] [--agency ID] [--unit CODE] [--url ${DEFAULT_URL}] [--token JWT]`, 2);
  }
  let token = args.token;
  if (!token) {
    if (process.env.NODE_ENV === 'production') fail('pass --token (or set HUB_TOKEN): development tokens are not available in production', 2);
    token = await mintToken({ roles: ['leadership'], sub: 'scorecard-report', ttl: 600 }, dataDir(process.env.HUB_DATA_DIR));
  }
  const scopes: string[] = [];
  if (args.agencyId) {
    const { agency } = (await ask<{ agency: { name: string } | null }>(args.url, token, print(ScorecardAgencyDocument), { id: args.agencyId })).data;
    if (!agency) fail(`no agency has the id ${args.agencyId}`);
    scopes.push(agency.name);
  }
  if (args.unitCode) {
    const { administrativeUnit } = (await ask<{ administrativeUnit: { fullName: string } | null }>(args.url, token, print(ScorecardUnitDocument), { code: args.unitCode })).data;
    if (!administrativeUnit) fail(`no administrative unit has the code ${args.unitCode}`);
    scopes.push(`${administrativeUnit.fullName} (${args.unitCode})`);
  }
  const scoped = args.agencyId !== null || args.unitCode !== null;
  const { data, missing } = scoped
    ? await ask<{ reformPlan: ScorecardPlan | null }>(args.url, token, print(DashboardScorecardDocument), { plan: args.plan, year: args.year, agencyId: args.agencyId, unitCode: args.unitCode })
    : await ask<{ reformPlan: ScorecardPlan | null }>(args.url, token, print(ParScorecardDocument), { plan: args.plan, year: args.year });
  if (!data.reformPlan) fail(`no reform plan has the code ${args.plan}`);
  process.stdout.write(`${renderScorecard(data.reformPlan, args.year, scopes.length ? scopes.join(' · ') : null, 100, missing)}\n`);
  // Printed whole, but a script should still learn that some departments' figures are absent.
  if (missing.length) {
    process.stderr.write(`scorecard: partial: ${missing.join(', ')} did not answer; their targets show no verdict\n`);
    process.exitCode = 3;
  }
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
