import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import institutions from '../src/subgraph';
import { A, count, loadFixtures, rows } from './fixtures';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(institutions);
  await loadFixtures(sg.databaseUrl);
});
afterAll(() => sg?.stop());

const CATALOGUE = `query($filter: ProcedureFilter, $first: Int!, $after: String) {
  administrativeProcedures(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { code name sector sectorCode level processingDays fee publiclyDisclosed implementingAgency { id name } } }
  }
}`;

async function allPages(filter: object | null, first: number): Promise<string[]> {
  const codes: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const r: any = await sg.request(CATALOGUE, { filter, first, after });
    expect(r.errors).toBeUndefined();
    codes.push(...r.data.administrativeProcedures.edges.map((e: any) => e.node.code));
    if (!r.data.administrativeProcedures.pageInfo.hasNextPage) break;
    after = r.data.administrativeProcedures.pageInfo.endCursor;
  }
  return codes;
}

describe('procedure catalogue (anonymous callers)', () => {
  test('pages through the whole catalogue in code order, with the total', async () => {
    const expected = (await rows<{ code: string }>(sg.databaseUrl, 'SELECT code FROM administrative_procedure ORDER BY code')).map((r) => r.code);
    expect(await allPages(null, 7)).toEqual(expected);
    const first = await sg.request(CATALOGUE, { first: 3 });
    expect(first.data.administrativeProcedures.totalCount).toBe(30);
    expect(first.data.administrativeProcedures.edges[0].node).toEqual({
      code: 'T.000', name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ (0)', sector: 'Xây dựng', sectorCode: 'XAY_DUNG', level: 'PROVINCE',
      processingDays: 5, fee: null, publiclyDisclosed: false, implementingAgency: { id: A.xayDung, name: 'Sở Xây dựng' },
    });
  });

  test('search ignores accents and case, on name and code', async () => {
    const r = await sg.request(CATALOGUE, { filter: { search: 'CAP GIAY phep xay dung' }, first: 100 });
    const n = await count(sg.databaseUrl, `SELECT count(*) AS n FROM administrative_procedure WHERE name LIKE 'Cấp giấy phép xây dựng%'`);
    expect(n).toBeGreaterThan(0);
    expect(r.data.administrativeProcedures.totalCount).toBe(n);
    expect(r.data.administrativeProcedures.edges.every((e: any) => e.node.name.startsWith('Cấp giấy phép xây dựng'))).toBe(true);
    const byCode = await sg.request(CATALOGUE, { filter: { search: 't.01' }, first: 100 });
    expect(byCode.data.administrativeProcedures.edges.map((e: any) => e.node.code)).toEqual(Array.from({ length: 10 }, (_, i) => `T.01${i}`));
    const wildcard = await sg.request(CATALOGUE, { filter: { search: '%' }, first: 10 });
    expect(wildcard.data.administrativeProcedures.totalCount).toBe(0);
  });

  test('filters by level, sector (code or name) and implementing agency, combined', async () => {
    const q = (filter: object) => sg.request(CATALOGUE, { filter, first: 100 }).then((r) => r.data.administrativeProcedures.edges.map((e: any) => e.node.code));
    const sql = (where: string, p: unknown[] = []) =>
      rows<{ code: string }>(sg.databaseUrl, `SELECT code FROM administrative_procedure WHERE ${where} ORDER BY code`, p).then((r) => r.map((x) => x.code));
    expect(await q({ level: 'COMMUNE' })).toEqual(await sql(`level = 'COMMUNE'`));
    expect(await q({ sector: 'DAT_DAI' })).toEqual(await sql(`sector_code = 'DAT_DAI'`));
    expect(await q({ sector: 'dat dai' })).toEqual(await sql(`sector_code = 'DAT_DAI'`));
    expect(await q({ sector: 'Đất đai', level: 'DISTRICT' })).toEqual(await sql(`sector_code = 'DAT_DAI' AND level = 'DISTRICT'`));
    expect(await q({ implementingAgencyId: A.tuPhap })).toEqual(await sql('implementing_agency_id = $1', [A.tuPhap]));
    expect((await q({ implementingAgencyId: A.tuPhap })).length).toBe(10);
  });

  test('one procedure with its legal basis, simplifications and agency; unknown code is null', async () => {
    const r = await sg.request(`{ administrativeProcedure(code: "T.000") { code fee issuedOn interconnected impactAssessed impactAssessments { assessedOn } version
      legalBasis { numberSymbol kind } simplifications { decidedOn daysBefore daysAfter } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.administrativeProcedure).toEqual({
      code: 'T.000', fee: null, issuedOn: '2015-02-01', interconnected: true, impactAssessed: false, impactAssessments: [], version: 1,
      legalBasis: [{ numberSymbol: '50/2014/QH13', kind: 'LAW' }, { numberSymbol: '12/2017/QĐ-UBND', kind: 'DECISION' }],
      simplifications: [{ decidedOn: '2018-01-15', daysBefore: 12, daysAfter: 5 }],
    });
    const fee = await sg.request(`{ administrativeProcedure(code: "T.001") { fee } }`);
    expect(fee.data.administrativeProcedure.fee).toBe('100000');
    const missing = await sg.request(`{ administrativeProcedure(code: "NO.SUCH") { code } }`);
    expect(missing.errors).toBeUndefined();
    expect(missing.data.administrativeProcedure).toBeNull();
  });

  test('federation: procedures and agencies resolve by key in one batch', async () => {
    const r = await sg.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on AdministrativeProcedure { code name } ... on Agency { id name } } }`, {
      r: [{ __typename: 'AdministrativeProcedure', code: 'T.002' }, { __typename: 'AdministrativeProcedure', code: 'NOPE' }, { __typename: 'Agency', id: A.noiVu }],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([{ code: 'T.002', name: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu (2)' }, null, { id: A.noiVu, name: 'Sở Nội vụ' }]);
  });

  test('without `first` a page has the platform default of 20 items', async () => {
    const r = await sg.request(`{ administrativeProcedures { totalCount pageInfo { hasNextPage } edges { node { code } } } }`);
    expect(r.errors).toBeUndefined();
    const { totalCount, pageInfo, edges } = r.data.administrativeProcedures;
    expect(edges).toHaveLength(Math.min(20, totalCount));
    expect(pageInfo.hasNextPage).toBe(totalCount > 20);
  });

  test('bad input: page over the maximum, malformed cursor, unknown enum value, malformed agency id', async () => {
    const over = await sg.request(CATALOGUE, { first: 101 });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await sg.request(CATALOGUE, { first: 5, after: 'not*a*cursor' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const wrongShape = await sg.request(CATALOGUE, { first: 5, after: Buffer.from('[1,2]').toString('base64url') });
    expect(wrongShape.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const level = await sg.request(CATALOGUE, { first: 5, filter: { level: 'HAMLET' } });
    expect(level.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(level.errors?.[0].message).toContain('level');
    const agency = await sg.request(CATALOGUE, { first: 5, filter: { implementingAgencyId: 'x' } });
    expect(agency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.implementingAgencyId' });
  });
});

describe('agencies', () => {
  const LIST = `query($filter: AgencyFilter, $orderBy: AgencyOrder, $first: Int, $after: String) {
    agencies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id code name kind } } }
  }`;

  test('accent-insensitive search: "so noi vu" finds "Sở Nội vụ"', async () => {
    const r = await sg.request(LIST, { filter: { search: 'so noi vu' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.agencies.edges.map((e: any) => e.node.name)).toEqual(['Sở Nội vụ']);
    const upper = await sg.request(LIST, { filter: { search: 'NỘI VỤ' } });
    expect(upper.data.agencies.edges.map((e: any) => e.node.name).sort()).toEqual(['Phòng Nội vụ thành phố Phủ Lý', 'Sở Nội vụ']);
  });

  test('filters by kind, unit and parent; orders by code or name; pages are stable', async () => {
    const depts = await sg.request(LIST, { filter: { kind: 'DEPARTMENT' }, orderBy: 'CODE' });
    expect(depts.data.agencies.edges.map((e: any) => e.node.code)).toEqual(['X01.01', 'X01.02', 'X01.03']);
    const under = await sg.request(LIST, { filter: { parentId: A.pcPhuLy } });
    expect(under.data.agencies.totalCount).toBe(2);
    const unit = await sg.request(LIST, { filter: { unitCode: '347' } });
    expect(unit.data.agencies.edges.map((e: any) => e.node.id).sort()).toEqual([A.pcPhuLy, A.phongNoiVu].sort());
    const expected = (await rows<{ id: string }>(sg.databaseUrl, 'SELECT id FROM agency ORDER BY name, id')).map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: any = await sg.request(LIST, { first: 3, after });
      seen.push(...r.data.agencies.edges.map((e: any) => e.node.id));
      after = r.data.agencies.pageInfo.hasNextPage ? r.data.agencies.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  test('agency fields are public; bad filter values are named', async () => {
    const r = await sg.request(`{ agency(id: "${A.noiVu}") { name parent { name } administrativeUnit { code } } }`);
    expect(r.data.agency).toEqual({ name: 'Sở Nội vụ', parent: { name: 'Ủy ban nhân dân tỉnh Hà Nam' }, administrativeUnit: { code: '35' } });
    const bad = await sg.request(LIST, { filter: { parentId: 'nope' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.parentId' });
    const kind = await sg.request(LIST, { filter: { kind: 'MINISTRY' } });
    expect(kind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('legal documents', () => {
  const DOCS = `query($filter: LegalDocumentFilter, $first: Int) { legalDocuments(filter: $filter, first: $first) {
    totalCount edges { node { numberSymbol issuedOn status reviews { reviewedOn result constitutionConsistent } } } } }`;

  test('filters by issuer, kind, status, year and search; newest first; reviews in order', async () => {
    const all = await sg.request(DOCS, {});
    expect(all.data.legalDocuments.edges.map((e: any) => e.node.numberSymbol)).toEqual(['15/2018/QĐ-UBND', '12/2017/QĐ-UBND', '50/2014/QH13']);
    expect(all.data.legalDocuments.edges[0].node.reviews).toEqual([
      { reviewedOn: '2019-06-01', result: 'AMEND', constitutionConsistent: false },
      { reviewedOn: '2020-06-01', result: 'REPEAL', constitutionConsistent: true },
    ]);
    const f = (filter: object) => sg.request(DOCS, { filter }).then((r) => r.data.legalDocuments.edges.map((e: any) => e.node.numberSymbol));
    expect(await f({ issuer: 'uy ban nhan dan tinh' })).toEqual(['15/2018/QĐ-UBND', '12/2017/QĐ-UBND']);
    expect(await f({ kind: 'LAW' })).toEqual(['50/2014/QH13']);
    expect(await f({ status: 'EXPIRED' })).toEqual(['15/2018/QĐ-UBND']);
    expect(await f({ year: 2017 })).toEqual(['12/2017/QĐ-UBND']);
    expect(await f({ search: 'bang gia dat' })).toEqual(['12/2017/QĐ-UBND']);
    expect(await f({ search: '50/2014' })).toEqual(['50/2014/QH13']);
  });

  test('pages by cursor; a bad year is BAD_USER_INPUT', async () => {
    const p1 = await sg.request(`{ legalDocuments(first: 2) { pageInfo { hasNextPage endCursor } edges { node { numberSymbol } } } }`);
    const after = p1.data.legalDocuments.pageInfo.endCursor;
    const p2 = await sg.request(`query($a: String) { legalDocuments(first: 2, after: $a) { pageInfo { hasNextPage } edges { node { numberSymbol } } } }`, { a: after });
    expect(p2.data.legalDocuments.edges.map((e: any) => e.node.numberSymbol)).toEqual(['50/2014/QH13']);
    expect(p2.data.legalDocuments.pageInfo.hasNextPage).toBe(false);
    const bad = await sg.request(DOCS, { filter: { year: 20170 } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.year' });
  });
});

describe('procedure create and update', () => {
  const CREATE = `mutation($input: CreateProcedureInput!) { createAdministrativeProcedure(input: $input) { code name version level processingDays fee implementingAgency { id } } }`;
  const UPDATE = `mutation($code: ID!, $version: Int!, $input: UpdateProcedureInput!) { updateAdministrativeProcedure(code: $code, version: $version, input: $input) { code name version processingDays abolishedOn } }`;
  const input = { code: 'N.001', name: 'Cấp phép thử nghiệm', sectorCode: 'XAY_DUNG', level: 'PROVINCE', implementingAgencyId: A.xayDung, processingDays: 10, fee: '250000', issuedOn: '2020-05-01' };
  const procedures = () => count(sg.databaseUrl, 'SELECT count(*) AS n FROM administrative_procedure');
  const audits = () => count(sg.databaseUrl, 'SELECT count(*) AS n FROM audit_log');

  test('only editors of institutions may write; agency-scoped editors only for their agency', async () => {
    const before = [await procedures(), await audits()];
    expect((await sg.request(CREATE, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await sg.request(CREATE, { input }, await tokenFor({ roles: ['analyst'] }))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sg.request(CREATE, { input }, await tokenFor({ roles: ['editor'], subgraph: 'civil-servants' }))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const scoped = await tokenFor({ roles: ['editor'], subgraph: 'institutions', agency: A.tuPhap });
    expect((await sg.request(CREATE, { input }, scoped)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect([await procedures(), await audits()]).toEqual(before);
  });

  test('create, update with the current version, stale version is CONFLICT; every write audited', async () => {
    const editor = await tokenFor({ roles: ['editor'], subgraph: 'institutions', agency: A.ppc });
    const created = await sg.request(CREATE, { input }, editor);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAdministrativeProcedure).toEqual({ code: 'N.001', name: 'Cấp phép thử nghiệm', version: 1, level: 'PROVINCE', processingDays: 10, fee: '250000', implementingAgency: { id: A.xayDung } });
    const again = await sg.request(CREATE, { input }, editor);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const updated = await sg.request(UPDATE, { code: 'N.001', version: 1, input: { processingDays: 7, abolishedOn: '2021-01-01' } }, editor);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateAdministrativeProcedure).toEqual({ code: 'N.001', name: 'Cấp phép thử nghiệm', version: 2, processingDays: 7, abolishedOn: '2021-01-01' });
    const auditsBefore = await audits();
    const stale = await sg.request(UPDATE, { code: 'N.001', version: 1, input: { processingDays: 3 } }, editor);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count(sg.databaseUrl, `SELECT processing_days AS n FROM administrative_procedure WHERE code = 'N.001'`)).toBe(7);
    expect(await audits()).toBe(auditsBefore);

    const log = await rows(sg.databaseUrl, `SELECT operation, object_ids, before->>'processingDays' AS b, after->>'processingDays' AS a FROM audit_log WHERE 'N.001' = ANY(object_ids) ORDER BY id`);
    expect(log).toEqual([
      { operation: 'createAdministrativeProcedure', object_ids: ['N.001'], b: null, a: '10' },
      { operation: 'updateAdministrativeProcedure', object_ids: ['N.001'], b: '10', a: '7' },
    ]);
    const missing = await sg.request(UPDATE, { code: 'NO.SUCH', version: 1, input: { name: 'x' } }, editor);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('invalid input is BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const editor = await tokenFor({ roles: ['editor'], subgraph: 'institutions' });
    const before = [await procedures(), await audits()];
    const cases: Array<[object, string]> = [
      [{ ...input, code: 'N.100', processingDays: -1 }, 'input.processingDays'],
      [{ ...input, code: 'N.101', sectorCode: 'NOPE' }, 'input.sectorCode'],
      [{ ...input, code: 'N.102', implementingAgencyId: '00000000-0000-4000-8000-999999999999' }, 'input.implementingAgencyId'],
      [{ ...input, code: 'N 103' }, 'input.code'],
      [{ ...input, code: 'N.104', fee: '-5' }, 'input.fee'],
    ];
    for (const [bad, field] of cases) {
      const r = await sg.request(CREATE, { input: bad }, editor);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const date = await sg.request(CREATE, { input: { ...input, code: 'N.105', issuedOn: '2020-02-30' } }, editor);
    expect(date.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0].message).toContain('issuedOn');
    const upd = await sg.request(UPDATE, { code: 'T.001', version: 1, input: { processingDays: -3 } }, editor);
    expect(upd.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.processingDays' });
    expect([await procedures(), await audits()]).toEqual(before);
  });
});
