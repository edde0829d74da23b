import { parse, print } from 'graphql';
import { AgencyProfileDocument, DistrictComparisonDocument } from '@par/operations';
import { expectClose, pct, startContractHub, tokens, type ContractHub } from './support';

/**
 * AgencyProfile and DistrictComparison: one request each, figures from all four subgraphs for the
 * same agency id / the same units, each checked against that subgraph's own database.
 */
let hub: ContractHub;
let token: string;
const YEAR = 2020;
const PROVINCE = '35';

beforeAll(async () => {
  hub = await startContractHub({ scale: 0.01 });
  token = await tokens.analyst();
}, 120_000);
afterAll(() => hub?.close());

const rate = (num: number, den: number) => (den === 0 ? null : pct(num, den));
function expectRate(actual: number | null, num: number, den: number) {
  if (den === 0) return expect(actual).toBeNull();
  expect(actual).toBeGreaterThanOrEqual(0);
  expect(actual).toBeLessThanOrEqual(100);
  expectClose(actual, rate(num, den)!);
}

/** What each subgraph's database says about one agency in one year. */
async function expectedProfile(id: string) {
  const [agency] = await hub.sql('institutions', `SELECT a.id, a.code, a.name, a.kind, a.unit_code, a.parent_id FROM agency a WHERE a.id = $1`, [id]);
  const [par] = await hub.sql(
    'institutions',
    `SELECT p.score::float8 AS score,
            1 + (SELECT count(*) FROM par_assessment q JOIN agency b ON b.id = q.agency_id WHERE q.year = p.year AND b.kind = $3 AND q.score > p.score)::int AS rank,
            (SELECT count(*) FROM par_assessment q JOIN agency b ON b.id = q.agency_id WHERE q.year = p.year AND b.kind = $3)::int AS "rankOf"
       FROM par_assessment p WHERE p.agency_id = $1 AND p.year = $2`,
    [id, YEAR, agency.kind],
  );
  const active = `cs.agency_id = $1 AND cs.hired_on <= make_date($2::int, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date($2::int, 12, 31))`;
  const staff = await hub.sql(
    'civil-servants',
    `SELECT cs.category, count(*)::int AS n,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND extract(year FROM tc.completed_on) = $2))::int AS trained
       FROM civil_servant cs WHERE ${active} GROUP BY cs.category ORDER BY cs.category`,
    [id, YEAR],
  );
  const [quota] = await hub.sql('civil-servants', 'SELECT approved_quota AS q FROM staffing_quota WHERE agency_id = $1 AND year = $2', [id, YEAR]);
  const [budget] = await hub.sql(
    'public-finance',
    `SELECT (SELECT sum(amount) FROM budget_line WHERE agency_id = $1 AND fiscal_year = $2 AND stage = 'ESTIMATE' AND category <> 'REVENUE')::text AS estimate,
            (SELECT sum(amount) FROM budget_line WHERE agency_id = $1 AND fiscal_year = $2 AND stage = 'SETTLEMENT' AND category <> 'REVENUE')::text AS settlement,
            (SELECT sum(allocated) FROM par_funding WHERE agency_id = $1 AND fiscal_year = $2)::text AS "parAllocated",
            (SELECT sum(spent) FROM par_funding WHERE agency_id = $1 AND fiscal_year = $2)::text AS "parSpent"`,
    [id, YEAR],
  );
  const [autonomy] = await hub.sql('public-finance', `SELECT 'GROUP_' || autonomy_group AS "group", self_financing_rate::float8 AS rate FROM autonomy_assessment WHERE agency_id = $1 AND fiscal_year = $2`, [id, YEAR]);
  const [egov] = await hub.sql(
    'egov-services',
    `SELECT (SELECT count(*) FROM dossier WHERE agency_id = $1 AND extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = $2)::int AS received,
            (SELECT count(*) FROM dossier WHERE agency_id = $1 AND extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = $2 AND channel = 'ONLINE')::int AS online,
            (SELECT count(*) FROM dossier WHERE agency_id = $1 AND extract(year FROM resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = $2)::int AS resolved,
            (SELECT count(*) FROM dossier WHERE agency_id = $1 AND extract(year FROM resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = $2
               AND (resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= due_on)::int AS "onTime",
            (SELECT sum(satisfied) FROM satisfaction_survey WHERE agency_id = $1 AND year = $2)::int AS satisfied,
            (SELECT sum(responses) FROM satisfaction_survey WHERE agency_id = $1 AND year = $2)::int AS responses`,
    [id, YEAR],
  );
  return { agency, par, staff, quota, budget, autonomy, egov };
}

