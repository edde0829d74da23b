import { Client } from 'pg';
import { onSql } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import civilServants from '../src/subgraph';
import { A, buildPeople, insertFixture, POSITIONS, U, type Person } from './fixture';

const people = buildPeople();
let sg: TestSubgraph;
let db: Client;
let analyst: string;

beforeAll(async () => {
  sg = await startTestSubgraph(civilServants);
  await insertFixture(sg.databaseUrl, people);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  analyst = await tokenFor({ roles: ['analyst'] });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const end = (y: number) => `${y}-12-31`;
const active = (p: Person, y: number) => p.hiredOn <= end(y) && (!p.leftOn || p.leftOn > end(y));
const trained = (p: Person, y: number) => p.completions.some((c) => c.completedOn.startsWith(String(y)));

const SEARCH = `query($filter: CivilServantFilter, $first: Int!, $after: String, $year: Int!) {
  civilServants(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id fullName gender birthYear category agency { id } rank { code name } qualification
      evaluation(year: $year) { rating } trainings(year: $year) { completedOn course { id title kind } } } } } }`;

test('search is accent- and case-insensitive on the name, and combines with the other filters', async () => {
  const res = await sg.request(SEARCH, { filter: { search: 'NGUYEN van' }, first: 100, year: 2020 }, analyst);
  expect(res.errors).toBeUndefined();
  const expected = people.filter((p) => p.fullName.startsWith('Nguyễn Văn'));
  expect(expected.length).toBeGreaterThan(0);
  expect(res.data.civilServants.totalCount).toBe(expected.length);
  expect(res.data.civilServants.edges.map((e: any) => e.node.id).sort()).toEqual(expected.map((p) => p.id).sort());

  const dong = await sg.request(SEARCH, { filter: { search: 'dong' }, first: 100, year: 2020 }, analyst);
  expect(dong.data.civilServants.totalCount).toBe(people.filter((p) => p.fullName.includes('Đông')).length);

  const filter = { categories: ['COMMUNE_CADRE', 'COMMUNE_CIVIL_SERVANT'], qualifications: ['BELOW_INTERMEDIATE'], agencyId: A.communePc };
  const combined = await sg.request(SEARCH, { filter, first: 100, year: 2020 }, analyst);
  expect(combined.data.civilServants.totalCount).toBe(
    people.filter((p) => filter.categories.includes(p.category) && p.qualification === 'BELOW_INTERMEDIATE' && p.agencyId === A.communePc).length,
  );
  const activeNow = await sg.request(SEARCH, { filter: { active: true, unitCode: U.district }, first: 1, year: 2020 }, analyst);
  expect(activeNow.data.civilServants.totalCount).toBe(people.filter((p) => !p.leftOn && [U.district, U.commune].includes(p.unitCode)).length);
});

test('pages are stable keyset pages covering every record once; a page above 100 is refused', async () => {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const res: any = await sg.request(SEARCH, { first: 25, after, year: 2020 }, analyst);
    expect(res.errors).toBeUndefined();
    ids.push(...res.data.civilServants.edges.map((e: any) => e.node.id));
    after = res.data.civilServants.pageInfo.hasNextPage ? res.data.civilServants.pageInfo.endCursor : null;
  } while (after);
  expect(ids).toHaveLength(people.length);
  expect(new Set(ids).size).toBe(people.length);
  // By recruitment date: the same records, in hiring order.
  const byHire: Array<{ hiredOn: string }> = [];
  after = null;
  do {
    const res: any = await sg.request(`query($after: String) { civilServants(first: 40, after: $after, orderBy: HIRED_ON) { pageInfo { hasNextPage endCursor } edges { node { hiredOn } } } }`, { after }, analyst);
    expect(res.errors).toBeUndefined();
    byHire.push(...res.data.civilServants.edges.map((e: any) => e.node));
    after = res.data.civilServants.pageInfo.hasNextPage ? res.data.civilServants.pageInfo.endCursor : null;
  } while (after);
  expect(byHire.map((n) => n.hiredOn)).toEqual(people.map((p) => p.hiredOn).sort());
  const tooBig = await sg.request(SEARCH, { first: 101, year: 2020 }, analyst);
  expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  const badCursor = await sg.request(SEARCH, { first: 10, after: 'nonsense', year: 2020 }, analyst);
  expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

test('a record shows its rank, rating and the year\'s trainings as inserted', async () => {
  const p = people.find((x) => x.category === 'CIVIL_SERVANT' && x.completions.some((c) => c.course.year === 2020))!;
  const i = people.indexOf(p);
  const res = await sg.request(`query($id: ID!) { civilServant(id: $id) { fullName category rank { code name } evaluation(year: 2020) { rating }
      trainings(year: 2020) { completedOn course { id kind } } } }`, { id: p.id }, analyst);
  expect(res.errors).toBeUndefined();
  expect(res.data.civilServant).toEqual({
    fullName: p.fullName, category: 'CIVIL_SERVANT', rank: { code: '01.003', name: 'Chuyên viên' },
    evaluation: i % 3 === 0 ? { rating: ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'][i % 4] } : null,
    trainings: p.completions.filter((c) => c.course.year === 2020).sort((a, b) => a.completedOn.localeCompare(b.completedOn))
      .map((c) => ({ completedOn: c.completedOn, course: { id: c.course.id, kind: c.course.kind } })),
  });
});

test('the number of SQL statements does not depend on the page size (no N+1)', async () => {
  // Ranked staff, so that every batched field (rank, rating, trainings, courses) has work on both page sizes.
  const filter = { categories: ['CIVIL_SERVANT', 'PUBLIC_EMPLOYEE'] };
  const count = async (first: number) => {
    const seen: string[] = [];
    const stop = onSql((s) => seen.push(s));
    const res = await sg.request(SEARCH, { filter, first, year: 2020 }, analyst);
    stop();
    expect(res.errors).toBeUndefined();
    expect(res.data.civilServants.edges).toHaveLength(Math.min(first, 40));
    return seen.length;
  };
  const small = await count(10);
  // page with total, ranks, ratings, trainings, courses
  expect(small).toBe(5);
  expect(await count(100)).toBe(small);
});

const PERSONNEL = `query($id: ID!) { civilServant(id: $id) { id fullName dateOfBirth nationalIdNumber phone email agency { id } } }`;
const auditRows = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'PII_READ'`)).rows[0].n as number;

test('personal data needs pii:read: null and FORBIDDEN per field without it, the rest still returned', async () => {
  const p = people[3];
  const before = await auditRows();
  const res = await sg.request(PERSONNEL, { id: p.id }, analyst);
  expect(res.data.civilServant).toEqual({ id: p.id, fullName: p.fullName, dateOfBirth: null, nationalIdNumber: null, phone: null, email: null, agency: { id: p.agencyId } });
  expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
    ['civilServant.dateOfBirth', 'FORBIDDEN'], ['civilServant.email', 'FORBIDDEN'],
    ['civilServant.nationalIdNumber', 'FORBIDDEN'], ['civilServant.phone', 'FORBIDDEN'],
  ]);
  // An analyst holding the scope is still no reader of personal data (DESIGN §7).
  const analystWithScope = await sg.request(PERSONNEL, { id: p.id }, await tokenFor({ roles: ['analyst'], scope: 'pii:read' }));
  expect(analystWithScope.data.civilServant.nationalIdNumber).toBeNull();
  expect(await auditRows()).toBe(before);
});

test('leadership with pii:read reads personal data, and the read is audited once per request', async () => {
  const p = people[3];
  const { rows: [row] } = await db.query(`SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob, national_id_number AS nid, phone, email FROM civil_servant WHERE id = $1`, [p.id]);
  const before = await auditRows();
  const token = await tokenFor({ roles: ['leadership'], scope: 'pii:read', sub: 'lanh-dao-1' });
  const res = await sg.request(PERSONNEL, { id: p.id }, token);
  expect(res.errors).toBeUndefined();
  expect(res.data.civilServant).toMatchObject({ dateOfBirth: row.dob, nationalIdNumber: row.nid, phone: row.phone, email: row.email });
  expect(await auditRows()).toBe(before + 1);
  const { rows: [entry] } = await db.query(`SELECT subject, object_ids FROM audit_log WHERE action = 'PII_READ' ORDER BY id DESC LIMIT 1`);
  expect(entry).toEqual({ subject: 'lanh-dao-1', object_ids: [p.id] });
});

test('reads need the analyst role', async () => {
  const res = await sg.request(PERSONNEL, { id: people[0].id });
  expect(res.data?.civilServant ?? null).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

const AGENCY = `query($reps: [_Any!]!, $year: Int!) { _entities(representations: $reps) { ... on Agency { id
  workforce(year: $year) { headcount approvedQuota byCategory { category count } trainedShare }
  jobPositions { code approvedCount holders }
  civilServants(first: 5) { totalCount edges { node { id } } } } } }`;

test('Agency.workforce counts the agency\'s staff in service at year end, one statement per field for all agencies', async () => {
  const ids = [A.dept, A.psu, A.communePc, A.central];
  const seen: string[] = [];
  const stop = onSql((s) => seen.push(s));
  const res = await sg.request(AGENCY, { reps: ids.map((id) => ({ __typename: 'Agency', id })), year: 2020 }, analyst);
  stop();
  expect(res.errors).toBeUndefined();
  expect(seen).toHaveLength(3);
  const quotas: Record<string, number | null> = { [A.dept]: 30, [A.psu]: 50, [A.communePc]: 20, [A.central]: null };
  for (const [k, id] of ids.entries()) {
    const staff = people.filter((p) => p.agencyId === id && active(p, 2020));
    const got = res.data._entities[k];
    const byCategory = [...new Set(staff.map((p) => p.category))].sort().map((category) => ({ category, count: staff.filter((p) => p.category === category).length }));
    expect(got.workforce).toEqual({
      headcount: staff.length,
      approvedQuota: quotas[id],
      byCategory,
      trainedShare: staff.length ? expect.closeTo((100 * staff.filter((p) => trained(p, 2020)).length) / staff.length, 8) : null,
    });
    expect(got.civilServants.totalCount).toBe(people.filter((p) => p.agencyId === id).length);
    expect(got.civilServants.edges).toHaveLength(Math.min(5, got.civilServants.totalCount));
  }
  // The fixture now places the department's staff in its position (the job-position measure needs holders).
  const today = new Date().toISOString().slice(0, 10);
  const holders = people.filter((p) => p.jobPositionId === POSITIONS[0].id && p.hiredOn <= today && (!p.leftOn || p.leftOn > today)).length;
  expect(res.data._entities[0].jobPositions).toEqual([{ code: 'VT01', approvedCount: 5, holders }]);
  expect(res.data._entities[3].workforce.trainedShare).toBeNull();
});

test('AdministrativeUnit.workforce covers the unit and all its sub-units', async () => {
  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeUnit { code workforce(year: 2020) { headcount trainedShare approvedQuota } } } }`;
  const res = await sg.request(q, { reps: [U.province, U.district, U.commune2].map((code) => ({ __typename: 'AdministrativeUnit', code })) }, analyst);
  expect(res.errors).toBeUndefined();
  const within: Record<string, string[]> = { [U.province]: Object.values(U), [U.district]: [U.district, U.commune], [U.commune2]: [U.commune2] };
  for (const got of res.data._entities) {
    const staff = people.filter((p) => within[got.code].includes(p.unitCode) && active(p, 2020));
    expect(got.workforce.headcount).toBe(staff.length);
    expect(got.workforce.trainedShare).toBeCloseTo((100 * staff.filter((p) => trained(p, 2020)).length) / staff.length, 8);
  }
  expect(res.data._entities.map((e: any) => e.workforce.approvedQuota)).toEqual([100, 20, null]);
});

test('grouped statistics add up to the ungrouped total and to a count made from the inserted rows', async () => {
  const q = `query($groupBy: [WorkforceDimension!]!, $filter: WorkforceStatisticsFilter) { workforceStatistics(year: 2020, groupBy: $groupBy, filter: $filter) {
    category rank { code } qualification agency { id } headcount trained trainedShare } }`;
  const total = await sg.request(q, { groupBy: [] }, analyst);
  expect(total.errors).toBeUndefined();
  const staff = people.filter((p) => active(p, 2020));
  expect(total.data.workforceStatistics).toEqual([{
    category: null, rank: null, qualification: null, agency: null, headcount: staff.length,
    trained: staff.filter((p) => trained(p, 2020)).length, trainedShare: expect.any(Number),
  }]);
  for (const groupBy of [['CATEGORY'], ['RANK'], ['QUALIFICATION'], ['AGENCY'], ['CATEGORY', 'QUALIFICATION', 'AGENCY']]) {
    const res = await sg.request(q, { groupBy }, analyst);
    expect(res.errors).toBeUndefined();
    const groups = res.data.workforceStatistics as Array<{ headcount: number; trained: number }>;
    expect(groups.reduce((s, g) => s + g.headcount, 0)).toBe(staff.length);
    expect(groups.reduce((s, g) => s + g.trained, 0)).toBe(total.data.workforceStatistics[0].trained);
  }
  const byCat = await sg.request(q, { groupBy: ['CATEGORY'], filter: { agencyId: A.districtPc } }, analyst);
  const scoped = staff.filter((p) => [A.districtPc, A.communePc].includes(p.agencyId));
  expect(byCat.data.workforceStatistics.map((g: any) => [g.category, g.headcount])).toEqual(
    [...new Set(scoped.map((p) => p.category))].sort().map((c) => [c, scoped.filter((p) => p.category === c).length]),
  );
});

test('CivilServant and TrainingCourse are entities the gateway can resolve by id', async () => {
  const p = people.find((x) => x.completions.length)!;
  const course = p.completions[0].course;
  const res = await sg.request(`query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on CivilServant { id fullName } ... on TrainingCourse { id kind startsOn } } }`, {
    reps: [{ __typename: 'CivilServant', id: p.id }, { __typename: 'TrainingCourse', id: course.id }, { __typename: 'CivilServant', id: 'not-an-id' }],
  }, analyst);
  expect(res.errors).toBeUndefined();
  expect(res.data._entities).toEqual([{ id: p.id, fullName: p.fullName }, { id: course.id, kind: course.kind, startsOn: course.startsOn }, null]);
  // Straight to the subgraph without a token: no personnel record, however the request arrives.
  const anonymous = await sg.request(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on CivilServant { fullName } } }`, { reps: [{ __typename: 'CivilServant', id: p.id }] });
  expect(anonymous.data?._entities?.[0] ?? null).toBeNull();
  expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
