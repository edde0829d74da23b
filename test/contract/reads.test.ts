import { print } from 'graphql';
import { CivilServantSearchDocument, DossierTrendDocument, PersonnelRecordDocument, ProcedureCatalogueDocument } from '@par/operations';
import { expectClose, pct, startContractHub, tokens, type ContractHub } from './support';

/**
 * The analysts' and the public's reads: ProcedureCatalogue, CivilServantSearch, PersonnelRecord
 * and DossierTrend through the gateway, against rows in the owning subgraph's database.
 */
let hub: ContractHub;
let analyst: string;
const YEAR = 2020;

/** Accent and case folding written here, independently of the services' vn_fold. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  hub = await startContractHub({ scale: 0.01 });
  analyst = await tokens.analyst();
}, 120_000);
afterAll(() => hub?.close());

describe('ProcedureCatalogue', () => {
  const catalogue = (vars: Record<string, unknown>, token?: string) => hub.request(print(ProcedureCatalogueDocument), { year: YEAR, first: 100, ...vars }, token);

  /** Every page of a filter, following endCursor. */
  async function allPages(filter: Record<string, unknown>, first: number, token?: string) {
    const codes: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let i = 0; i < 200; i++) {
      const res = await catalogue({ filter, first, after }, token);
      expect(res.errors).toBeUndefined();
      const c = res.data.administrativeProcedures;
      totalCount = c.totalCount;
      codes.push(...c.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    return { codes, totalCount };
  }

  test('anonymous callers may read it; accent- and case-insensitive search on name and code', async () => {
    const rows = await hub.sql<{ code: string; name: string }>('institutions', 'SELECT code, name FROM administrative_procedure');
    const expected = rows.filter((r) => fold(`${r.code} ${r.name}`).includes('dang ky khai sinh')).map((r) => r.code).sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const search of ['dang ky khai sinh', 'ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh']) {
      const { codes, totalCount } = await allPages({ search }, 100);
      expect(codes.sort()).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    }
    const byCode = await allPages({ search: rows[0].code }, 100);
    expect(byCode.codes).toContain(rows[0].code);
  });

  test('level, sector and implementing agency filters, each against the catalogue rows', async () => {
    const [sector] = await hub.sql('institutions', `SELECT s.name FROM procedure_sector s JOIN administrative_procedure p ON p.sector_code = s.code GROUP BY s.name ORDER BY count(*) DESC LIMIT 1`);
    const [agency] = await hub.sql('institutions', `SELECT implementing_agency_id AS id FROM administrative_procedure WHERE implementing_agency_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const cases: Array<[Record<string, unknown>, string, unknown[]]> = [
      [{ level: 'DISTRICT' }, `p.level = 'DISTRICT'`, []],
      [{ sector: sector.name }, 's.name = $1', [sector.name]],
      [{ implementingAgencyId: agency.id }, 'p.implementing_agency_id = $1', [agency.id]],
      [{ level: 'COMMUNE', search: 'chung thuc' }, `p.level = 'COMMUNE' AND vn_fold(p.code || ' ' || p.name) LIKE '%chung thuc%'`, []],
    ];
    for (const [filter, where, params] of cases) {
      const expected = (await hub.sql('institutions', `SELECT p.code FROM administrative_procedure p JOIN procedure_sector s ON s.code = p.sector_code WHERE ${where} ORDER BY p.code`, params)).map((r) => r.code);
      const { codes, totalCount } = await allPages(filter, 100, analyst);
      expect({ filter, codes: codes.sort() }).toEqual({ filter, codes: expected.sort() });
      expect(totalCount).toBe(expected.length);
    }
  });

  test('pages are stable: small pages in sequence give the whole list once, in the same order as one large page', async () => {
    const whole = await allPages({ level: 'PROVINCE' }, 100);
    const paged = await allPages({ level: 'PROVINCE' }, 7);
    expect(paged.codes).toEqual(whole.codes);
    expect(new Set(paged.codes).size).toBe(paged.codes.length);
    const again = await allPages({ level: 'PROVINCE' }, 7);
    expect(again.codes).toEqual(paged.codes);
  });

  test('first above the maximum page size is BAD_USER_INPUT, not a silent cut', async () => {
    const res = await catalogue({ first: 1000 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field ?? res.errors?.[0].message).toMatch(/first/);
  });

  test('online service and dossier statistics from egov-services agree with its rows', async () => {
    const [busy] = await hub.sql('egov-services', `SELECT procedure_code AS code FROM dossier WHERE received_year = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [YEAR]);
    const res = await catalogue({ filter: { search: busy.code }, first: 5 });
    const node = res.data.administrativeProcedures.edges.find((e: { node: { code: string } }) => e.node.code === busy.code).node;
    const [eg] = await hub.sql(
      'egov-services',
      `SELECT count(*) FILTER (WHERE received_year = $2)::int AS received, count(*) FILTER (WHERE received_year = $2 AND channel = 'ONLINE')::int AS online,
              count(*) FILTER (WHERE resolved_year = $2)::int AS resolved, count(*) FILTER (WHERE resolved_year = $2 AND resolved_on <= due_on)::int AS "onTime"
         FROM dossier WHERE procedure_code = $1`,
      [busy.code, YEAR],
    );
    expect(node.dossierStats.received).toBe(eg.received);
    expectClose(node.dossierStats.onlineRate, pct(eg.online, eg.received));
    expectClose(node.dossierStats.onTimeRate, pct(eg.onTime, eg.resolved));
    const [os] = await hub.sql('egov-services', `SELECT o.fully_online, (SELECT level FROM online_service_level l WHERE l.procedure_code = o.procedure_code ORDER BY since DESC LIMIT 1) AS level FROM online_service o WHERE o.procedure_code = $1`, [busy.code]);
    if (os) expect(node.onlineService).toEqual({ level: os.level, fullyOnline: os.fully_online });
    else expect(node.onlineService).toBeNull();
  });
});

