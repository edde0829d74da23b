import { Client } from 'pg';
import { createLogger, runSeed } from '@par/platform';
import { measureKeyOf } from '@par/sample-data';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { seedFromCatalogue } from '../src/seed/load';
import { AGENCY, CATALOGUE, testApplicantName, testRandom } from './fixtures';

/**
 * `Measurement.evidence` of every e-government target, through HTTP: the records' sums equal the
 * figure, pages walked with `after` list every record once, `counted` splits them, and bad paging
 * arguments are refused with BAD_USER_INPUT.
 */
jest.setTimeout(120_000);

let sg: TestSubgraph;
let db: Client;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url: sg.databaseUrl, scale: 0.02, seed: 851, log: createLogger('egov-seed', 'silent') });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

/** Kinds of record counted one by one (each adds 1 to the denominator). */
const SINGLE: Record<string, string> = {
  BUSINESS_REGISTRATION_ONLINE: 'DOSSIER',
  INVESTMENT_CERTIFICATE_ONLINE: 'DOSSIER',
  ONLINE_SERVICES_LEVEL_3_4: 'ONLINE_SERVICE',
};
const BATCH: Record<string, string> = {
  TTHC_SATISFACTION: 'SURVEY_BATCH',
  PUBLIC_SERVICE_SATISFACTION: 'SURVEY_BATCH',
  TAX_DECLARATIONS_ONLINE: 'SECTOR_STATISTIC',
  TAX_PAID_ONLINE: 'SECTOR_STATISTIC',
  SOCIAL_INSURANCE_ONLINE: 'SECTOR_STATISTIC',
  DOCS_TO_PPC_ELECTRONIC: 'DOCUMENT_MONTH',
  DOCS_INTERAGENCY_ELECTRONIC: 'DOCUMENT_MONTH',
};
const KIND = { ...SINGLE, ...BATCH };

const Q = `query($code: ID!, $kind: String, $params: String, $year: Int!, $agencyId: ID, $unitCode: ID, $first: Int!, $after: String, $counted: Boolean) {
  _entities(representations: [{ __typename: "EgovIndicator", code: $code, measureKind: $kind, measureParams: $params }]) { ... on EgovIndicator {
    measurement(year: $year, agencyId: $agencyId, unitCode: $unitCode) { numerator denominator
      evidence(first: $first, after: $after, counted: $counted) {
        totalCount numerator denominator pageInfo { hasNextPage endCursor }
        edges { cursor node { id kind label date counted numerator denominator } } } } } } }`;

interface Node { id: string; kind: string; label: string; date: string; counted: boolean; numerator: number; denominator: number }
interface Evidence { totalCount: number; numerator: number; denominator: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Node }> }

/** The indicator's key as institutions hands it over: the code and the target's measure. */
const keyOf = (code: string) => {
  const { measureKind: kind, measureParams: params } = measureKeyOf(code);
  return { code, kind, params };
};

async function measurement(vars: Record<string, unknown>) {
  const res = await sg.request(Q, { first: 100, ...keyOf(String(vars.code)), ...vars });
  expect(res.errors).toBeUndefined();
  return res.data._entities[0].measurement as { numerator: number; denominator: number; evidence: Evidence } | null;
}

/** Every page from the first, following `endCursor`. */
async function walk(vars: Record<string, unknown>, first: number): Promise<{ nodes: Node[]; pages: number; head: Evidence }> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let head: Evidence | undefined;
  let pages = 0;
  do {
    const m = await measurement({ ...vars, first, after });
    const ev: Evidence = m!.evidence;
    head ??= ev;
    expect(ev.totalCount).toBe(head.totalCount);
    nodes.push(...ev.edges.map((e) => e.node));
    pages++;
    after = ev.pageInfo.hasNextPage ? ev.pageInfo.endCursor : null;
  } while (after);
  return { nodes, pages, head: head! };
}

const sum = (nodes: Node[], k: 'numerator' | 'denominator') => nodes.reduce((s, n) => s + n[k], 0);

