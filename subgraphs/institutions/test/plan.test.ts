import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '@par/platform';
import { readPlan } from '@par/sample-data';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import { Migration20261130120000 } from '../src/migrations/Migration20261130120000';
import institutions from '../src/subgraph';
import { A, loadFixtures, rows } from './fixtures';

let sg: TestSubgraph;
const PLAN = '851/QĐ-UBND';

beforeAll(async () => {
  sg = await startTestSubgraph(institutions);
  await loadFixtures(sg.databaseUrl);
  const c = new Client({ connectionString: sg.databaseUrl });
  await c.connect();
  // Unit history: the list held starts 2020-01-01; one ward merged into another from 2025.
  await c.query(`INSERT INTO unit_list VALUES ('2020-01-01', 'test list 2020'), ('2025-01-01', 'test list 2025')`);
  await c.query(`INSERT INTO unit_version (code, name, full_name, kind, level, parent_code) VALUES ('13285', 'Quang Trung', 'Phường Quang Trung', 'WARD', 'COMMUNE', '347')`);
  await c.query(`UPDATE unit_version SET valid_to = '2024-12-31', successor_code = '13285' WHERE code = '13291'`);
  await c.query(`INSERT INTO reform_plan VALUES ($1, 'Kế hoạch cải cách hành chính giai đoạn 2016-2020', 'UBND tỉnh Hà Nam', '2016-06-17', 2016, 2020)`, [PLAN]);
  await c.query(`INSERT INTO plan_target (code, plan_code, position, area, subgraph, description, description_en, lead, comparator, value, unit, due_year, annual, measure_kind, measure_params) VALUES
    ('TTHC_SATISFACTION', $1, 1, 'PROCEDURES', 'egov-services', 'Mức độ hài lòng … đạt trên 80% vào năm 2020', 'Satisfaction above 80% by 2020', 'Sở Nội vụ', 'GT', 80, 'percent', 2020, false, 'survey_satisfaction', '{"surveyKinds": ["PROCEDURE"]}'),
    ('TTHC_NEW_IMPACT_ASSESSED', $1, 2, 'PROCEDURES', 'institutions', '100% thủ tục mới ban hành được đánh giá tác động', 'New procedures assessed', 'Sở Tư pháp', 'GTE', 100, 'percent', NULL, true, 'new_procedures_impact_assessed', '{}'),
    ('TTHC_PUBLICLY_DISCLOSED', $1, 3, 'PROCEDURES', 'institutions', 'Thực hiện đầy đủ việc công khai thủ tục hành chính', 'Procedures disclosed', 'Sở Tư pháp', 'GTE', 100, 'percent', NULL, true, 'procedures_disclosed', '{}'),
    ('ADMIN_UNITS_NOT_INCREASED', $1, 4, 'ORGANISATION', 'institutions', 'Bảo đảm cơ bản không tăng số lượng đơn vị hành chính ở địa phương', 'Units not increased', 'Sở Nội vụ', 'LTE', 100, 'percent', NULL, true, 'admin_units_vs_baseline', '{"baseline": "2016-06-17"}'),
    ('CS_SKILLS_TRAINED', $1, 5, 'CIVIL_SERVICE', 'civil-servants', 'Hàng năm 70% được bồi dưỡng', 'Skills trained', 'Sở Nội vụ, Sở Tư pháp', 'GTE', 70, 'percent', NULL, true, 'staff_share', '{"categories": ["CADRE", "CIVIL_SERVANT"], "fact": "skills"}')`, [PLAN]);
  await c.query(`INSERT INTO plan_target_lead VALUES ('TTHC_SATISFACTION', $1, 1), ('CS_SKILLS_TRAINED', $1, 1), ('CS_SKILLS_TRAINED', $2, 2), ('TTHC_NEW_IMPACT_ASSESSED', $2, 1)`, [A.noiVu, A.tuPhap]);
  await c.end();
});
afterAll(() => sg?.stop());

const SCORECARD = `query($plan: ID!, $year: Int!) { reformPlan(code: $plan) { code title periodStart periodEnd targets {
  code area description comparator value unit dueYear annual leadAgencies { id name }
  indicator { __typename code ... on InstitutionsIndicator { measurement(year: $year) { value numerator denominator } met(year: $year) } } } } }`;

