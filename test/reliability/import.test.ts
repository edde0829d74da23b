import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { databaseNameOf, databaseUrl, dropDatabase, ensureDatabase, initOrm, migrate, REPO_ROOT, runImport, type SubgraphDefinition } from '@par/platform';
import { testEnv, testServerUrl, uniquePrefix } from '@par/platform/testing';
import civilServants from '../../subgraphs/civil-servants/src/subgraph';
import egovServices from '../../subgraphs/egov-services/src/subgraph';
import institutions from '../../subgraphs/institutions/src/subgraph';
import publicFinance from '../../subgraphs/public-finance/src/subgraph';
import { proceduresImporter } from '../../subgraphs/institutions/src/import/procedures.importer';
import { budgetLinesImporter } from '../../subgraphs/public-finance/src/import/budget-lines.importer';
import { trainingCompletionsImporter } from '../../subgraphs/civil-servants/src/import/training-completions.importer';
import { satisfactionSurveysImporter } from '../../subgraphs/egov-services/src/import/satisfaction-surveys.importer';

/**
 * Bulk import as a department runs it: `npm run import -- <subgraph> <entity> <file>`. A file with
 * errors writes nothing and reports every error with its row; a good file writes once, and again
 * changes nothing; a dry run writes nothing.
 */
const prefix = uniquePrefix();
const env = testEnv(prefix);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-import-'));
const pfUrl = databaseUrl(testServerUrl(), databaseNameOf('public-finance', prefix));
const instUrl = databaseUrl(testServerUrl(), databaseNameOf('institutions', prefix));
let pf: Client;

async function migrated(def: SubgraphDefinition, url: string) {
  await ensureDatabase(testServerUrl(), new URL(url).pathname.slice(1));
  const orm = await initOrm({ url, entities: def.entities, migrations: def.migrations });
  await migrate(orm);
  await orm.close(true);
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/import.ts'), ...args], { env, cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function budgetState() {
  const { rows } = await pf.query(`SELECT (SELECT count(*) FROM budget_line)::int AS lines, (SELECT coalesce(sum(version), 0) FROM budget_line)::int AS versions,
    (SELECT count(*) FROM audit_log)::int AS audits`);
  return rows[0];
}

beforeAll(async () => {
  pf = await migrated(publicFinance, pfUrl);
  await pf.query(`INSERT INTO agency_ref (id, code, kind, unit_code) VALUES
    ('00000000-0000-4000-8000-000000000001', 'H35', 'PROVINCIAL_PEOPLES_COMMITTEE', '35'),
    ('00000000-0000-4000-8000-000000000002', 'H35.10', 'DEPARTMENT', '35')`);
}, 60_000);
afterAll(async () => {
  await pf?.end();
  await dropDatabase(testServerUrl(), databaseNameOf('public-finance', prefix));
  for (const s of ['institutions', 'civil-servants', 'egov-services']) await dropDatabase(testServerUrl(), databaseNameOf(s, prefix));
  fs.rmSync(dir, { recursive: true, force: true });
});

const GOOD = `agency_code,year,category,stage,amount,approved_on,approving_body
H35,2024,RECURRENT,ESTIMATE,"1.250.000.000",15/12/2023,HĐND tỉnh
H35,2024,RECURRENT,SETTLEMENT,1180000000,2025-06-30,"HĐND tỉnh, kỳ họp thứ 9"
H35.10,2024,PAR,ESTIMATE,350000000,,

H35.10,2024,INVESTMENT,ESTIMATE,9000000000000000,2023-12-15,
`;

