import { onSql } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import institutions from '../src/subgraph';
import { A, count, loadFixtures, rows } from './fixtures';

let sg: TestSubgraph;
let analyst: string;
let editor: string;
const AREAS = ['STEERING', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'IMPACT'];
const MAX = [10, 10, 15, 10, 15, 10, 15, 15];

beforeAll(async () => {
  sg = await startTestSubgraph(institutions);
  await loadFixtures(sg.databaseUrl);
  analyst = await tokenFor({ roles: ['analyst'] });
  editor = await tokenFor({ roles: ['editor'], subgraph: 'institutions' });
  // Two years of scores; Sở Tư pháp and Sở Xây dựng tie in 2020; Kim Bảng has no survey.
  const { Client } = await import('pg');
  const c = new Client({ connectionString: sg.databaseUrl });
  await c.connect();
  await c.query(`INSERT INTO par_assessment (agency_id, year, self_score, appraised_score, survey_score) VALUES
    ('${A.noiVu}', 2019, 80, 75, 70), ('${A.tuPhap}', 2019, 85, 82, 80), ('${A.xayDung}', 2019, 70, 60, 65),
    ('${A.noiVu}', 2020, 90, 88, 86), ('${A.tuPhap}', 2020, 84, 80, 80), ('${A.xayDung}', 2020, 84, 80, 80),
    ('${A.pcPhuLy}', 2020, 78, 74, 90), ('${A.pcKimBang}', 2020, 79, 77.5, NULL)`);
  await c.query(`INSERT INTO par_component (agency_id, year, area, max_points, self_points, appraised_points)
    SELECT '${A.noiVu}', 2020, a, m, m * 0.9, m * 0.88 FROM unnest($1::text[], $2::numeric[]) AS t(a, m)`, [AREAS, MAX]);
  await c.end();
});
afterAll(() => sg?.stop());

const PROFILE = `query($id: ID!, $year: Int!) { agency(id: $id) { id parIndex(year: $year) { year score rank rankOf selfScore appraisedScore surveyScore components { area maxPoints appraisedPoints } } } }`;

test('scores, ranks among agencies of the same kind, and the total on 100', async () => {
  const r = await sg.request(PROFILE, { id: A.noiVu, year: 2020 }, analyst);
  expect(r.errors).toBeUndefined();
  expect(r.data.agency.parIndex).toMatchObject({ year: 2020, score: 87.4, rank: 1, rankOf: 3, selfScore: 90, appraisedScore: 88, surveyScore: 86 });
  expect(r.data.agency.parIndex.components).toHaveLength(8);
  expect(r.data.agency.parIndex.components[2]).toEqual({ area: 'PROCEDURES', maxPoints: 15, appraisedPoints: 13.2 });
  const tie = await sg.request(PROFILE, { id: A.xayDung, year: 2020 }, analyst);
  expect(tie.data.agency.parIndex).toMatchObject({ score: 80, rank: 2, rankOf: 3 });
  const noSurvey = await sg.request(PROFILE, { id: A.pcKimBang, year: 2020 }, analyst);
  expect(noSurvey.data.agency.parIndex).toMatchObject({ score: 77.5, rank: 2, rankOf: 2, surveyScore: null, components: [] });
  const none = await sg.request(PROFILE, { id: A.pcKimBang, year: 2018 }, analyst);
  expect(none.data.agency.parIndex).toBeNull();
});

test('ranks equal an independent computation; one query for every agency of a request', async () => {
  const expected = await rows<{ id: string; score: string }>(sg.databaseUrl,
    `SELECT p.agency_id AS id, p.score FROM par_assessment p JOIN agency a ON a.id = p.agency_id WHERE p.year = 2019 AND a.kind = 'DEPARTMENT'`);
  const rankOf = (s: string) => 1 + expected.filter((e) => Number(e.score) > Number(s)).length;
  const statements: string[] = [];
  const off = onSql((sql) => statements.push(sql));
  const r = await sg.request(`{ agencies(filter: { kind: DEPARTMENT }, first: 10) { edges { node { id parIndex(year: 2019) { score rank rankOf } } } } }`, {}, analyst);
  off();
  expect(r.errors).toBeUndefined();
  for (const { node } of r.data.agencies.edges) {
    const e = expected.find((x) => x.id === node.id)!;
    expect(node.parIndex).toEqual({ score: Number(e.score), rank: rankOf(e.score), rankOf: expected.length });
  }
  expect(statements.filter((s) => s.includes('par_assessment'))).toHaveLength(1);
});

