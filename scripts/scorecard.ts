import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { ParScorecardDocument } from '@par/operations';
import { dataDir } from '@par/platform';
import { mintToken } from './lib/mint-token';

/**
 * `npm run scorecard -- --year 2020 [--plan 851/QĐ-UBND] [--agency ID] [--unit CODE] [--url URL]`:
 * the plan's scorecard as a table, for readers who do not write GraphQL. Asks the running hub's
 * gateway (ParScorecard, or the same selection with a scope on the measurement) with a development
 * leadership token.
 */
const DEFAULT_URL = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`;

// ParScorecard takes no scope; a scoped scorecard asks the same measurement with its scope arguments.
const SCOPED_SCORECARD = /* GraphQL */ `
  query ScopedScorecard($plan: ID!, $year: Int!, $agencyId: ID, $unitCode: ID) {
    reformPlan(code: $plan) {
      code
      title
      periodStart
      periodEnd
      targets {
        code
        area
        description
        comparator
        value
        unit
        dueYear
        annual
        indicator {
          code
          measurement(year: $year, agencyId: $agencyId, unitCode: $unitCode) { value numerator denominator }
          met(year: $year, agencyId: $agencyId, unitCode: $unitCode)
        }
      }
    }
  }`;
const AGENCY_NAME = 'query ScorecardAgency($id: ID!) { agency(id: $id) { name } }';
const UNIT_NAME = 'query ScorecardUnit($code: ID!) { administrativeUnit(code: $code) { fullName } }';

interface Target {
  code: string;
  area: string;
  description: string;
  comparator: string;
  value: number;
  unit: string;
  dueYear: number | null;
  annual: boolean;
  indicator: { measurement: { value: number | null; numerator: number | null; denominator: number | null } | null; met: boolean | null };
}

const AREA_VI: Record<string, string> = {
  INSTITUTIONS: 'Thể chế',
  PROCEDURES: 'TTHC',
  ORGANISATION: 'Bộ máy',
  CIVIL_SERVICE: 'CBCCVC',
  PUBLIC_FINANCE: 'Tài chính',
  MODERNISATION: 'Hiện đại hóa',
  STEERING: 'Chỉ đạo',
};
const COMPARATOR: Record<string, string> = { GT: '>', GTE: '≥', LT: '<', LTE: '≤', EQ: '=' };

class UsageError extends Error {}

function fail(message: string, code = 1): never {
  process.stderr.write(`scorecard: ${message}\n`);
  process.exit(code);
}

/** Display width in characters (NFC: one code point per Vietnamese letter). */
const width = (s: string) => [...s.normalize('NFC')].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const shorten = (s: string, n: number) => {
  const chars = [...s.normalize('NFC')];
  return chars.length <= n ? chars.join('') : `${chars.slice(0, n - 1).join('').trimEnd()}…`;
};

const formatValue = (v: number, unit: string) => (unit === 'percent' ? `${Number.isInteger(v) ? v : v.toFixed(1)}%` : `${v} ${unit}`);

function renderScorecard(plan: { code: string; title: string; targets: Target[] }, year: number, scope: string | null): string {
  const rows = plan.targets.map((t) => {
    const m = t.indicator.measurement;
    return [
      t.code,
      AREA_VI[t.area] ?? t.area,
      shorten(t.description, 60),
      `${COMPARATOR[t.comparator] ?? t.comparator} ${formatValue(t.value, t.unit)}${t.dueYear ? ` (${t.dueYear})` : ''}`,
      m?.value == null ? '–' : formatValue(Math.round(m.value * 10) / 10, t.unit),
      m?.denominator == null ? '' : `${m.numerator}/${m.denominator}`,
      t.indicator.met === true ? '✓' : t.indicator.met === false ? '✗' : '–',
    ];
  });
  const header = ['Mã chỉ tiêu', 'Lĩnh vực', 'Chỉ tiêu (Quyết định)', 'Mục tiêu', 'Đạt được', 'Tử/mẫu', 'Đạt'];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const met = plan.targets.filter((t) => t.indicator.met === true).length;
  const missed = plan.targets.filter((t) => t.indicator.met === false).length;
  const unmeasured = plan.targets.length - met - missed;
  return [
    `${plan.title} (${plan.code})`,
    `Năm ${year}${scope ? ` · phạm vi: ${scope}` : ' · toàn tỉnh'}`,
    '',
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    `Đạt ${met}/${plan.targets.length} chỉ tiêu · chưa đạt ${missed} · chưa có số liệu ${unmeasured}  (✓ đạt, ✗ chưa đạt, – không có số liệu năm ${year})`,
  ].join('\n');
}

async function ask<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
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
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
  if (!body) throw new Error(`${url} answered HTTP ${res.status} without a GraphQL response: is --url the gateway's /graphql?`);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  return body.data as T;
}