async function checkProfile(id: string) {
  const e = await expectedProfile(id);
  const { agency: a } = await hub.run(AgencyProfileDocument, { id, year: YEAR }, token);
  expect(a).toMatchObject({ id, code: e.agency.code, name: e.agency.name, kind: e.agency.kind });
  expect(a.administrativeUnit.code).toBe(e.agency.unit_code);
  expect(a.parent?.id ?? null).toBe(e.agency.parent_id);

  if (e.par) expect(a.parIndex).toEqual({ score: e.par.score, rank: e.par.rank, rankOf: e.par.rankOf });
  else expect(a.parIndex).toBeNull();

  const headcount = e.staff.reduce((s: number, r: { n: number }) => s + r.n, 0);
  const trained = e.staff.reduce((s: number, r: { trained: number }) => s + r.trained, 0);
  expect(a.workforce.headcount).toBe(headcount);
  expect([...a.workforce.byCategory].sort((x: { category: string }, y: { category: string }) => x.category.localeCompare(y.category))).toEqual(
    e.staff.map((r: { category: string; n: number }) => ({ category: r.category, count: r.n })),
  );
  expect(a.workforce.approvedQuota).toBe(e.quota?.q ?? null);
  expectRate(a.workforce.trainedShare, trained, headcount);

  expect(a.budget ?? { estimate: null, settlement: null, parAllocated: null, parSpent: null }).toEqual(e.budget);

  if (e.agency.kind !== 'PUBLIC_SERVICE_UNIT') expect(a.autonomy).toBeNull();
  else if (!e.autonomy) expect(a.autonomy).toBeNull();
  else {
    expect(a.autonomy.group).toBe(e.autonomy.group);
    expect(Math.abs(a.autonomy.selfFinancingRate - e.autonomy.rate)).toBeLessThan(0.01);
  }

  const sd = a.serviceDelivery;
  expect({ received: sd.received, resolved: sd.resolved, resolvedOnTime: sd.resolvedOnTime }).toEqual({ received: e.egov.received, resolved: e.egov.resolved, resolvedOnTime: e.egov.onTime });
  expectRate(sd.onTimeRate, e.egov.onTime, e.egov.resolved);
  expectRate(sd.onlineRate, e.egov.online, e.egov.received);
  expectRate(sd.satisfactionRate, e.egov.satisfied ?? 0, e.egov.responses ?? 0);
  return a;
}