describe('CivilServantSearch', () => {
  const search = (filter: Record<string, unknown>, first = 100, after: string | null = null) => hub.request(print(CivilServantSearchDocument), { filter, first, after, year: YEAR }, analyst);

  async function allIds(filter: Record<string, unknown>) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res = await search(filter, 100, after);
      expect(res.errors).toBeUndefined();
      const c = res.data.civilServants;
      ids.push(...c.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!c.pageInfo.hasNextPage) return { ids, totalCount: c.totalCount, nodes: c.edges.map((e: { node: unknown }) => e.node) };
      after = c.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  test('accent- and case-insensitive name search: "nguyen van" finds "Nguyễn Văn …"', async () => {
    const rows = await hub.sql<{ id: string; full_name: string }>('civil-servants', 'SELECT id, full_name FROM civil_servant');
    const expected = rows.filter((r) => fold(r.full_name).includes('nguyen van')).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const term of ['nguyen van', 'NGUYỄN VĂN']) {
      const { ids, totalCount } = await allIds({ search: term });
      expect(ids.sort()).toEqual(expected);
      expect(totalCount).toBe(expected.length);
    }
  });

  test('agency, category and qualification filters; each node carries its agency and rank', async () => {
    const [top] = await hub.sql('civil-servants', 'SELECT agency_id AS id FROM civil_servant GROUP BY 1 ORDER BY count(*) DESC LIMIT 1');
    const cases: Array<[Record<string, unknown>, string, unknown[]]> = [
      [{ agencyId: top.id }, 'agency_id = $1', [top.id]],
      [{ categories: ['COMMUNE_CADRE', 'COMMUNE_CIVIL_SERVANT'] }, `category IN ('COMMUNE_CADRE','COMMUNE_CIVIL_SERVANT')`, []],
      [{ qualifications: ['MASTER', 'DOCTOR'], categories: ['PUBLIC_EMPLOYEE'] }, `qualification IN ('MASTER','DOCTOR') AND category = 'PUBLIC_EMPLOYEE'`, []],
    ];
    for (const [filter, where, params] of cases) {
      const expected = (await hub.sql('civil-servants', `SELECT id FROM civil_servant WHERE ${where}`, params)).map((r) => r.id).sort();
      const { ids, nodes } = await allIds(filter);
      expect({ filter, ids: ids.sort() }).toEqual({ filter, ids: expected });
      if (filter.agencyId) {
        const [a] = await hub.sql('institutions', 'SELECT name, kind FROM agency WHERE id = $1', [top.id]);
        for (const n of nodes) expect(n.agency).toEqual({ id: top.id, name: a.name, kind: a.kind });
      }
    }
  });

  test('evaluation and trainings of the year come with each person', async () => {
    const [person] = await hub.sql(
      'civil-servants',
      `SELECT cs.id, cs.full_name, e.rating FROM civil_servant cs JOIN evaluation e ON e.civil_servant_id = cs.id AND e.year = $1
        WHERE EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND extract(year FROM tc.completed_on) = $1) ORDER BY cs.id LIMIT 1`,
      [YEAR],
    );
    const { nodes } = await allIds({ search: person.full_name });
    const node = nodes.find((n: { id: string }) => n.id === person.id);
    expect(node.evaluation).toEqual({ rating: person.rating });
    const trainings = await hub.sql('civil-servants', `SELECT to_char(completed_on, 'YYYY-MM-DD') AS d, course_id FROM training_completion WHERE civil_servant_id = $1 AND extract(year FROM completed_on) = $2 ORDER BY 1`, [person.id, YEAR]);
    expect(node.trainings.map((t: { completedOn: string; course: { id: string } }) => [t.completedOn, t.course.id]).sort()).toEqual(trainings.map((t) => [t.d, t.course_id]).sort());
  });
});