test('the plan and its targets in order, each with the indicator type of the subgraph that measures it', async () => {
  const r = await sg.request(SCORECARD, { plan: PLAN, year: 2016 });
  expect(r.errors).toBeUndefined();
  const plan = r.data.reformPlan;
  expect(plan).toMatchObject({ code: PLAN, periodStart: 2016, periodEnd: 2020 });
  expect(plan.targets.map((t: any) => [t.code, t.indicator.__typename])).toEqual([
    ['TTHC_SATISFACTION', 'EgovIndicator'],
    ['TTHC_NEW_IMPACT_ASSESSED', 'InstitutionsIndicator'],
    ['TTHC_PUBLICLY_DISCLOSED', 'InstitutionsIndicator'],
    ['ADMIN_UNITS_NOT_INCREASED', 'InstitutionsIndicator'],
    ['CS_SKILLS_TRAINED', 'WorkforceIndicator'],
  ]);
  expect(plan.targets[0]).toMatchObject({ area: 'PROCEDURES', comparator: 'GT', value: 80, unit: 'percent', dueYear: 2020, annual: false, leadAgencies: [{ id: A.noiVu, name: 'Sở Nội vụ' }] });
  expect(plan.targets[4].leadAgencies.map((a: any) => a.name)).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
  expect(plan.targets[3]).toMatchObject({ comparator: 'LTE', dueYear: null, annual: true });
  const unknown = await sg.request(SCORECARD, { plan: 'NO/SUCH', year: 2016 });
  expect(unknown.errors).toBeUndefined();
  expect(unknown.data.reformPlan).toBeNull();
});

async function measured(year: number, extra = '') {
  const r = await sg.request(`query($plan: ID!) { reformPlan(code: $plan) { targets { code indicator { ... on InstitutionsIndicator {
    measurement(year: ${year}${extra}) { value numerator denominator } met(year: ${year}${extra}) } } } } }`, { plan: PLAN });
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(r.data.reformPlan.targets.filter((t: any) => t.indicator.measurement !== undefined).map((t: any) => [t.code, t.indicator]));
}

test('procedure targets are measured from the catalogue, as independent SQL counts them', async () => {
  for (const year of [2016, 2020]) {
    const m = await measured(year);
    // Independent reading of the rule: an assessment record dated on or before the day of issue.
    const [issued] = await rows(sg.databaseUrl, `SELECT count(*)::int AS d,
        count(*) FILTER (WHERE code IN (SELECT a.procedure_code FROM procedure_impact_assessment a JOIN administrative_procedure q ON q.code = a.procedure_code
                                        WHERE a.assessed_on IS NOT NULL AND a.assessed_on <= q.issued_on))::int AS n
      FROM administrative_procedure WHERE extract(year FROM issued_on) = $1`, [year]);
    expect(m.TTHC_NEW_IMPACT_ASSESSED.measurement).toEqual({ numerator: issued.n, denominator: issued.d, value: Math.round((10000 * issued.n) / issued.d) / 100 });
    expect(m.TTHC_NEW_IMPACT_ASSESSED.met).toBe(issued.n === issued.d);
    const [force] = await rows(sg.databaseUrl, `SELECT count(*)::int AS d, count(*) FILTER (WHERE disclosed_on <= make_date($1, 12, 31))::int AS n FROM administrative_procedure
      WHERE issued_on <= make_date($1, 12, 31) AND (abolished_on IS NULL OR abolished_on > make_date($1, 12, 31))`, [year]);
    expect(m.TTHC_PUBLICLY_DISCLOSED.measurement).toEqual({ numerator: force.n, denominator: force.d, value: Math.round((10000 * force.n) / force.d) / 100 });
    expect(m.TTHC_PUBLICLY_DISCLOSED.met).toBe(false);
  }
  // By hand: 2016's five new procedures are T.001, T.007, T.013, T.019, T.025; T.007 had no assessment, T.013's came after issue.
  expect((await measured(2016)).TTHC_NEW_IMPACT_ASSESSED).toEqual({ measurement: { value: 60, numerator: 3, denominator: 5 }, met: false });
  // 2017: T.002, T.008, T.014, T.020, T.026; T.014 has only the carried-over flag.
  expect((await measured(2017)).TTHC_NEW_IMPACT_ASSESSED).toEqual({ measurement: { value: 80, numerator: 4, denominator: 5 }, met: false });
  expect((await measured(2020)).TTHC_NEW_IMPACT_ASSESSED).toEqual({ measurement: { value: 100, numerator: 5, denominator: 5 }, met: true });
});

test('a year without data gives a null measurement and a null met, not zero', async () => {
  const m = await measured(2012);
  expect(m.TTHC_NEW_IMPACT_ASSESSED).toEqual({ measurement: null, met: null });
  expect(m.TTHC_PUBLICLY_DISCLOSED).toEqual({ measurement: null, met: null });
  // Before the earliest unit list held, there is no unit count for the year.
  expect((await measured(2019)).ADMIN_UNITS_NOT_INCREASED).toEqual({ measurement: null, met: null });
});

