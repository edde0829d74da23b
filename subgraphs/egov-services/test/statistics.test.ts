import { Client } from 'pg';
import { createLogger, onSql, runSeed } from '@par/platform';
import { startTestSubgraph, tokenFor, type GraphQLResponse, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { seedFromCatalogue } from '../src/seed/load';
import { AGENCY, CATALOGUE, testApplicantName, testRandom } from './fixtures';

let sg: TestSubgraph;
let db: Client;
const SCALE = 0.01;

const seed = (url: string, seedNumber = 851) =>
  runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url, scale: SCALE, seed: seedNumber, log: createLogger('egov-seed', 'silent') });

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  await seed(sg.databaseUrl);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const one = async <T = Record<string, number>>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;

describe('seed', () => {
  test('loads about 300 000 × scale dossiers a year with rising online share and timeliness', async () => {
    const { rows } = await db.query(
      `SELECT received_year AS year, count(*)::int AS n, avg((channel = 'ONLINE')::int)::float8 AS online FROM dossier GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    for (const r of rows) expect(r.n).toBeGreaterThan(300_000 * SCALE * 0.8);
    expect(rows[4].online).toBeGreaterThan(rows[0].online + 0.08);
    const onTime = await db.query(`SELECT resolved_year AS year, avg((resolved_on <= due_on)::int)::float8 AS r FROM dossier WHERE resolved_year BETWEEN 2016 AND 2020 GROUP BY 1 ORDER BY 1`);
    expect(onTime.rows[4].r).toBeGreaterThan(onTime.rows[0].r);
  });

  test('is deterministic: the same seed gives the same rows', async () => {
    const digest = async (c: Client) =>
      (
        await c.query(`SELECT md5(string_agg(id::text || status || to_char(due_on, 'YYYYMMDD') || coalesce(applicant_name, ''), ',' ORDER BY id)) AS d,
                              (SELECT md5(string_agg(agency_id::text || kind || satisfied, ',' ORDER BY agency_id, year, kind)) FROM satisfaction_survey) AS s
                         FROM dossier`)
      ).rows[0];
    const before = await digest(db);
    await seed(sg.databaseUrl);
    expect(await digest(db)).toEqual(before);
    await seed(sg.databaseUrl, 852);
    expect((await digest(db)).d).not.toEqual(before.d);
    await seed(sg.databaseUrl);
    expect(await digest(db)).toEqual(before);
  });
});

describe('dossierStatistics', () => {
  const Q = `query($filter: DossierStatisticsFilter, $groupBy: [DossierDimension!]!) {
    dossierStatistics(filter: $filter, groupBy: $groupBy) { year channel agencyId procedureCode sector received receivedOnline resolved resolvedOnTime onTimeRate onlineRate } }`;
  const KEYS = ['received', 'receivedOnline', 'resolved', 'resolvedOnTime'] as const;
  const sum = (rows: Array<Record<string, number>>) => Object.fromEntries(KEYS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)]));

  test('totals equal counts made directly, and every grouping adds up to them (public, no token)', async () => {
    const filter = { yearFrom: 2017, yearTo: 2019 };
    const total = await sg.request(Q, { filter, groupBy: [] });
    expect(total.errors).toBeUndefined();
    expect(total.data.dossierStatistics).toHaveLength(1);
    const t = total.data.dossierStatistics[0];
    const direct = await one(`SELECT
        (SELECT count(*) FROM dossier WHERE extract(year FROM received_at AT TIME ZONE 'UTC' + interval '7 hours') BETWEEN 2017 AND 2019)::int AS received,
        (SELECT count(*) FROM dossier WHERE channel = 'ONLINE' AND extract(year FROM received_at AT TIME ZONE 'UTC' + interval '7 hours') BETWEEN 2017 AND 2019)::int AS "receivedOnline",
        (SELECT count(*) FROM dossier WHERE status = 'RESOLVED' AND extract(year FROM resolved_at AT TIME ZONE 'UTC' + interval '7 hours') BETWEEN 2017 AND 2019)::int AS resolved,
        (SELECT count(*) FROM dossier WHERE outcome IN ('EARLY', 'ON_TIME') AND extract(year FROM resolved_at AT TIME ZONE 'UTC' + interval '7 hours') BETWEEN 2017 AND 2019)::int AS "resolvedOnTime"`);
    expect(sum([t])).toEqual(direct);
    expect(t.onTimeRate).toBeCloseTo((100 * direct.resolvedOnTime) / direct.resolved, 2);
    expect(t).toMatchObject({ year: null, channel: null, agencyId: null, procedureCode: null, sector: null });

    // Each summary a grouping reads from: per agency (none, year, channel, agency, agency kind), per procedure, and placed by district.
    for (const groupBy of [['YEAR'], ['CHANNEL'], ['AGENCY'], ['AGENCY_KIND'], ['PROCEDURE'], ['SECTOR'], ['DISTRICT'], ['YEAR', 'CHANNEL'], ['AGENCY', 'PROCEDURE', 'YEAR']]) {
      const res = await sg.request(Q, { filter, groupBy });
      expect(res.errors).toBeUndefined();
      const rows = res.data.dossierStatistics;
      expect(rows.length).toBeGreaterThan(1);
      expect(sum(rows)).toEqual(direct);
      // Grouped dimensions are filled, the others null.
      expect(rows.every((r: Record<string, unknown>) => (groupBy.includes('YEAR') ? r.year !== null : r.year === null))).toBe(true);
      expect(rows.every((r: Record<string, unknown>) => (groupBy.includes('SECTOR') ? r.sector !== null : r.sector === null))).toBe(true);
    }
  });

  test('filters by agency and procedure; years out of order are BAD_USER_INPUT', async () => {
    const res = await sg.request(Q, { filter: { agencyId: AGENCY.PLANNING, procedureCode: '2.001610', yearFrom: 2020, yearTo: 2020 }, groupBy: ['CHANNEL'] });
    const direct = await one(`SELECT count(*)::int AS n FROM dossier WHERE agency_id = $1 AND procedure_code = '2.001610' AND received_year = 2020`, [AGENCY.PLANNING]);
    expect(res.data.dossierStatistics.reduce((s: number, r: { received: number }) => s + r.received, 0)).toBe(direct.n);
    const bad = await sg.request(Q, { filter: { yearFrom: 2020, yearTo: 2016 }, groupBy: [] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.yearTo' });
    const unit = await sg.request(Q, { filter: { unitCode: 'ha-nam' }, groupBy: [] });
    expect(unit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitCode' });
  });
});

describe('serviceDelivery', () => {
  const AGENCY_Q = `query($reps: [_Any!]!, $year: Int!) { _entities(representations: $reps) { ... on Agency { id serviceDelivery(year: $year) {
    received receivedOnline resolved resolvedOnTime overdueInProgress onTimeRate onlineRate satisfactionRate } } } }`;
  const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Agency', id }));

  test('agency figures equal counts made directly; rates are percentages, null without a denominator', async () => {
    const res = await sg.request(AGENCY_Q, { reps: reps([AGENCY.COMMUNE_A1, AGENCY.PLANNING, AGENCY.TAX]), year: 2020 });
    expect(res.errors).toBeUndefined();
    for (const e of res.data._entities.slice(0, 2)) {
      const d = await one(
        `SELECT (SELECT count(*) FROM dossier WHERE agency_id = $1 AND received_year = 2020)::int AS received,
                (SELECT count(*) FROM dossier WHERE agency_id = $1 AND received_year = 2020 AND channel = 'ONLINE')::int AS online,
                (SELECT count(*) FROM dossier WHERE agency_id = $1 AND status = 'RESOLVED' AND resolved_year = 2020)::int AS resolved,
                (SELECT count(*) FROM dossier WHERE agency_id = $1 AND outcome <> 'LATE' AND resolved_year = 2020)::int AS on_time,
                (SELECT 100.0 * sum(satisfied) / sum(responses) FROM satisfaction_survey WHERE agency_id = $1 AND year = 2020)::float8 AS sat`,
        [e.id],
      );
      const sd = e.serviceDelivery;
      expect(sd).toMatchObject({ received: d.received, receivedOnline: d.online, resolved: d.resolved, resolvedOnTime: d.on_time });
      expect(sd.received).toBeGreaterThan(0);
      expect(sd.onTimeRate).toBeCloseTo((100 * d.on_time) / d.resolved, 2);
      expect(sd.onlineRate).toBeCloseTo((100 * d.online) / d.received, 2);
      if (d.sat === null) expect(sd.satisfactionRate).toBeNull();
      else expect(sd.satisfactionRate).toBeCloseTo(d.sat, 2);
    }
    // The tax office receives no one-stop dossiers: zero counts, null rates.
    expect(res.data._entities[2].serviceDelivery).toMatchObject({ received: 0, resolved: 0, onTimeRate: null, onlineRate: null });
  });

  test('overdue in progress counts open dossiers past their promised date at the end of the year', async () => {
    const d = await one(
      `SELECT count(*)::int AS n FROM dossier d WHERE agency_id = $1 AND received_at < '2019-12-31T17:00:00Z' AND due_on < '2019-12-31'
          AND (closed_at IS NULL OR closed_at >= '2019-12-31T17:00:00Z')
          AND NOT EXISTS (SELECT 1 FROM supplement_request s WHERE s.dossier_id = d.id AND s.opened_at < '2019-12-31T17:00:00Z' AND (s.closed_at IS NULL OR s.closed_at >= '2019-12-31T17:00:00Z'))`,
      [AGENCY.COMMUNE_B1],
    );
    const res = await sg.request(AGENCY_Q, { reps: reps([AGENCY.COMMUNE_B1]), year: 2019 });
    expect(res.data._entities[0].serviceDelivery.overdueInProgress).toBe(d.n);
    expect(d.n).toBeGreaterThan(0);
  });

  test('is batched: the same number of statements for 2 agencies as for all of them', async () => {
    const all = CATALOGUE.agencies.map((a) => a.id);
    const countFor = async (ids: string[]) => {
      let n = 0;
      const off = onSql(() => n++);
      try {
        const res = await sg.request(AGENCY_Q, { reps: reps(ids), year: 2020 });
        expect(res.errors).toBeUndefined();
      } finally {
        off();
      }
      return n;
    };
    const two = await countFor(all.slice(0, 2));
    expect(two).toBeGreaterThan(0);
    expect(await countFor(all)).toBe(two);
  });

  test('a unit includes its sub-units', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { code serviceDelivery(year: 2018) { received resolved resolvedOnTime } } } }`;
    const res = await sg.request(q, { reps: ['35', '347', '13321'].map((code) => ({ __typename: 'AdministrativeUnit', code })) });
    expect(res.errors).toBeUndefined();
    const count = async (codes: string[]) => (await one(`SELECT count(*)::int AS n FROM dossier WHERE unit_code = ANY($1) AND received_year = 2018`, [codes])).n;
    const [province, district, commune] = res.data._entities;
    expect(province.serviceDelivery.received).toBe(await count(CATALOGUE.units.map((u) => u.code)));
    expect(district.serviceDelivery.received).toBe(await count(['347', '13321', '13324']));
    expect(commune.serviceDelivery.received).toBe(await count(['13321']));
    expect(district.serviceDelivery.received).toBeGreaterThan(commune.serviceDelivery.received);
  });
});

describe('procedures (public)', () => {
  test('online service with its level history, and dossier statistics, without a token', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeProcedure { code
      onlineService { level fullyOnline launchedOn levelHistory { level since } } dossierStats(year: 2020) { received resolved onTimeRate onlineRate } } } }`;
    const codes = CATALOGUE.procedures.map((p) => p.code);
    const res = await sg.request(q, { reps: codes.map((code) => ({ __typename: 'AdministrativeProcedure', code })) });
    expect(res.errors).toBeUndefined();
    for (const e of res.data._entities) {
      const d = await one(`SELECT count(*)::int AS n FROM dossier WHERE procedure_code = $1 AND received_year = 2020`, [e.code]);
      expect(e.dossierStats.received).toBe(d.n);
      const svc = await db.query(`SELECT level FROM online_service_level WHERE procedure_code = $1 ORDER BY since`, [e.code]);
      if (!svc.rowCount) expect(e.onlineService).toBeNull();
      else {
        expect(e.onlineService.level).toBe(svc.rows.at(-1).level);
        expect(e.onlineService.levelHistory.map((h: { level: number }) => h.level)).toEqual(svc.rows.map((r) => r.level));
      }
    }
  });
});

describe('agency dossiers', () => {
  test('pages are stable and complete; totalCount matches', async () => {
    const q = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) { ... on Agency {
      dossiers(first: 50, after: $after, filter: { year: 2020 }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt } } } } } }`;
    const token = await tokenFor({ roles: ['analyst'] });
    const reps = [{ __typename: 'Agency', id: AGENCY.PLANNING }];
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      type Page = { dossiers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } };
      const res: GraphQLResponse<{ _entities: Page[] }> = await sg.request(q, { reps, after }, token);
      expect(res.errors).toBeUndefined();
      const conn = res.data!._entities[0].dossiers;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const direct = await db.query(`SELECT id FROM dossier WHERE agency_id = $1 AND received_year = 2020 ORDER BY received_at DESC, id DESC`, [AGENCY.PLANNING]);
    expect(total).toBe(direct.rowCount);
    expect(seen).toEqual(direct.rows.map((r) => r.id));
    const anonymous = await sg.request(q, { reps, after: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('agency quality and surveys (public)', () => {
  test('latest ISO 9001 certification and the year’s surveys, batched over agencies', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { id
      qualityCertification { standard certifiedOn expiresOn valid } satisfactionSurveys(year: 2019) { kind responses satisfied satisfactionRate accessIndex } } } }`;
    const ids = CATALOGUE.agencies.map((a) => a.id);
    let statements = 0;
    const off = onSql(() => statements++);
    const res = await sg.request(q, { reps: ids.map((id) => ({ __typename: 'Agency', id })) });
    off();
    expect(res.errors).toBeUndefined();
    expect(statements).toBe(2);
    for (const e of res.data._entities) {
      const iso = await db.query(`SELECT standard, to_char(certified_on, 'YYYY-MM-DD') AS "certifiedOn" FROM iso_certification WHERE agency_id = $1 ORDER BY certified_on DESC LIMIT 1`, [e.id]);
      if (!iso.rowCount) expect(e.qualityCertification).toBeNull();
      else expect(e.qualityCertification).toMatchObject(iso.rows[0]);
      const surveys = await db.query(`SELECT kind, responses, satisfied FROM satisfaction_survey WHERE agency_id = $1 AND year = 2019 ORDER BY kind`, [e.id]);
      expect(e.satisfactionSurveys.map(({ kind, responses, satisfied }: Record<string, unknown>) => ({ kind, responses, satisfied }))).toEqual(surveys.rows);
    }
    expect(res.data._entities.some((e: { qualityCertification: unknown }) => e.qualityCertification !== null)).toBe(true);
  });
});