describe('PersonnelRecord', () => {
  let person: { id: string; full_name: string; dob: string; nid: string; phone: string | null };
  beforeAll(async () => {
    [person] = await hub.sql('civil-servants', `SELECT id, full_name, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, national_id_number AS nid, phone FROM civil_servant WHERE phone IS NOT NULL ORDER BY id LIMIT 1`);
  });
  const piiReads = async () => Number((await hub.sql('civil-servants', `SELECT count(*) AS n FROM audit_log WHERE action = 'PII_READ'`))[0].n);

  test('with pii:read the personal fields are returned, and the read is audited', async () => {
    const before = await piiReads();
    const res = await hub.request(print(PersonnelRecordDocument), { id: person.id }, await tokens.leadershipPii());
    expect(res.errors).toBeUndefined();
    expect(res.data.civilServant).toMatchObject({ id: person.id, fullName: person.full_name, dateOfBirth: person.dob, nationalIdNumber: person.nid, phone: person.phone });
    expect(res.data.civilServant.agency.name).toMatch(/\S/);
    expect(await piiReads()).toBeGreaterThan(before);
  });

  test('without it each personal field is null with its own FORBIDDEN error; the rest of the record stands', async () => {
    for (const token of [analyst, await tokens.leadership()]) {
      const res = await hub.request(print(PersonnelRecordDocument), { id: person.id }, token);
      expect(res.data.civilServant).toMatchObject({ id: person.id, fullName: person.full_name, dateOfBirth: null, nationalIdNumber: null, phone: null });
      expect(res.data.civilServant.agency.name).toMatch(/\S/);
      const forbidden = (res.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.')).sort();
      expect(forbidden).toEqual(['civilServant.dateOfBirth', 'civilServant.nationalIdNumber', 'civilServant.phone']);
    }
  });
});

describe('DossierTrend', () => {
  const DIMS = ['YEAR', 'CHANNEL', 'AGENCY', 'PROCEDURE', 'SECTOR'] as const;
  const FIELD: Record<string, string> = { YEAR: 'year', CHANNEL: 'channel', AGENCY: 'agencyId' };
  const trend = async (filter: Record<string, unknown>, groupBy: string[]) => {
    const res = await hub.request(print(DossierTrendDocument), { filter, groupBy }, analyst);
    expect(res.errors).toBeUndefined();
    return res.data.dossierStatistics as Array<Record<string, any>>;
  };
  const filter = { yearFrom: 2016, yearTo: 2020 };

  test('ungrouped totals equal counts of receipts and resolutions in the years', async () => {
    const [total] = await trend(filter, []);
    const [eg] = await hub.sql(
      'egov-services',
      `SELECT count(*) FILTER (WHERE received_year BETWEEN 2016 AND 2020)::int AS received,
              count(*) FILTER (WHERE resolved_year BETWEEN 2016 AND 2020)::int AS resolved,
              count(*) FILTER (WHERE resolved_year BETWEEN 2016 AND 2020 AND resolved_on <= due_on)::int AS "onTime" FROM dossier`,
    );
    expect(total).toMatchObject({ year: null, channel: null, agencyId: null, received: eg.received, resolved: eg.resolved, resolvedOnTime: eg.onTime });
    expectClose(total.onTimeRate, pct(eg.onTime, eg.resolved));
  });

  test.each(DIMS.map((d) => [d]))('grouped by %s the groups add up to the totals, and other dimensions are null', async (dim) => {
    const [total] = await trend(filter, []);
    const groups = await trend(filter, [dim]);
    expect(groups.length).toBeGreaterThan(1);
    for (const key of ['received', 'resolved', 'resolvedOnTime']) expect(groups.reduce((s, g) => s + g[key], 0)).toBe(total[key]);
    for (const [d, f] of Object.entries(FIELD)) {
      if (d === dim) expect(groups.every((g) => g[f] !== null)).toBe(true);
      else expect(groups.every((g) => g[f] === null)).toBe(true);
    }
    for (const g of groups) if (g.resolved > 0) expectClose(g.onTimeRate, pct(g.resolvedOnTime, g.resolved));
  });

  test('grouped by year and channel: each cell equals its count in the database; the agency filter narrows it', async () => {
    const cells = await trend(filter, ['YEAR', 'CHANNEL']);
    const rows = await hub.sql('egov-services', `SELECT received_year::int AS year, channel, count(*)::int AS n FROM dossier WHERE received_year BETWEEN 2016 AND 2020 GROUP BY 1, 2`);
    for (const r of rows) expect(cells.find((c) => c.year === r.year && c.channel === r.channel)?.received).toBe(r.n);
    expect(cells.reduce((s, c) => s + c.received, 0)).toBe(rows.reduce((s, r) => s + r.n, 0));
    // Years move: dossier volumes and timeliness over the plan's years are not flat.
    const years = await trend(filter, ['YEAR']);
    expect(years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(new Set(years.map((y) => y.onTimeRate)).size).toBeGreaterThan(1);

    const [agency] = await hub.sql('egov-services', `SELECT agency_id AS id, count(*)::int AS n FROM dossier WHERE received_year BETWEEN 2016 AND 2020 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
    const [one] = await trend({ ...filter, agencyId: agency.id }, []);
    expect(one.received).toBe(agency.n);
  });

  test('a bad year range is BAD_USER_INPUT naming the field', async () => {
    const res = await hub.request(print(DossierTrendDocument), { filter: { yearFrom: 2020, yearTo: 2016 }, groupBy: [] }, analyst);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0].extensions?.field)).toMatch(/year/);
  });
});