describe.each(Object.keys(KIND))('%s', (code) => {
  test.each([2017, 2020])('in %i: the records sum to the figure, every page once, in (date, id) order', async (year) => {
    const m = await measurement({ code, year });
    expect(m).not.toBeNull();
    expect({ numerator: m!.evidence.numerator, denominator: m!.evidence.denominator }).toEqual({ numerator: m!.numerator, denominator: m!.denominator });

    const first = Math.max(1, Math.floor(m!.evidence.totalCount / 3));
    const { nodes, pages, head } = await walk({ code, year }, first);
    expect(pages).toBeGreaterThanOrEqual(Math.min(3, head.totalCount));
    expect(nodes).toHaveLength(head.totalCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect({ numerator: sum(nodes, 'numerator'), denominator: sum(nodes, 'denominator') }).toEqual({ numerator: m!.numerator, denominator: m!.denominator });
    const order = nodes.map((n) => `${n.date}|${n.id}`);
    expect(order).toEqual([...order].sort());
    for (const n of nodes) {
      expect(n.kind).toBe(KIND[code]);
      expect(n.counted).toBe(n.numerator > 0);
      // No applicant's name in a label (the test seed names every applicant one of two ways).
      expect(n.label).not.toMatch(/Nguyễn Thị Lan|Công ty TNHH/);
      if (SINGLE[code]) expect(n.denominator).toBe(1);
    }
    if (KIND[code] === 'DOSSIER') {
      // Each record is a dossier of the year: resolved on its date, of the procedure kind measured.
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM dossier d JOIN procedure_ref p ON p.code = d.procedure_code
          WHERE d.id = ANY($1::uuid[]) AND d.status = 'RESOLVED' AND to_char(d.resolved_at AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD') = ANY($2::text[])
            AND p.kind = $3 AND extract(year FROM d.resolved_at AT TIME ZONE 'UTC' + interval '7 hours') = $4`,
        [nodes.map((n) => n.id), nodes.map((n) => n.date), code === 'BUSINESS_REGISTRATION_ONLINE' ? 'BUSINESS_REGISTRATION' : 'INVESTMENT_CERTIFICATE', year],
      );
      expect(rows[0].n).toBe(nodes.length);
      const ids = await db.query(`SELECT id::text, applicant_id_number FROM dossier WHERE id = ANY($1::uuid[])`, [nodes.map((n) => n.id)]);
      const idNumber = new Map(ids.rows.map((r) => [r.id, r.applicant_id_number as string]));
      for (const n of nodes) expect(n.label).not.toContain(idNumber.get(n.id));
    }
  });

  test('counted: true lists the records in the numerator, counted: false the others', async () => {
    const all = (await measurement({ code, year: 2020 }))!;
    const yes = await walk({ code, year: 2020, counted: true }, 100);
    const no = await walk({ code, year: 2020, counted: false }, 100);
    expect(yes.nodes.every((n) => n.counted)).toBe(true);
    expect(no.nodes.every((n) => !n.counted)).toBe(true);
    expect(yes.head.totalCount + no.head.totalCount).toBe(all.evidence.totalCount);
    expect(yes.head.numerator).toBe(all.numerator);
    expect(no.head.numerator).toBe(0);
    expect(yes.head.denominator + no.head.denominator).toBe(all.denominator);
    if (SINGLE[code]) expect(yes.head.totalCount).toBe(all.numerator);
  });
});

test('scoped evidence sums to the scoped figure (an agency, a unit)', async () => {
  for (const vars of [
    { code: 'BUSINESS_REGISTRATION_ONLINE', year: 2019, agencyId: AGENCY.PLANNING },
    { code: 'TAX_PAID_ONLINE', year: 2020, agencyId: AGENCY.TAX },
    { code: 'DOCS_INTERAGENCY_ELECTRONIC', year: 2018, unitCode: '347' },
    { code: 'TTHC_SATISFACTION', year: 2019, unitCode: '349' },
  ]) {
    const m = (await measurement(vars))!;
    const province = (await measurement({ code: vars.code, year: vars.year }))!;
    expect(m.denominator).toBeLessThanOrEqual(province.denominator);
    const { nodes } = await walk(vars, 100);
    expect({ code: vars.code, numerator: sum(nodes, 'numerator'), denominator: sum(nodes, 'denominator') }).toEqual({ code: vars.code, numerator: m.numerator, denominator: m.denominator });
  }
});

test('a cursor not from this connection and a page above 100 are BAD_USER_INPUT naming the argument', async () => {
  for (const [vars, field] of [
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [{ after: '!!' }, 'after'],
    [{ first: 101 }, 'first'],
    [{ first: 0 }, 'first'],
  ] as const) {
    const res = await sg.request(Q, { ...keyOf('DOCS_INTERAGENCY_ELECTRONIC'), year: 2020, first: 10, ...vars });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0])).toContain(field);
  }
});
