import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { databaseUrl, dropDatabase, ensureDatabase, initOrm, migrate, runImport } from '@par/platform';
import { startTestSubgraph, testServerUrl, tokenFor, uniquePrefix, type TestSubgraph } from '@par/platform/testing';
import { proceduresImporter } from '../src/import/procedures.importer';
import { migrations } from '../src/migrations';
import institutions from '../src/subgraph';
import { A, count, loadFixtures, rows } from './fixtures';

/**
 * Impact assessment of new procedures (Decree 63/2010/NĐ-CP) read from the assessment records:
 * a procedure counts when one of its assessments is dated on or before the day it was issued.
 */
let sg: TestSubgraph;
let editor: string;
const PLAN = '851/QĐ-UBND';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-impact-'));

beforeAll(async () => {
  sg = await startTestSubgraph(institutions);
  await loadFixtures(sg.databaseUrl);
  const c = new Client({ connectionString: sg.databaseUrl });
  await c.connect();
  await c.query(`INSERT INTO reform_plan VALUES ($1, 'Kế hoạch cải cách hành chính giai đoạn 2016-2020', 'UBND tỉnh Hà Nam', '2016-06-17', 2016, 2020)`, [PLAN]);
  await c.query(`INSERT INTO plan_target (code, plan_code, position, area, subgraph, description, description_en, lead, comparator, value, unit, due_year, annual, measure_kind)
    VALUES ('TTHC_NEW_IMPACT_ASSESSED', $1, 1, 'PROCEDURES', 'institutions', '100% thủ tục mới ban hành được đánh giá tác động', 'New procedures assessed', 'Sở Tư pháp', 'GTE', 100, 'percent', NULL, true, 'new_procedures_impact_assessed')`, [PLAN]);
  await c.end();
  editor = await tokenFor({ roles: ['editor'], subgraph: 'institutions', agency: A.ppc });
});
afterAll(async () => {
  await sg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const MEASURE = `query($year: Int!, $counted: Boolean) { planTarget(code: "TTHC_NEW_IMPACT_ASSESSED") { indicator { ... on InstitutionsIndicator {
  measurement(year: $year) { value numerator denominator
    evidence(first: 100, counted: $counted) { totalCount numerator denominator edges { node { id kind counted numerator denominator date } } } } } } } }`;
const PROCEDURE = `query($code: ID!) { administrativeProcedure(code: $code) { code issuedOn version impactAssessed
  impactAssessments { draftDocument assessedOn reportRef appraisedOn carriedOver beforeIssue } } }`;
const CREATE = `mutation($input: CreateProcedureInput!) { createAdministrativeProcedure(input: $input) { code version impactAssessed impactAssessments { assessedOn beforeIssue } } }`;
const UPDATE = `mutation($code: ID!, $version: Int!, $input: UpdateProcedureInput!) { updateAdministrativeProcedure(code: $code, version: $version, input: $input) {
  code version impactAssessed impactAssessments { draftDocument assessedOn carriedOver beforeIssue } } }`;

const base = { sectorCode: 'XAY_DUNG', level: 'PROVINCE', implementingAgencyId: A.xayDung, processingDays: 10 };
const assessment = (assessedOn: string, extra: object = {}) => ({ draftDocument: 'Dự thảo Quyết định quy định chi tiết Luật Xây dựng', assessedOn, reportRef: '12/BC-SXD', ...extra });

async function measurement(year: number, counted?: boolean) {
  const r = await sg.request(MEASURE, { year, counted });
  expect(r.errors).toBeUndefined();
  return r.data.planTarget.indicator.measurement;
}

/** The rule read independently from the raw tables: an assessment dated on or before the day of issue. */
async function independent(year: number) {
  const [r] = await rows<{ n: number; d: number }>(sg.databaseUrl, `SELECT count(*)::int AS d,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM procedure_impact_assessment a WHERE a.procedure_code = p.code AND a.assessed_on IS NOT NULL AND a.assessed_on <= p.issued_on))::int AS n
    FROM administrative_procedure p WHERE p.issued_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)`, [year]);
  return r;
}

const state = async () => ({
  procedures: await count(sg.databaseUrl, 'SELECT count(*) AS n FROM administrative_procedure'),
  assessments: await count(sg.databaseUrl, 'SELECT count(*) AS n FROM procedure_impact_assessment'),
  versions: await count(sg.databaseUrl, 'SELECT sum(version) AS n FROM administrative_procedure'),
  audits: await count(sg.databaseUrl, 'SELECT count(*) AS n FROM audit_log'),
});

describe('what counts as assessed', () => {
  test('assessed before (or on) the day of issue counts; after issue does not; without a record does not', async () => {
    const made = [
      { ...base, code: 'N.BEFORE', name: 'Thủ tục đánh giá trước', issuedOn: '2022-05-10', impactAssessment: assessment('2022-03-01', { appraisedOn: '2022-03-20' }) },
      { ...base, code: 'N.ONDAY', name: 'Thủ tục đánh giá đúng ngày', issuedOn: '2022-06-01', impactAssessment: assessment('2022-06-01') },
      { ...base, code: 'N.AFTER', name: 'Thủ tục đánh giá muộn', issuedOn: '2022-05-10', impactAssessment: assessment('2022-05-11') },
      { ...base, code: 'N.NONE', name: 'Thủ tục không đánh giá', issuedOn: '2022-07-01' },
    ];
    for (const input of made) {
      const r = await sg.request(CREATE, { input }, editor);
      expect(r.errors).toBeUndefined();
    }
    const flags = Object.fromEntries(
      await Promise.all(made.map(async (m) => [m.code, (await sg.request(PROCEDURE, { code: m.code })).data.administrativeProcedure.impactAssessed])),
    );
    expect(flags).toEqual({ 'N.BEFORE': true, 'N.ONDAY': true, 'N.AFTER': false, 'N.NONE': false });
    const late = await sg.request(PROCEDURE, { code: 'N.AFTER' });
    expect(late.data.administrativeProcedure.impactAssessments).toEqual([
      { draftDocument: 'Dự thảo Quyết định quy định chi tiết Luật Xây dựng', assessedOn: '2022-05-11', reportRef: '12/BC-SXD', appraisedOn: null, carriedOver: false, beforeIssue: false },
    ]);

    const m = await measurement(2022);
    expect(m).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    expect(await independent(2022)).toEqual({ n: 2, d: 4 });
    expect(m.evidence).toMatchObject({ totalCount: 4, numerator: 2, denominator: 4 });
    expect(Object.fromEntries(m.evidence.edges.map((e: any) => [e.node.id, e.node.counted]))).toEqual({ 'N.BEFORE': true, 'N.ONDAY': true, 'N.AFTER': false, 'N.NONE': false });
    const missed = await measurement(2022, false);
    expect(missed.evidence.edges.map((e: any) => e.node.id).sort()).toEqual(['N.AFTER', 'N.NONE']);
  });

  test('every fixture year equals the independent count, figure and evidence alike', async () => {
    for (const year of [2015, 2016, 2017, 2018, 2019, 2020]) {
      const m = await measurement(year);
      const expected = await independent(year);
      expect([year, m.numerator, m.denominator]).toEqual([year, expected.n, expected.d]);
      expect([m.evidence.numerator, m.evidence.denominator]).toEqual([expected.n, expected.d]);
    }
    // By hand: 2016 has T.007 without a record and T.013 assessed after issue.
    expect(await measurement(2016)).toMatchObject({ numerator: 3, denominator: 5 });
  });

  test('a flag carried over from the old catalogue is shown as such and does not count', async () => {
    const r = await sg.request(PROCEDURE, { code: 'T.014' });
    expect(r.data.administrativeProcedure).toMatchObject({
      issuedOn: '2017-02-01',
      impactAssessed: false,
      impactAssessments: [{ draftDocument: null, assessedOn: null, reportRef: null, appraisedOn: null, carriedOver: true, beforeIssue: false }],
    });
  });
});

describe('editors record assessments', () => {
  test('update records an assessment with its audit row and a new version; the figure follows', async () => {
    const before = await state();
    const figure = await measurement(2022);
    const r = await sg.request(UPDATE, { code: 'N.NONE', version: 1, input: { impactAssessment: assessment('2022-04-15', { reportRef: ' 30/BC-SXD ' }) } }, editor);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateAdministrativeProcedure).toEqual({
      code: 'N.NONE', version: 2, impactAssessed: true,
      impactAssessments: [{ draftDocument: 'Dự thảo Quyết định quy định chi tiết Luật Xây dựng', assessedOn: '2022-04-15', carriedOver: false, beforeIssue: true }],
    });
    expect(await measurement(2022)).toMatchObject({ numerator: figure.numerator + 1, denominator: figure.denominator });
    expect(await state()).toEqual({ ...before, assessments: before.assessments + 1, versions: before.versions + 1, audits: before.audits + 1 });
    const [log] = await rows(sg.databaseUrl, `SELECT operation, before->'impactAssessments' AS b, after->'impactAssessments' AS a, after->>'version' AS v
      FROM audit_log WHERE 'N.NONE' = ANY(object_ids) ORDER BY id DESC LIMIT 1`);
    expect(log).toMatchObject({ operation: 'updateAdministrativeProcedure', b: [], v: '2', a: [{ reportRef: '30/BC-SXD', assessedOn: '2022-04-15', beforeIssue: true }] });

    // The same draft again with the same values changes nothing; a stale version is refused.
    const same = await sg.request(UPDATE, { code: 'N.NONE', version: 2, input: { impactAssessment: assessment('2022-04-15', { reportRef: '30/BC-SXD' }) } }, editor);
    expect(same.data.updateAdministrativeProcedure.version).toBe(2);
    const stale = await sg.request(UPDATE, { code: 'N.NONE', version: 1, input: { impactAssessment: assessment('2022-04-16') } }, editor);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  test('a recorded assessment replaces the carried-over flag', async () => {
    // T.014 is a commune procedure: only an editor not bound to an agency may change it.
    const anyAgency = await tokenFor({ roles: ['editor'], subgraph: 'institutions' });
    const r = await sg.request(UPDATE, { code: 'T.014', version: 1, input: { impactAssessment: assessment('2016-12-01', { appraisedOn: '2016-12-20' }) } }, anyAgency);
    expect(r.errors).toBeUndefined();
    expect(r.data.updateAdministrativeProcedure).toMatchObject({ version: 2, impactAssessed: true, impactAssessments: [{ assessedOn: '2016-12-01', carriedOver: false, beforeIssue: true }] });
    expect(await count(sg.databaseUrl, `SELECT count(*) AS n FROM procedure_impact_assessment WHERE procedure_code = 'T.014' AND carried_over`)).toBe(0);
    expect(await measurement(2017)).toMatchObject({ numerator: (await independent(2017)).n, denominator: 5 });
  });

  test('bad assessment input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const before = await state();
    const create = { ...base, code: 'N.BAD', name: 'Thủ tục lỗi', issuedOn: '2022-05-10' };
    const cases: Array<[object, string]> = [
      [{ draftDocument: '   ' }, 'input.impactAssessment.draftDocument'],
      [{ draftDocument: 'x'.repeat(501) }, 'input.impactAssessment.draftDocument'],
      [{ reportRef: '' }, 'input.impactAssessment.reportRef'],
      [{ reportRef: 'số\u0007' }, 'input.impactAssessment.reportRef'],
      [{ assessedOn: '2999-01-01' }, 'input.impactAssessment.assessedOn'],
      [{ appraisedOn: '2022-02-01' }, 'input.impactAssessment.appraisedOn'],
      [{ appraisedOn: '2999-01-01' }, 'input.impactAssessment.appraisedOn'],
    ];
    for (const [bad, field] of cases) {
      const a = { ...assessment('2022-03-01'), ...bad };
      const c = await sg.request(CREATE, { input: { ...create, impactAssessment: a } }, editor);
      expect([field, c.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      const u = await sg.request(UPDATE, { code: 'N.AFTER', version: 1, input: { processingDays: 3, impactAssessment: a } }, editor);
      expect([field, u.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    const date = await sg.request(CREATE, { input: { ...create, impactAssessment: assessment('2022-02-30') } }, editor);
    expect(date.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0].message).toContain('assessedOn');
    // The boolean input is gone: an assessment is a record, not a yes.
    const flag = await sg.request(CREATE, { input: { ...create, impactAssessed: true } }, editor);
    expect(flag.errors?.[0].message).toContain('impactAssessed');
    expect(await state()).toEqual(before);
  });
});

describe('bulk import', () => {
  const header = 'code,name,sector_code,level,implementing_agency_code,processing_days,issued_on,impact_draft_document,impact_assessed_on,impact_report_ref,impact_appraised_on';
  const file = (name: string, lines: string[]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, [header, ...lines].join('\n') + '\n');
    return p;
  };
  const v1 = [
    'I.001,Thủ tục nhập 1,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo Quyết định số 1,15/02/2023,5/BC-STP,2023-03-01',
    'I.002,Thủ tục nhập 2,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo Quyết định số 2,2023-04-20,6/BC-STP,',
    'I.003,Thủ tục nhập 3,HO_TICH,COMMUNE,,3,2023-04-01,,,,',
  ];

  test('bad assessment columns are reported by row and column; nothing is written', async () => {
    const before = await state();
    const bad = file('bad.csv', [
      'I.101,Thủ tục lỗi 1,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo,,7/BC-STP,',
      'I.102,Thủ tục lỗi 2,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo,2023-03-01,7/BC-STP,2023-02-01',
      'I.103,Thủ tục lỗi 3,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo,2999-03-01,7/BC-STP,',
      'I.104,Thủ tục lỗi 4,HO_TICH,COMMUNE,,3,2023-04-01,,,,2023-02-01',
      'I.105,Thủ tục lỗi 5,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo,30/02/2023,7/BC-STP,',
    ]);
    const refused = await runImport(proceduresImporter, { databaseUrl: sg.databaseUrl, file: bad, subject: 'test' });
    expect(refused.committed).toBe(false);
    expect(refused.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'impact_assessed_on'], [3, 'impact_appraised_on'], [4, 'impact_assessed_on'], [5, 'impact_appraised_on'], [6, 'impact_assessed_on'],
    ]);
    expect(await state()).toEqual(before);
  });

  test('round trip: imported assessments count by their dates; the same file again changes nothing; a new one moves the version', async () => {
    const first = await runImport(proceduresImporter, { databaseUrl: sg.databaseUrl, file: file('v1.csv', v1), subject: 'test' });
    expect(first).toMatchObject({ errors: [], committed: true, inserted: 3, updated: 0 });
    const again = await runImport(proceduresImporter, { databaseUrl: sg.databaseUrl, file: file('v1-again.csv', v1), subject: 'test' });
    expect(again).toMatchObject({ errors: [], inserted: 0, updated: 0, unchanged: 3 });
    expect(await measurement(2023)).toMatchObject({ numerator: 1, denominator: 3 });
    expect(await independent(2023)).toEqual({ n: 1, d: 3 });
    const i1 = await sg.request(PROCEDURE, { code: 'I.001' });
    expect(i1.data.administrativeProcedure).toMatchObject({
      version: 1, impactAssessed: true,
      impactAssessments: [{ draftDocument: 'Dự thảo Quyết định số 1', assessedOn: '2023-02-15', reportRef: '5/BC-STP', appraisedOn: '2023-03-01', beforeIssue: true }],
    });

    const v2 = [v1[0], v1[1], 'I.003,Thủ tục nhập 3,HO_TICH,COMMUNE,,3,2023-04-01,Dự thảo Quyết định số 3,2023-01-10,9/BC-STP,'];
    const second = await runImport(proceduresImporter, { databaseUrl: sg.databaseUrl, file: file('v2.csv', v2), subject: 'test' });
    expect(second).toMatchObject({ errors: [], inserted: 0, updated: 1, unchanged: 2 });
    expect((await sg.request(PROCEDURE, { code: 'I.003' })).data.administrativeProcedure).toMatchObject({ version: 2, impactAssessed: true });
    expect(await measurement(2023)).toMatchObject({ numerator: 2, denominator: 3 });
    const [audit] = await rows(sg.databaseUrl, `SELECT operation, object_ids FROM audit_log WHERE operation = 'import:procedures' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ operation: 'import:procedures', object_ids: ['I.003'] });
  });
});

test('the migration carries the old flags over as marked records, inventing nothing, and drops the flag', async () => {
  const server = testServerUrl();
  const name = `${uniquePrefix()}institutions`;
  const url = databaseUrl(server, name);
  await ensureDatabase(server, name);
  const step = async (list: typeof migrations) => {
    const orm = await initOrm({ url, entities: institutions.entities, migrations: list });
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
  };
  const at = migrations.findIndex((m) => m.name === 'Migration20261130054719');
  const c = new Client({ connectionString: url });
  try {
    await step(migrations.slice(0, at));
    await c.connect();
    await c.query(`INSERT INTO procedure_sector (code, name) VALUES ('HO_TICH', 'Hộ tịch')`);
    await c.query(`INSERT INTO administrative_procedure (code, name, sector_code, level, processing_days, impact_assessed, issued_on) VALUES
      ('M.1', 'Có cờ', 'HO_TICH', 'COMMUNE', 3, true, '2018-01-01'), ('M.2', 'Không cờ', 'HO_TICH', 'COMMUNE', 3, false, '2018-01-01')`);
    await step(migrations);
    const { rows: carried } = await c.query(`SELECT procedure_code, draft_document, assessed_on, report_ref, appraised_on, carried_over FROM procedure_impact_assessment`);
    expect(carried).toEqual([{ procedure_code: 'M.1', draft_document: null, assessed_on: null, report_ref: null, appraised_on: null, carried_over: true }]);
    const { rows: cols } = await c.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'administrative_procedure' AND column_name = 'impact_assessed'`);
    expect(cols).toEqual([]);
  } finally {
    await c.end().catch(() => undefined);
    await dropDatabase(server, name);
  }
});

describe('the seeded catalogue', () => {
  let seeded: TestSubgraph;
  beforeAll(async () => {
    seeded = await startTestSubgraph(institutions, { seed: { scale: 0.01 } });
  });
  afterAll(() => seeded?.stop());

  test('records come from the sample catalogue, some too late; figures and evidence equal the independent count', async () => {
    const [late] = await rows(seeded.databaseUrl, `SELECT count(*)::int AS n FROM procedure_impact_assessment a JOIN administrative_procedure p ON p.code = a.procedure_code
      WHERE a.assessed_on > p.issued_on AND p.issued_on >= '2016-01-01'`);
    expect(late.n).toBeGreaterThan(0);
    const [named] = await rows(seeded.databaseUrl, `SELECT count(*) FILTER (WHERE draft_document LIKE 'Dự thảo văn bản%')::int AS drafts,
      count(*) FILTER (WHERE report_ref IS NOT NULL AND NOT carried_over)::int AS reports, count(*)::int AS n FROM procedure_impact_assessment`);
    expect(named).toEqual({ drafts: named.n, reports: named.n, n: named.n });
    const q = `query($y: Int!) { planTarget(code: "TTHC_NEW_IMPACT_ASSESSED") { indicator { ... on InstitutionsIndicator {
      measurement(year: $y) { numerator denominator evidence(first: 1) { numerator denominator } } status(year: $y) } } } }`;
    const statuses: Record<number, string> = {};
    for (const year of [2016, 2017, 2018, 2019, 2020]) {
      const r = await seeded.request(q, { y: year });
      expect(r.errors).toBeUndefined();
      const ind = r.data.planTarget.indicator;
      const [e] = await rows(seeded.databaseUrl, `SELECT count(*)::int AS d,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM procedure_impact_assessment a WHERE a.procedure_code = p.code AND a.assessed_on <= p.issued_on))::int AS n
        FROM administrative_procedure p WHERE p.issued_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)`, [year]);
      expect([year, ind.measurement.numerator, ind.measurement.denominator, ind.measurement.evidence.numerator, ind.measurement.evidence.denominator]).toEqual([year, e.n, e.d, e.n, e.d]);
      statuses[year] = ind.status;
    }
    expect(statuses).toMatchObject({ 2016: 'NOT_MET', 2017: 'NOT_MET', 2019: 'MET', 2020: 'MET' });
  });
});