function parse() {
  const { values } = parseArgs({
    options: { year: { type: 'string' }, plan: { type: 'string', default: '851/QĐ-UBND' }, agency: { type: 'string' }, unit: { type: 'string' }, url: { type: 'string', default: DEFAULT_URL } },
  });
  if (!values.year || !/^\d{4}$/.test(values.year)) throw new UsageError(`--year must be a year such as 2020${values.year ? ` (got ${values.year})` : ''}`);
  if (values.agency && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.agency)) throw new UsageError(`--agency must be an agency id (UUID) (got ${values.agency})`);
  if (values.unit && !/^\d{2,10}$/.test(values.unit)) throw new UsageError(`--unit must be a national administrative unit code, e.g. 347 (got ${values.unit})`);
  try {
    new URL(values.url!);
  } catch {
    throw new UsageError(`--url must be a URL such as ${DEFAULT_URL} (got ${values.url})`);
  }
  return { year: Number(values.year), plan: values.plan!, agencyId: values.agency ?? null, unitCode: values.unit ?? null, url: values.url! };
}

async function main() {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    fail(`${(err as Error).message}\nusage: npm run scorecard -- --year 2020 [--plan 851/QĐ-UBND] [--agency ID] [--unit CODE] [--url ${DEFAULT_URL}]`, 2);
  }
  if (process.env.NODE_ENV === 'production') fail('development tokens are not available in production', 2);
  const token = await mintToken({ roles: ['leadership'], sub: 'scorecard-report', ttl: 600 }, dataDir(process.env.HUB_DATA_DIR));
  const scopes: string[] = [];
  if (args.agencyId) {
    const { agency } = await ask<{ agency: { name: string } | null }>(args.url, token, AGENCY_NAME, { id: args.agencyId });
    if (!agency) fail(`no agency has the id ${args.agencyId}`);
    scopes.push(agency.name);
  }
  if (args.unitCode) {
    const { administrativeUnit } = await ask<{ administrativeUnit: { fullName: string } | null }>(args.url, token, UNIT_NAME, { code: args.unitCode });
    if (!administrativeUnit) fail(`no administrative unit has the code ${args.unitCode}`);
    scopes.push(`${administrativeUnit.fullName} (${args.unitCode})`);
  }
  const scoped = args.agencyId !== null || args.unitCode !== null;
  const data = scoped
    ? await ask<{ reformPlan: { code: string; title: string; targets: Target[] } | null }>(args.url, token, SCOPED_SCORECARD, { plan: args.plan, year: args.year, agencyId: args.agencyId, unitCode: args.unitCode })
    : await ask<{ reformPlan: { code: string; title: string; targets: Target[] } | null }>(args.url, token, print(ParScorecardDocument), { plan: args.plan, year: args.year });
  if (!data.reformPlan) fail(`no reform plan has the code ${args.plan}`);
  process.stdout.write(`${renderScorecard(data.reformPlan, args.year, scopes.length ? scopes.join(' · ') : null)}\n`);
}

main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