test('administrative units against the earliest list held; merges lower the count', async () => {
  expect((await measured(2020)).ADMIN_UNITS_NOT_INCREASED).toEqual({ measurement: { value: 100, numerator: 5, denominator: 5 }, met: true });
  expect((await measured(2025)).ADMIN_UNITS_NOT_INCREASED).toEqual({ measurement: { value: 80, numerator: 4, denominator: 5 }, met: true });
  // Scoped to Phủ Lý and its wards: 3 at the baseline, 2 after the merge.
  expect((await measured(2025, ', unitCode: "347"')).ADMIN_UNITS_NOT_INCREASED.measurement).toEqual({ value: 66.67, numerator: 2, denominator: 3 });
  expect((await measured(2025, `, agencyId: "${A.pcPhuLy}"`)).ADMIN_UNITS_NOT_INCREASED.measurement).toEqual({ value: 66.67, numerator: 2, denominator: 3 });
});

test('scope by agency limits procedures to those it implements', async () => {
  const m = await measured(2020, `, agencyId: "${A.xayDung}"`);
  const [e] = await rows(sg.databaseUrl, `SELECT count(*)::int AS d, count(*) FILTER (WHERE disclosed_on <= '2020-12-31')::int AS n FROM administrative_procedure
    WHERE implementing_agency_id = $1 AND issued_on <= '2020-12-31' AND (abolished_on IS NULL OR abolished_on > '2020-12-31')`, [A.xayDung]);
  expect(m.TTHC_PUBLICLY_DISCLOSED.measurement).toMatchObject({ numerator: e.n, denominator: e.d });
  const bad = await sg.request(`{ reformPlan(code: "${PLAN}") { targets { indicator { ... on InstitutionsIndicator { measurement(year: 2020, agencyId: "x") { value } } } } } }`);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyId' });
});

test('federation: targets and indicators resolve by key; other owners measure theirs', async () => {
  const r = await sg.request(`query($r: [_Any!]!) { _entities(representations: $r) {
    ... on PlanTarget { code value } ... on WorkforceIndicator { code targetValue targetComparator } ... on InstitutionsIndicator { code met(year: 2020) } } }`, {
    r: [
      { __typename: 'PlanTarget', code: 'CS_SKILLS_TRAINED' },
      { __typename: 'WorkforceIndicator', code: 'CS_SKILLS_TRAINED' },
      { __typename: 'WorkforceIndicator', code: 'TTHC_PUBLICLY_DISCLOSED' },
      { __typename: 'InstitutionsIndicator', code: 'ADMIN_UNITS_NOT_INCREASED' },
    ],
  });
  expect(r.errors).toBeUndefined();
  expect(r.data._entities).toEqual([
    { code: 'CS_SKILLS_TRAINED', value: 70 },
    { code: 'CS_SKILLS_TRAINED', targetValue: 70, targetComparator: 'GTE' },
    null,
    { code: 'ADMIN_UNITS_NOT_INCREASED', met: true },
  ]);
});

test("a hub upgraded in place: targets loaded before they named a measure kind get plan 851's kinds from the migration, others are left alone", async () => {
  const c = new Client({ connectionString: sg.databaseUrl });
  await c.connect();
  try {
    const kinds = () => c.query(`SELECT code, measure_kind AS kind, measure_params AS params FROM plan_target ORDER BY code`).then((r) => r.rows);
    const loaded = await kinds();
    // As a database seeded before the columns existed leaves them; one target of another plan's data keeps its own kind.
    await c.query(`UPDATE plan_target SET measure_kind = NULL, measure_params = '{}' WHERE code <> 'CS_SKILLS_TRAINED'`);
    await c.query(`UPDATE plan_target SET measure_params = '{"categories": ["CADRE"], "fact": "skills"}' WHERE code = 'CS_SKILLS_TRAINED'`);
    const migration = new Migration20261130120000(null as never, null as never);
    await migration.up();
    for (const sql of migration.getQueries()) await c.query(String(sql));
    const after = await kinds();
    const plan = readPlan(path.join(REPO_ROOT, 'packages/sample-data/data/plan-851-targets.yaml'));
    for (const row of after.filter((r) => r.code !== 'CS_SKILLS_TRAINED')) {
      const target = plan.targets.find((t) => t.code === row.code)!;
      expect({ code: row.code, kind: row.kind, params: row.params }).toEqual({ code: row.code, kind: target.measureKind, params: target.measureParams ?? {} });
    }
    expect(after.find((r) => r.code === 'CS_SKILLS_TRAINED')).toEqual({ ...loaded.find((r) => r.code === 'CS_SKILLS_TRAINED'), params: { categories: ['CADRE'], fact: 'skills' } });
    await c.query(`UPDATE plan_target SET measure_params = '{"categories": ["CADRE", "CIVIL_SERVANT"], "fact": "skills"}' WHERE code = 'CS_SKILLS_TRAINED'`);
    expect(await kinds()).toEqual(loaded);
  } finally {
    await c.end();
  }
});