describe('AgencyProfile', () => {
  test('the busiest agency for dossiers: every subgraph agrees with its own rows', async () => {
    const [busiest] = await hub.sql('egov-services', `SELECT agency_id AS id FROM dossier WHERE received_year = $1 GROUP BY agency_id ORDER BY count(*) DESC, agency_id LIMIT 1`, [YEAR]);
    const a = await checkProfile(busiest.id);
    expect(a.serviceDelivery.received).toBeGreaterThan(0);
  });

  test('a department: ranked among departments (rankOf = ranked departments that year), no autonomy', async () => {
    const [dept] = await hub.sql('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' AND id IN (SELECT agency_id FROM par_assessment WHERE year = $1) ORDER BY code LIMIT 1`, [YEAR]);
    const a = await checkProfile(dept.id);
    const [ranked] = await hub.sql('institutions', `SELECT count(*)::int AS n FROM par_assessment p JOIN agency a ON a.id = p.agency_id WHERE p.year = $1 AND a.kind = 'DEPARTMENT'`, [YEAR]);
    expect(a.parIndex.rankOf).toBe(ranked.n);
    expect(a.parIndex.rank).toBeGreaterThanOrEqual(1);
    expect(a.parIndex.rank).toBeLessThanOrEqual(ranked.n);
    expect(a.autonomy).toBeNull();
  });

  test('a district People\'s Committee is ranked among district committees only', async () => {
    const [dpc] = await hub.sql('institutions', `SELECT id FROM agency WHERE kind = 'DISTRICT_PEOPLES_COMMITTEE' ORDER BY code LIMIT 1`);
    const a = await checkProfile(dpc.id);
    const [ranked] = await hub.sql('institutions', `SELECT count(*)::int AS n FROM par_assessment p JOIN agency a ON a.id = p.agency_id WHERE p.year = $1 AND a.kind = 'DISTRICT_PEOPLES_COMMITTEE'`, [YEAR]);
    expect(a.parIndex.rankOf).toBe(ranked.n);
  });

  test('a public service unit with an autonomy assessment: autonomy from public-finance, no PAR index', async () => {
    const [psu] = await hub.sql('public-finance', `SELECT agency_id AS id FROM autonomy_assessment WHERE fiscal_year = $1 ORDER BY agency_id LIMIT 1`, [YEAR]);
    const a = await checkProfile(psu.id);
    expect(a.kind).toBe('PUBLIC_SERVICE_UNIT');
    expect(a.autonomy).not.toBeNull();
  });

  test('an agency without dossiers that year has null rates, not zeros', async () => {
    const ids = (await hub.sql('egov-services', `SELECT id FROM agency_ref WHERE id NOT IN (SELECT agency_id FROM dossier WHERE received_year = $1 OR resolved_year = $1) ORDER BY id LIMIT 1`, [YEAR])).map((r) => r.id);
    expect(ids.length).toBe(1);
    const a = await checkProfile(ids[0]);
    expect(a.serviceDelivery).toMatchObject({ received: 0, resolved: 0, onTimeRate: null, onlineRate: null });
  });

  test('an unknown agency id gives null', async () => {
    const res = await hub.request(print(AgencyProfileDocument), { id: '00000000-0000-4000-8000-000000000000', year: YEAR }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.agency).toBeNull();
  });
});

describe('DistrictComparison', () => {
  const COMMUNES = /* GraphQL */ `
    query CommunesInForce($province: ID!, $asOf: Date!) {
      administrativeUnit(code: $province) { children(asOf: $asOf) { code children(asOf: $asOf) { code fullName level } } }
    }`;

  async function inForce(parent: string, day: string) {
    return hub.sql(
      'institutions',
      `SELECT code, full_name AS "fullName", kind, level FROM unit_version WHERE parent_code = $1
         AND (valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to >= $2::date) ORDER BY code`,
      [parent, day],
    );
  }

  async function subUnits(code: string): Promise<string[]> {
    const rows = await hub.sql('institutions', `WITH RECURSIVE u(code) AS (SELECT $1::text UNION SELECT v.code FROM unit_version v JOIN u ON v.parent_code = u.code) SELECT DISTINCT code FROM u`, [code]);
    return rows.map((r) => r.code);
  }

  test('2020-12-31: the districts in force, each with figures over the district and all its communes', async () => {
    const { administrativeUnit: p } = await hub.run(DistrictComparisonDocument, { province: PROVINCE, year: YEAR, asOf: '2020-12-31' }, token);
    expect(p.code).toBe(PROVINCE);
    const expected = await inForce(PROVINCE, '2020-12-31');
    expect(p.children.map((c: { code: string; fullName: string; kind: string; level: string }) => ({ code: c.code, fullName: c.fullName, kind: c.kind, level: c.level }))).toEqual(expected);
    expect(expected.length).toBe(6);
    for (const d of p.children) {
      const units = await subUnits(d.code);
      expect(units.length).toBeGreaterThan(1);
      const [pc] = await hub.sql('institutions', `SELECT a.id, a.name, p.score::float8 AS score FROM agency a LEFT JOIN par_assessment p ON p.agency_id = a.id AND p.year = $2
        WHERE a.unit_code = $1 AND a.kind = 'DISTRICT_PEOPLES_COMMITTEE'`, [d.code, YEAR]);
      expect(d.peoplesCommittee).toMatchObject({ id: pc.id, name: pc.name });
      expect(d.peoplesCommittee.parIndex?.score ?? null).toBe(pc.score);
      const [eg] = await hub.sql(
        'egov-services',
        `SELECT count(*) FILTER (WHERE received_year = $2)::int AS received, count(*) FILTER (WHERE received_year = $2 AND channel = 'ONLINE')::int AS online,
                count(*) FILTER (WHERE resolved_year = $2)::int AS resolved, count(*) FILTER (WHERE resolved_year = $2 AND resolved_on <= due_on)::int AS "onTime"
           FROM dossier WHERE unit_code = ANY($1)`,
        [units, YEAR],
      );
      expect(d.serviceDelivery.received).toBe(eg.received);
      expectRate(d.serviceDelivery.onTimeRate, eg.onTime, eg.resolved);
      expectRate(d.serviceDelivery.onlineRate, eg.online, eg.received);
      const [cs] = await hub.sql(
        'civil-servants',
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND extract(year FROM tc.completed_on) = $2))::int AS trained
           FROM civil_servant cs WHERE cs.unit_code = ANY($1) AND cs.hired_on <= make_date($2::int, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date($2::int, 12, 31))`,
        [units, YEAR],
      );
      expect(d.workforce.headcount).toBe(cs.n);
      expectRate(d.workforce.trainedShare, cs.trained, cs.n);
    }
    // The district's figures include its communes': more than the district seat's own dossiers.
    const own = await hub.sql('egov-services', `SELECT unit_code, count(*)::int AS n FROM dossier WHERE received_year = $1 GROUP BY unit_code`, [YEAR]);
    const ownOf = new Map(own.map((r) => [r.unit_code, r.n]));
    expect(p.children.some((d: { code: string; serviceDelivery: { received: number } }) => d.serviceDelivery.received > (ownOf.get(d.code) ?? 0))).toBe(true);
  });

  test('units as they were on the date: renamed districts and the 2025 commune merge (109 → 98)', async () => {
    const before = await hub.run(DistrictComparisonDocument, { province: PROVINCE, year: YEAR, asOf: '2020-12-31' }, token);
    const after = await hub.run(DistrictComparisonDocument, { province: PROVINCE, year: YEAR, asOf: '2025-01-01' }, token);
    const names = (r: any) => new Map<string, string>(r.administrativeUnit.children.map((c: { code: string; fullName: string }) => [c.code, c.fullName]));
    const expectedAfter = await inForce(PROVINCE, '2025-01-01');
    expect([...names(after).entries()]).toEqual(expectedAfter.map((u) => [u.code, u.fullName]));
    // At least one district changed its name or kind in 2025 and each date shows its own version.
    const renamed = [...names(before).entries()].filter(([code, name]) => names(after).has(code) && names(after).get(code) !== name);
    expect(renamed.length).toBeGreaterThan(0);

    const communes = async (asOf: string) => {
      const data = await hub.run(parse(COMMUNES), { province: PROVINCE, asOf }, token);
      return data.administrativeUnit.children.flatMap((d: { children: Array<{ code: string; level: string }> }) => d.children);
    };
    const c2020 = await communes('2020-12-31');
    const c2025 = await communes('2025-01-01');
    expect(c2020.length).toBe(109);
    expect(c2025.length).toBe(98);
    expect(c2020.every((c: { level: string }) => c.level === 'COMMUNE')).toBe(true);
    // A merged commune is a child on the earlier date only.
    // (Merged in the 2025 merge: every unit ended on 30 Jun 2025 also names a successor.)
    const [merged] = await hub.sql('institutions', `SELECT code FROM unit_version WHERE successor_code IS NOT NULL AND valid_to = '2024-12-31' ORDER BY code LIMIT 1`);
    expect(c2020.map((c: { code: string }) => c.code)).toContain(merged.code);
    expect(c2025.map((c: { code: string }) => c.code)).not.toContain(merged.code);
  });
});
