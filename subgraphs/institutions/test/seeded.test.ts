import fs from 'node:fs';
import path from 'node:path';
import { reformPlan } from '@par/sample-data';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import institutions from '../src/subgraph';
import { count, rows } from './fixtures';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(institutions, { seed: { scale: 0.01 } });
});
afterAll(() => sg?.stop());

const UNITS = `query($level: UnitLevel, $parentCode: ID, $asOf: Date) { administrativeUnits(level: $level, parentCode: $parentCode, asOf: $asOf) { code name kind level } }`;

describe("the province's real unit lists, 2020 and 2025", () => {
  test('2020-12-31: 6 district-level units and 109 commune-level units; 2025-01-01: 98 communes', async () => {
    const districts = await sg.request(UNITS, { level: 'DISTRICT', parentCode: '35', asOf: '2020-12-31' });
    expect(districts.errors).toBeUndefined();
    expect(districts.data.administrativeUnits).toHaveLength(6);
    const communes2020 = await sg.request(UNITS, { level: 'COMMUNE', asOf: '2020-12-31' });
    expect(communes2020.errors).toBeUndefined();
    expect(communes2020.data.administrativeUnits).toHaveLength(109);
    const communes2025 = await sg.request(UNITS, { level: 'COMMUNE', asOf: '2025-01-01' });
    expect(communes2025.data.administrativeUnits).toHaveLength(98);
    const tree = await sg.request(`{ administrativeUnit(code: "35", asOf: "2020-12-31") { fullName children(asOf: "2020-12-31") { code children(asOf: "2020-12-31") { code } } } }`);
    expect(tree.data.administrativeUnit.children).toHaveLength(6);
    expect(tree.data.administrativeUnit.children.reduce((n: number, d: any) => n + d.children.length, 0)).toBe(109);
  });

  test("Kim Bảng is a rural district in 2020 and a district-level town in 2025", async () => {
    const q = `query($asOf: Date) { administrativeUnit(code: "350", asOf: $asOf) { name kind fullName } }`;
    expect((await sg.request(q, { asOf: '2020-12-31' })).data.administrativeUnit).toMatchObject({ name: 'Kim Bảng', kind: 'RURAL_DISTRICT' });
    expect((await sg.request(q, { asOf: '2025-01-01' })).data.administrativeUnit).toMatchObject({ name: 'Kim Bảng', kind: 'DISTRICT_LEVEL_TOWN' });
  });

  test('a merged unit shows its successor, which is in force after the merge', async () => {
    const merged = await rows<{ code: string; successor_code: string; valid_to: string }>(sg.databaseUrl,
      `SELECT code, successor_code, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM unit_version WHERE successor_code IS NOT NULL AND valid_to = '2024-12-31' ORDER BY code::int`);
    expect(merged.length).toBeGreaterThan(0);
    const { code, successor_code, valid_to } = merged[0];
    const r = await sg.request(`query($code: ID!, $asOf: Date) { administrativeUnit(code: $code, asOf: $asOf) { code validTo successor { code validTo } } }`, { code, asOf: '2025-06-01' });
    expect(r.errors).toBeUndefined();
    // The successor, as on the day after the merge, itself ended with Hà Nam's units on 30 Jun 2025.
    expect(r.data.administrativeUnit).toEqual({ code, validTo: valid_to, successor: { code: successor_code, validTo: '2025-06-30' } });
    // Gone from the 2025 list, present in 2020's.
    const in2025 = await sg.request(UNITS, { level: 'COMMUNE', asOf: '2025-01-01' });
    expect(in2025.data.administrativeUnits.map((u: any) => u.code)).not.toContain(code);
    const in2020 = await sg.request(UNITS, { level: 'COMMUNE', asOf: '2020-12-31' });
    expect(in2020.data.administrativeUnits.map((u: any) => u.code)).toContain(code);
  });

  test('bad input: malformed date, unknown level, malformed parent code; unknown code is null', async () => {
    const date = await sg.request(UNITS, { asOf: '2020-13-01' });
    expect(date.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0].message).toContain('asOf');
    const level = await sg.request(UNITS, { level: 'HAMLET' });
    expect(level.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(level.errors?.[0].message).toContain('level');
    const parent = await sg.request(UNITS, { parentCode: 'abc' });
    expect(parent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentCode' });
    const none = await sg.request(`{ administrativeUnit(code: "999999") { code } }`);
    expect(none.errors).toBeUndefined();
    expect(none.data.administrativeUnit).toBeNull();
  });

  test("districts side by side: each district's People's Committee with its PAR Index", async () => {
    const analyst = await tokenFor({ roles: ['analyst'] });
    const r = await sg.request(`{ administrativeUnit(code: "35") { children(asOf: "2020-12-31") { code kind peoplesCommittee { id name parIndex(year: 2020) { score rank rankOf } } } } }`, {}, analyst);
    expect(r.errors).toBeUndefined();
    const children = r.data.administrativeUnit.children;
    expect(children).toHaveLength(6);
    for (const d of children) {
      expect(d.peoplesCommittee).not.toBeNull();
      expect(d.peoplesCommittee.parIndex).toMatchObject({ rankOf: 6 });
    }
    expect(children.map((d: any) => d.peoplesCommittee.parIndex.rank).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('seeded catalogue', () => {
  test('"so noi vu" finds "Sở Nội vụ" among the sample agencies', async () => {
    const r = await sg.request(`{ agencies(filter: { search: "so noi vu", kind: DEPARTMENT }) { edges { node { name } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.agencies.edges.map((e: any) => e.node.name)).toContain('Sở Nội vụ');
  });

  test('every procedure is reachable page by page, anonymous; sectors filter by name', async () => {
    const total = await count(sg.databaseUrl, 'SELECT count(*) AS n FROM administrative_procedure');
    expect(total).toBeGreaterThan(0);
    const r = await sg.request(`{ administrativeProcedures(first: 100) { totalCount } }`);
    expect(r.data.administrativeProcedures.totalCount).toBe(total);
    const [sector] = await rows<{ name: string; n: number }>(sg.databaseUrl,
      `SELECT s.name, count(*)::int AS n FROM administrative_procedure p JOIN procedure_sector s ON s.code = p.sector_code GROUP BY s.name ORDER BY n DESC, s.name LIMIT 1`);
    const bySector = await sg.request(`query($s: String) { administrativeProcedures(filter: { sector: $s }, first: 1) { totalCount edges { node { sector } } } }`, { s: sector.name });
    expect(bySector.data.administrativeProcedures).toMatchObject({ totalCount: sector.n, edges: [{ node: { sector: sector.name } }] });
  });

  test('PAR Index improves from the first to the last year on average', async () => {
    const [avg] = await rows<{ first: number; last: number }>(sg.databaseUrl,
      `SELECT avg(score) FILTER (WHERE year = 2016)::float8 AS first, avg(score) FILTER (WHERE year = 2020)::float8 AS last FROM par_assessment`);
    expect(avg.last).toBeGreaterThan(avg.first + 5);
    const ranking = await sg.request(`{ parIndexRanking(year: 2020, kind: DEPARTMENT) { rank rankOf score } }`, {}, await tokenFor({ roles: ['analyst'] }));
    const list = ranking.data.parIndexRanking;
    expect(list[0].rank).toBe(1);
    expect(list.every((e: any) => e.rankOf === list.length)).toBe(true);
    expect([...list].sort((a: any, b: any) => b.score - a.score)).toEqual(list);
  });
});

describe('the reform plan', () => {
  test("every target exactly as the plan data has it, in its order, with the decision's words", async () => {
    const plan = reformPlan();
    const r = await sg.request(`query($code: ID!) { reformPlan(code: $code) { code title periodStart periodEnd targets {
      code description descriptionEn comparator value unit dueYear annual leadAgencies { name } indicator { __typename code } } } }`, { code: plan.code });
    expect(r.errors).toBeUndefined();
    const got = r.data.reformPlan;
    expect(got).toMatchObject({ code: plan.code, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd });
    expect(got.targets.map((t: any) => t.code)).toEqual(plan.targets.map((t) => t.code));
    const types: Record<string, string> = { institutions: 'InstitutionsIndicator', 'civil-servants': 'WorkforceIndicator', 'egov-services': 'EgovIndicator' };
    plan.targets.forEach((t, i) => {
      expect(got.targets[i]).toMatchObject({
        description: t.vi, descriptionEn: t.en, comparator: t.comparator.toUpperCase(), value: t.value, unit: t.unit,
        dueYear: t.annual ? null : t.dueYear, annual: Boolean(t.annual), indicator: { __typename: types[t.subgraph], code: t.code },
      });
      expect(got.targets[i].leadAgencies.length).toBeGreaterThan(0);
    });
    expect(got.targets.find((t: any) => t.code === 'PUBLIC_SERVICE_SATISFACTION').leadAgencies.map((a: any) => a.name)).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo']);
  });

  test("institutions' own targets are measured with numerator and denominator", async () => {
    const plan = reformPlan();
    const r = await sg.request(`query($code: ID!) { reformPlan(code: $code) { targets { code indicator { ... on InstitutionsIndicator {
      m2020: measurement(year: 2020) { value numerator denominator } met2020: met(year: 2020) m2016: measurement(year: 2016) { value numerator denominator } } } } } }`, { code: plan.code });
    expect(r.errors).toBeUndefined();
    const by = Object.fromEntries(r.data.reformPlan.targets.map((t: any) => [t.code, t.indicator]));
    // Against the lists themselves: the units of the 2020 list over those in force on the plan's date (the 2016 list).
    const listed = (file: string) => fs.readFileSync(path.join(__dirname, '../../../packages/sample-data/data', file), 'utf8').trim().split(/\r?\n/).length - 1;
    const [units2020, units2016] = [listed('admin-units-ha-nam-2020.csv'), listed('admin-units-ha-nam-2016.csv')];
    expect([units2020, units2016]).toEqual([1 + 6 + 109, 1 + 6 + 116]);
    expect(by.ADMIN_UNITS_NOT_INCREASED.m2020).toEqual({ value: Math.round((10000 * units2020) / units2016) / 100, numerator: units2020, denominator: units2016 });
    expect(by.ADMIN_UNITS_NOT_INCREASED.met2020).toBe(true);
    expect(by.ADMIN_UNITS_NOT_INCREASED.m2016).toEqual({ value: 100, numerator: units2016, denominator: units2016 });
    for (const code of ['TTHC_NEW_IMPACT_ASSESSED', 'TTHC_PUBLICLY_DISCLOSED']) {
      const m = by[code].m2020;
      expect(m.denominator).toBeGreaterThan(0);
      expect(m.value).toBeCloseTo((100 * m.numerator) / m.denominator, 2);
      expect(by[code].met2020).toBe(m.value >= 100);
    }
  });
});