test('a file with errors writes nothing and reports every error with its row number', async () => {
  const before = await budgetState();
  const bad = file('bad.csv', `agency_code,year,category,stage,amount,approved_on,approving_body
H35,2024,RECURRENT,ESTIMATE,1000,,
H99,2024,PAR,ESTIMATE,1000,,
H35,20x4,PAR,ESTIMATE,-5,,
H35.10,2024,LUXURY,ESTIMATE,1000,31/02/2024,
H35,2024,RECURRENT,ESTIMATE,2000,,
H35.10,2024,PAR,SETTLEMENT,1000,,
H35,1800,INVESTMENT,ESTIMATE,1000,,${'x'.repeat(201)}
`);
  const r = await cli('public-finance', 'budget-lines', bad, '--json');
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout);
  expect(report).toMatchObject({ rows: 7, committed: false, inserted: 0 });
  expect(report.errors).toEqual([
    { row: 3, column: 'agency_code', message: 'no agency has code "H99"' },
    { row: 4, column: 'year', message: expect.stringMatching(/whole number/) },
    { row: 4, column: 'amount', message: expect.stringMatching(/not negative/) },
    { row: 5, column: 'category', message: expect.stringMatching(/one of RECURRENT/) },
    { row: 5, column: 'approved_on', message: expect.stringMatching(/date/) },
    { row: 6, message: expect.stringMatching(/same record as row 2/) },
    { row: 7, column: 'stage', message: expect.stringMatching(/no estimate/) },
    { row: 8, column: 'year', message: expect.stringMatching(/between 1990 and 2100/) },
    { row: 8, column: 'approving_body', message: expect.stringMatching(/at most 200/) },
  ]);
  expect(await budgetState()).toEqual(before);

  const text = await cli('public-finance', 'budget-lines', bad);
  expect(text.stdout).toMatch(/9 error\(s\); nothing was written/);
  expect(text.stdout).toMatch(/row 3, agency_code: no agency has code "H99"/);
}, 60_000);

test('a dry run checks and counts but writes nothing; a good file twice is written once', async () => {
  const good = file('budget.csv', GOOD);
  const before = await budgetState();
  const dry = await cli('public-finance', 'budget-lines', good, '--dry-run', '--json');
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.stdout)).toMatchObject({ rows: 4, dryRun: true, committed: false, inserted: 4, errors: [] });
  expect(await budgetState()).toEqual(before);

  const first = await cli('public-finance', 'budget-lines', good, '--json');
  expect(JSON.parse(first.stdout)).toMatchObject({ rows: 4, committed: true, inserted: 4, updated: 0, unchanged: 0, errors: [] });
  const written = await budgetState();
  expect(written).toEqual({ lines: before.lines + 4, versions: before.versions + 4, audits: before.audits + 1 });
  const { rows } = await pf.query(`SELECT b.amount::text, to_char(b.approved_on, 'YYYY-MM-DD') AS approved_on, b.approving_body FROM budget_line b
    JOIN agency_ref a ON a.id = b.agency_id WHERE a.code = 'H35' AND b.stage = 'ESTIMATE' AND b.category = 'RECURRENT'`);
  expect(rows).toEqual([{ amount: '1250000000', approved_on: '2023-12-15', approving_body: 'HĐND tỉnh' }]);

  const again = await cli('public-finance', 'budget-lines', good);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/0 new, 0 changed, 4 unchanged/);
  expect(await budgetState()).toEqual(written);
}, 60_000);

test('an .xlsx workbook imports like its CSV; a settled estimate cannot be revised by a later file', async () => {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dự toán');
  ws.addRow(['Agency code', 'Year', 'Category', 'Stage', 'Amount', 'Approved on', 'Approving body']);
  ws.addRow(['H35.10', 2025, 'PAR', 'ESTIMATE', 420000000, new Date(Date.UTC(2024, 11, 10)), 'HĐND tỉnh']);
  ws.addRow(['H35', 2024, 'RECURRENT', 'ESTIMATE', 1300000000, null, null]);
  const xlsx = path.join(dir, 'du-toan.xlsx');
  await wb.xlsx.writeFile(xlsx);
  const before = await budgetState();
  const refused = await runImport(budgetLinesImporter, { databaseUrl: pfUrl, file: xlsx, subject: 'test' });
  expect(refused.errors).toEqual([{ row: 3, column: 'amount', message: expect.stringMatching(/already settled/) }]);
  expect(await budgetState()).toEqual(before);

  ws.spliceRows(3, 1);
  await wb.xlsx.writeFile(xlsx);
  const ok = await cli('public-finance', 'budget-lines', xlsx, '--json');
  expect(JSON.parse(ok.stdout)).toMatchObject({ rows: 1, committed: true, inserted: 1, errors: [] });
  const { rows } = await pf.query(`SELECT amount::text, to_char(approved_on, 'YYYY-MM-DD') AS d FROM budget_line WHERE fiscal_year = 2025`);
  expect(rows).toEqual([{ amount: '420000000', d: '2024-12-10' }]);
}, 60_000);

