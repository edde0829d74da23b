import { Client } from 'pg';
import { databaseNameOf, databaseUrl } from '@par/platform';
import { testServerUrl, tokenFor } from '@par/platform/testing';
import { startTestHub, type TestHub } from '../support/hub';
import { refusalTime } from '../support/refusal';

/**
 * Territory checks (issue 16): an agency-scoped editor places records only in units of its
 * agency's territory. A district office's editor moving its own staff onto another district's
 * commune is FORBIDDEN, quickly, with nothing written; a commune of its own district is fine.
 */
let hub: TestHub;
let db: Client;
const ids = { person: '', version: 0, agency: '', ownCommune: '', otherCommune: '' };

beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01 });
  db = new Client({ connectionString: databaseUrl(testServerUrl(), databaseNameOf('civil-servants', hub.prefix)) });
  await db.connect();
  // A person of a district-level agency, a commune of that district and a commune of another.
  const { rows } = await db.query(`
    SELECT cs.id, cs.version, a.id AS agency, a.unit_code AS district,
           (SELECT code FROM unit_ref WHERE parent_code = a.unit_code ORDER BY code LIMIT 1) AS own,
           (SELECT u.code FROM unit_ref u JOIN unit_ref d ON d.code = u.parent_code
             WHERE d.level = 'DISTRICT' AND d.code <> a.unit_code ORDER BY u.code LIMIT 1) AS other
      FROM civil_servant cs JOIN agency_ref a ON a.id = cs.agency_id JOIN unit_ref du ON du.code = a.unit_code
     WHERE du.level = 'DISTRICT' AND cs.left_on IS NULL ORDER BY cs.id LIMIT 1`);
  Object.assign(ids, { person: rows[0].id, version: rows[0].version, agency: rows[0].agency, ownCommune: rows[0].own, otherCommune: rows[0].other });
}, 180_000);

afterAll(async () => {
  await db?.end();
  await hub?.stop();
});

const UPDATE = `mutation($input: UpdateCivilServantInput!) { updateCivilServant(input: $input) { id version } }`;

it('a district editor cannot place its own staff on another district\'s territory; its own district is fine', async () => {
  const editor = await tokenFor({ roles: ['editor'], subgraph: 'civil-servants', agency: ids.agency });
  const before = (await db.query('SELECT unit_code, version FROM civil_servant WHERE id = $1', [ids.person])).rows[0];
  const audits = async () => (await db.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n;
  const auditBefore = await audits();
  const { r, ms } = await refusalTime(() => hub.request(UPDATE, { input: { id: ids.person, version: ids.version, unitCode: ids.otherCommune } }, editor));
  expect(ms).toBeLessThan(1000);
  expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(r.data?.updateCivilServant ?? null).toBeNull();
  expect((await db.query('SELECT unit_code, version FROM civil_servant WHERE id = $1', [ids.person])).rows[0]).toEqual(before);
  expect(await audits()).toBe(auditBefore);
  // Hiring straight onto the other district is refused the same way.
  const hire = await hub.request(
    `mutation($input: HireCivilServantInput!) { hireCivilServant(input: $input) { id } }`,
    { input: { agencyId: ids.agency, unitCode: ids.otherCommune, category: 'CIVIL_SERVANT', qualification: 'COLLEGE', specialisationFits: true, hiredOn: '2020-01-02', fullName: 'Trần Thị Lấn Sân', gender: 'FEMALE', dateOfBirth: '1990-01-01', nationalIdNumber: '035190000001', electronicRecord: false } },
    editor,
  );
  expect([hire.errors?.[0].message, hire.errors?.[0].extensions?.code]).toEqual([expect.stringContaining('outside the territory'), 'FORBIDDEN']);
  expect(await audits()).toBe(auditBefore);
  // Control: a commune of its own district.
  const ok = await hub.request(UPDATE, { input: { id: ids.person, version: ids.version, unitCode: ids.ownCommune } }, editor);
  expect(ok.errors).toBeUndefined();
  expect((await db.query('SELECT unit_code FROM civil_servant WHERE id = $1', [ids.person])).rows[0].unit_code).toBe(ids.ownCommune);
});

it('a dossier is received only on the receiving agency\'s territory: another district\'s commune is refused, nothing written', async () => {
  const egov = new Client({ connectionString: databaseUrl(testServerUrl(), databaseNameOf('egov-services', hub.prefix)) });
  await egov.connect();
  try {
    const editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services', agency: ids.agency });
    const procedureCode = (await egov.query(`SELECT code FROM procedure_ref ORDER BY code LIMIT 1`)).rows[0].code;
    const counts = async () => (await egov.query(`SELECT (SELECT count(*)::int FROM dossier) AS dossiers, (SELECT count(*)::int FROM audit_log) AS audits`)).rows[0];
    const before = await counts();
    const receive = (unitCode: string) => hub.request(
      `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id unitCode } }`,
      { input: { procedureCode, agencyId: ids.agency, unitCode, channel: 'IN_PERSON', applicantKind: 'CITIZEN', applicantName: 'Người Nộp Hộ' } },
      editor,
    );
    const { r, ms } = await refusalTime(() => receive(ids.otherCommune));
    expect(ms).toBeLessThan(1000);
    expect([r.errors?.[0].extensions?.code, r.errors?.[0].message]).toEqual(['BAD_USER_INPUT', expect.stringContaining('outside the territory')]);
    expect(r.data?.receiveDossier ?? null).toBeNull();
    expect(await counts()).toEqual(before);
    // Control: a commune of the agency's own district.
    const ok = await receive(ids.ownCommune);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.receiveDossier.unitCode).toBe(ids.ownCommune);
    expect(await counts()).toEqual({ dossiers: before.dossiers + 1, audits: before.audits + 1 });
  } finally {
    await egov.end();
  }
});