test('ranking of a year by kind, best first; PAR Index needs at least the analyst role', async () => {
  const r = await sg.request(`{ parIndexRanking(year: 2020, kind: DEPARTMENT) { rank rankOf score agency { name } } }`, {}, analyst);
  expect(r.data.parIndexRanking).toEqual([
    { rank: 1, rankOf: 3, score: 87.4, agency: { name: 'Sở Nội vụ' } },
    { rank: 2, rankOf: 3, score: 80, agency: { name: 'Sở Tư pháp' } },
    { rank: 2, rankOf: 3, score: 80, agency: { name: 'Sở Xây dựng' } },
  ]);
  const both = await sg.request(`{ parIndexRanking(year: 2020) { agency { id } } }`, {}, analyst);
  expect(both.data.parIndexRanking).toHaveLength(5);
  const anon = await sg.request(PROFILE, { id: A.noiVu, year: 2020 });
  expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const office = await sg.request(`{ parIndexRanking(year: 2020, kind: DISTRICT_OFFICE) { rank } }`, {}, analyst);
  expect(office.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
});

describe('recordParAssessment', () => {
  const RECORD = `mutation($input: ParAssessmentInput!) { recordParAssessment(input: $input) { year selfScore appraisedScore surveyScore score agency { id name } } }`;
  const counts = async () => [
    await count(sg.databaseUrl, 'SELECT count(*) AS n FROM par_assessment'),
    await count(sg.databaseUrl, 'SELECT count(*) AS n FROM par_component'),
    await count(sg.databaseUrl, 'SELECT count(*) AS n FROM audit_log'),
  ];

  test('records, replaces and re-ranks; audit row in the same transaction', async () => {
    const r = await sg.request(RECORD, { input: { agencyId: A.pcPhuLy, year: 2019, selfScore: 81.5, appraisedScore: 79.25, surveyScore: 70 } }, editor);
    expect(r.errors).toBeUndefined();
    expect(r.data.recordParAssessment).toEqual({ year: 2019, selfScore: 81.5, appraisedScore: 79.25, surveyScore: 70, score: 76.48, agency: { id: A.pcPhuLy, name: 'Ủy ban nhân dân thành phố Phủ Lý' } });
    const components = AREAS.map((area, i) => ({ area, selfPoints: MAX[i] * 0.9, appraisedPoints: MAX[i] * 0.8 }));
    const again = await sg.request(RECORD, { input: { agencyId: A.pcPhuLy, year: 2019, selfScore: 90, appraisedScore: 80, components } }, editor);
    expect(again.errors).toBeUndefined();
    expect(again.data.recordParAssessment).toMatchObject({ selfScore: 90, appraisedScore: 80, surveyScore: null, score: 80 });
    expect(await count(sg.databaseUrl, `SELECT count(*) AS n FROM par_component WHERE agency_id = $1 AND year = 2019`, [A.pcPhuLy])).toBe(8);
    const log = await rows(sg.databaseUrl, `SELECT operation, object_ids, before->>'appraisedScore' AS b, after->>'appraisedScore' AS a FROM audit_log WHERE operation = 'recordParAssessment' ORDER BY id`);
    expect(log).toEqual([
      { operation: 'recordParAssessment', object_ids: [`${A.pcPhuLy}:2019`], b: null, a: '79.25' },
      { operation: 'recordParAssessment', object_ids: [`${A.pcPhuLy}:2019`], b: '79.25', a: '80.00' },
    ]);
  });

  test('invalid input is BAD_USER_INPUT naming the field and writes nothing', async () => {
    const before = await counts();
    const ok = { agencyId: A.noiVu, year: 2020, selfScore: 50, appraisedScore: 50 };
    const cases: Array<[object, string]> = [
      [{ ...ok, selfScore: 101 }, 'input.selfScore'],
      [{ ...ok, appraisedScore: -1 }, 'input.appraisedScore'],
      [{ ...ok, surveyScore: 100.5 }, 'input.surveyScore'],
      [{ ...ok, year: 1999 }, 'input.year'],
      [{ ...ok, year: new Date().getUTCFullYear() + 1 }, 'input.year'],
      [{ ...ok, agencyId: '00000000-0000-4000-8000-999999999999' }, 'input.agencyId'],
      [{ ...ok, agencyId: 'nope' }, 'input.agencyId'],
      [{ ...ok, agencyId: A.phongNoiVu }, 'input.agencyId'],
      [{ ...ok, components: [{ area: 'STEERING', selfPoints: 5, appraisedPoints: 5 }] }, 'input.components'],
      [{ ...ok, components: AREAS.map((area) => ({ area, selfPoints: 1, appraisedPoints: 1 })) }, 'input.components'],
      [{ ...ok, selfScore: 80, appraisedScore: 80, components: AREAS.map((area, i) => ({ area, selfPoints: i === 0 ? 11 : 10, appraisedPoints: 10 })) }, 'input.components[0].selfPoints'],
    ];
    for (const [input, field] of cases) {
      const r = await sg.request(RECORD, { input }, editor);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const enumBad = await sg.request(RECORD, { input: { ...ok, components: [{ area: 'HAPPINESS', selfPoints: 1, appraisedPoints: 1 }] } }, editor);
    expect(enumBad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    expect(await count(sg.databaseUrl, `SELECT appraised_score AS n FROM par_assessment WHERE agency_id = $1 AND year = 2020`, [A.noiVu])).toBe(88);
  });

  test('an agency-scoped editor writes only its agency and subordinates', async () => {
    const before = await counts();
    const scoped = await tokenFor({ roles: ['editor'], subgraph: 'institutions', agency: A.noiVu });
    const other = await sg.request(RECORD, { input: { agencyId: A.tuPhap, year: 2020, selfScore: 1, appraisedScore: 1 } }, scoped);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const analystTry = await sg.request(RECORD, { input: { agencyId: A.tuPhap, year: 2020, selfScore: 1, appraisedScore: 1 } }, analyst);
    expect(analystTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const own = await sg.request(RECORD, { input: { agencyId: A.noiVu, year: 2018, selfScore: 70, appraisedScore: 68 } }, scoped);
    expect(own.errors).toBeUndefined();
    const provincial = await tokenFor({ roles: ['editor'], subgraph: 'institutions', agency: A.ppc });
    const sub = await sg.request(RECORD, { input: { agencyId: A.pcKimBang, year: 2018, selfScore: 70, appraisedScore: 68 } }, provincial);
    expect(sub.errors).toBeUndefined();
  });
});