test('institutions: procedures are upserted on their code; a changed row moves its version once', async () => {
  const c = await migrated(institutions, instUrl);
  try {
    await c.query(`INSERT INTO procedure_sector (code, name) VALUES ('HO_TICH', 'Hộ tịch')`);
    await c.query(`INSERT INTO agency (id, code, name, kind, unit_code) VALUES ('00000000-0000-4000-8000-000000000009', 'H35.11', 'Sở Tư pháp', 'DEPARTMENT', '35')`);
    const header = 'code,name,sector_code,level,implementing_agency_code,processing_days,fee,disclosed_on,impact_draft_document,impact_assessed_on,impact_report_ref,interconnected,issued_on,abolished_on';
    const v1 = file('tthc.csv', `${header}\n1.000001,Đăng ký khai sinh,HO_TICH,COMMUNE,H35.11,0,,,Dự thảo Thông tư hướng dẫn Luật Hộ tịch,15/10/2019,3/BC-STP,không,2020-01-01,\n1.000002,"Đăng ký kết hôn, có yếu tố nước ngoài",HO_TICH,PROVINCE,,15,"1.000.000",,,,,,2020-01-01,\n`);
    const bad = file('tthc-bad.csv', `${header}\n1.000001,,HO_TICH,WARD,H99,400,,,Dự thảo,,3/BC-STP,,2020-01-01,2019-01-01\n`);
    const refused = await runImport(proceduresImporter, { databaseUrl: instUrl, file: bad, subject: 'test' });
    expect(refused.errors.map((e) => e.column)).toEqual(['name', 'level', 'processing_days', 'abolished_on', 'impact_assessed_on']);
    expect(await runImport(proceduresImporter, { databaseUrl: instUrl, file: v1, subject: 'test' })).toMatchObject({ inserted: 2, updated: 0, errors: [] });
    expect(await runImport(proceduresImporter, { databaseUrl: instUrl, file: v1, subject: 'test' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const v2 = file('tthc-v2.csv', fs.readFileSync(v1, 'utf8').replace(',15,', ',12,'));
    expect(await runImport(proceduresImporter, { databaseUrl: instUrl, file: v2, subject: 'test' })).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const { rows } = await c.query(`SELECT code, processing_days, fee::text, version, EXISTS (SELECT 1 FROM procedure_impact_assessment a WHERE a.procedure_code = p.code AND a.assessed_on <= p.issued_on) AS impact_assessed
      FROM administrative_procedure p ORDER BY code`);
    expect(rows).toEqual([
      { code: '1.000001', processing_days: 0, fee: null, version: 1, impact_assessed: true },
      { code: '1.000002', processing_days: 12, fee: '1000000', version: 2, impact_assessed: false },
    ]);
  } finally {
    await c.end();
  }
}, 60_000);

test('civil-servants: training completions by national ID number, checked against the course and the person', async () => {
  const url = databaseUrl(testServerUrl(), databaseNameOf('civil-servants', prefix));
  const c = await migrated(civilServants, url);
  try {
    await c.query(`INSERT INTO civil_servant (id, category, agency_id, unit_code, qualification, hired_on, full_name, gender, date_of_birth, national_id_number, left_on, leave_reason)
      VALUES ('00000000-0000-4000-8000-0000000000a1', 'CIVIL_SERVANT', '00000000-0000-4000-8000-000000000002', '35', 'BACHELOR', '2010-01-01', 'Nguyễn Văn An', 'MALE', '1985-02-03', '035085000001', NULL, NULL),
             ('00000000-0000-4000-8000-0000000000a2', 'CIVIL_SERVANT', '00000000-0000-4000-8000-000000000002', '35', 'MASTER', '2010-01-01', 'Trần Thị Bình', 'FEMALE', '1980-04-05', '035180000002', '2019-12-31', 'RETIRED')`);
    await c.query(`INSERT INTO training_course (id, title, kind, provider, starts_on, ends_on, hours)
      VALUES ('00000000-0000-4000-8000-0000000000c1', 'Bồi dưỡng kiến thức pháp luật', 'LEGAL_KNOWLEDGE', 'Sở Nội vụ', '2020-03-02', '2020-03-06', 40)`);
    const header = 'national_id_number,course_id,completed_on';
    const course = '00000000-0000-4000-8000-0000000000c1';
    const bad = file('bd-bad.csv', `${header}\n035085000001,${course},2020-03-01\n035180000002,${course},2020-03-06\n999999999999,${course},2020-03-06\n12345,not-a-course,2199-01-01\n`);
    const refused = await runImport(trainingCompletionsImporter, { databaseUrl: url, file: bad, subject: 'test' });
    expect(refused.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'completed_on'], [3, 'completed_on'], [4, 'national_id_number'], [5, 'national_id_number'], [5, 'course_id'], [5, 'completed_on'],
    ]);
    // Personal data stays out of the report.
    expect(JSON.stringify(refused.errors)).not.toMatch(/035180000002|999999999999/);
    const good = file('bd.csv', `${header}\n035085000001,${course},06/03/2020\n`);
    expect(await runImport(trainingCompletionsImporter, { databaseUrl: url, file: good, subject: 'test' })).toMatchObject({ inserted: 1, errors: [] });
    expect(await runImport(trainingCompletionsImporter, { databaseUrl: url, file: good, subject: 'test' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect((await c.query(`SELECT count(*)::int AS n FROM training_completion`)).rows[0].n).toBe(1);
  } finally {
    await c.end();
  }
}, 60_000);

test('egov-services: satisfaction surveys by agency, year and kind', async () => {
  const url = databaseUrl(testServerUrl(), databaseNameOf('egov-services', prefix));
  const c = await migrated(egovServices, url);
  try {
    const agency = '00000000-0000-4000-8000-000000000002';
    await c.query(`INSERT INTO agency_ref (id, kind, unit_code) VALUES ($1, 'DEPARTMENT', '35')`, [agency]);
    const header = 'agency_id,year,kind,responses,satisfied,access_index,procedure_index,civil_servant_index,result_index,feedback_index';
    const bad = file('ks-bad.csv', `${header}\n${agency},2020,PROCEDURE,100,120,80,80,80,80,80\n00000000-0000-4000-8000-00000000dead,2020,HEALTH,100,90,80,80,80,80,101\n`);
    const refused = await runImport(satisfactionSurveysImporter, { databaseUrl: url, file: bad, subject: 'test' });
    expect(refused.errors.map((e) => [e.row, e.column])).toEqual([[2, 'satisfied'], [3, 'feedback_index']]);
    const good = file('ks.csv', `${header}\n${agency},2020,PROCEDURE,400,352,"85,5",84,90.25,88,79\n${agency},2020,HEALTH,200,150,80,80,80,80,80\n`);
    expect(await runImport(satisfactionSurveysImporter, { databaseUrl: url, file: good, subject: 'test' })).toMatchObject({ inserted: 2, errors: [] });
    expect(await runImport(satisfactionSurveysImporter, { databaseUrl: url, file: good, subject: 'test' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const { rows } = await c.query(`SELECT kind, satisfied, access_index::text, civil_servant_index::text FROM satisfaction_survey ORDER BY kind`);
    expect(rows).toEqual([
      { kind: 'HEALTH', satisfied: 150, access_index: '80.00', civil_servant_index: '80.00' },
      { kind: 'PROCEDURE', satisfied: 352, access_index: '85.50', civil_servant_index: '90.25' },
    ]);
  } finally {
    await c.end();
  }
}, 60_000);
