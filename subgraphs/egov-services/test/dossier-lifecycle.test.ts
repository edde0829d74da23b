import { Client } from 'pg';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { WorkingCalendar } from '../src/modules/calendar/working-calendar';

const PPC = '00000000-0000-4000-8000-0000000000a1';
const DISTRICT = '00000000-0000-4000-8000-0000000000a2';
const COMMUNE = '00000000-0000-4000-8000-0000000000a3';
const DEPARTMENT = '00000000-0000-4000-8000-0000000000a4';

let sg: TestSubgraph;
let db: Client;
let editor: string;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO unit_ref (code, parent_code, level) VALUES ('35', NULL, 'PROVINCE'), ('347', '35', 'DISTRICT'), ('13324', '347', 'COMMUNE')`);
  await db.query(
    `INSERT INTO agency_ref (id, kind, parent_id, unit_code) VALUES
       ($1, 'PROVINCIAL_PEOPLES_COMMITTEE', NULL, '35'), ($2, 'DISTRICT_PEOPLES_COMMITTEE', $1, '347'),
       ($3, 'COMMUNE_PEOPLES_COMMITTEE', $2, '13324'), ($4, 'DEPARTMENT', $1, '35')`,
    [PPC, DISTRICT, COMMUNE, DEPARTMENT],
  );
  await db.query(`INSERT INTO procedure_ref (code, sector, level, processing_days) VALUES ('1.000001', 'Hộ tịch', 'COMMUNE', 5), ('1.000002', 'Hộ tịch', 'COMMUNE', 1)`);
  editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const counts = async () =>
  (
    await db.query(`SELECT (SELECT count(*) FROM dossier)::int AS dossiers, (SELECT count(*) FROM supplement_request)::int AS supplements,
                           (SELECT count(*) FROM satisfaction_survey)::int AS surveys, (SELECT count(*) FROM audit_log)::int AS audits`)
  ).rows[0];

const DOSSIER = 'id status channel receivedAt dueAt pausedWorkingDays outcome resolvedAt procedure { code } agency { id }';
const RECEIVE = `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { ${DOSSIER} } }`;
const op = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${DOSSIER} supplementRequests { closedAt pausedWorkingDays } } }`;
const REQUEST = op('requestSupplement', 'RequestSupplementInput');
const RESUME = op('resumeDossier', 'ResumeDossierInput');
const RESOLVE = op('resolveDossier', 'ResolveDossierInput');
const REFUSE = op('refuseDossier', 'CloseDossierInput');
const WITHDRAW = op('withdrawDossier', 'CloseDossierInput');

const receive = async (over: Record<string, unknown> = {}, token = editor) =>
  sg.request(RECEIVE, { input: { procedureCode: '1.000001', agencyId: COMMUNE, channel: 'IN_PERSON', applicantKind: 'CITIZEN', applicantName: 'Nguyễn Văn An', applicantIdNumber: '035090001234', ...over } }, token);

describe('working days', () => {
  test('count from the receipt date and skip Saturdays and Sundays (holidays: calendar.test.ts)', () => {
    const weekendsOnly = new WorkingCalendar([]);
    const addWorkingDays = (date: string, n: number) => weekendsOnly.addWorkingDays(date, n);
    const workingDaysBetween = (from: string, to: string) => weekendsOnly.workingDaysBetween(from, to);
    expect(addWorkingDays('2020-03-05', 1)).toBe('2020-03-06'); // Thu → Fri
    expect(addWorkingDays('2020-03-06', 1)).toBe('2020-03-09'); // Fri → Mon
    expect(addWorkingDays('2020-03-07', 1)).toBe('2020-03-09'); // Sat → Mon
    expect(addWorkingDays('2020-03-08', 5)).toBe('2020-03-13'); // Sun → Fri
    expect(addWorkingDays('2020-03-06', 5)).toBe('2020-03-13'); // Fri → next Fri
    expect(addWorkingDays('2020-12-31', 2)).toBe('2021-01-04'); // across a year end and a weekend
    expect(workingDaysBetween('2020-03-06', '2020-03-09')).toBe(1); // Fri → Mon: only Monday
    expect(workingDaysBetween('2020-03-05', '2020-03-10')).toBe(3); // Thu → Tue: Fri, Mon, Tue
    expect(workingDaysBetween('2020-03-07', '2020-03-08')).toBe(0); // a weekend stops nothing
  });
});

describe('receiveDossier', () => {
  test('a dossier received on a Friday with 5 working days is due the next Friday', async () => {
    const res = await receive({ receivedAt: '2020-03-06T09:00:00+07:00' });
    expect(res.errors).toBeUndefined();
    expect(res.data.receiveDossier).toMatchObject({ status: 'RECEIVED', channel: 'IN_PERSON', dueAt: '2020-03-13', pausedWorkingDays: 0, procedure: { code: '1.000001' }, agency: { id: COMMUNE } });
    expect(new Date(res.data.receiveDossier.receivedAt).toISOString()).toBe('2020-03-06T02:00:00.000Z');
  });

  test('a district receives for one of its communes', async () => {
    const res = await receive({ agencyId: DISTRICT, unitCode: '13324', receivedAt: '2020-03-02T08:00:00+07:00' });
    expect(res.errors).toBeUndefined();
    const { rows } = await db.query('SELECT unit_code FROM dossier WHERE id = $1', [res.data.receiveDossier.id]);
    expect(rows[0].unit_code).toBe('13324');
  });

  test('an online dossier arriving on Saturday in Vietnam (Friday in UTC) counts from Saturday', async () => {
    const res = await receive({ procedureCode: '1.000002', channel: 'ONLINE', receivedAt: '2020-03-06T18:30:00Z' });
    expect(res.errors).toBeUndefined();
    expect(res.data.receiveDossier.dueAt).toBe('2020-03-09');
  });

  test('one transaction, one audit row naming the dossier, no applicant identity in the audit', async () => {
    const before = await counts();
    const res = await receive({ receivedAt: '2020-04-01T08:00:00+07:00' });
    const after = await counts();
    expect(after.dossiers - before.dossiers).toBe(1);
    expect(after.audits - before.audits).toBe(1);
    const { rows } = await db.query(`SELECT action, operation, object_ids, after FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({ action: 'WRITE', operation: 'receiveDossier', object_ids: [res.data.receiveDossier.id] });
    expect(JSON.stringify(rows[0].after)).not.toContain('Nguyễn');
  });
});

describe('lifecycle', () => {
  test('a supplement request stops the clock for the working days it is open', async () => {
    // Mon 2 Mar, 5 working days → Mon 9 Mar.
    const received = await receive({ receivedAt: '2020-03-02T08:00:00+07:00' });
    const id = received.data.receiveDossier.id;
    expect(received.data.receiveDossier.dueAt).toBe('2020-03-09');
    const asked = await sg.request(REQUEST, { input: { dossierId: id, reason: 'Thiếu bản sao giấy khai sinh', requestedAt: '2020-03-05T10:00:00+07:00' } }, editor);
    expect(asked.errors).toBeUndefined();
    expect(asked.data.requestSupplement).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', dueAt: '2020-03-09' });
    // Open Thu 5 → Tue 10 Mar: Fri, Mon, Tue stopped (the weekend does not count) → due Thu 12 Mar.
    const resumed = await sg.request(RESUME, { input: { dossierId: id, resumedAt: '2020-03-10T09:00:00+07:00' } }, editor);
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data.resumeDossier).toMatchObject({ status: 'IN_PROGRESS', dueAt: '2020-03-12', pausedWorkingDays: 3 });
    expect(resumed.data.resumeDossier.supplementRequests).toEqual([{ closedAt: expect.any(String), pausedWorkingDays: 3 }]);
    const resolved = await sg.request(RESOLVE, { input: { dossierId: id, resolvedAt: '2020-03-12T16:00:00+07:00' } }, editor);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data.resolveDossier).toMatchObject({ status: 'RESOLVED', outcome: 'ON_TIME', dueAt: '2020-03-12' });
    const { rows } = await db.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS due, paused_days, to_char(resolved_on, 'YYYY-MM-DD') AS resolved_on FROM dossier WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ due: '2020-03-12', paused_days: 3, resolved_on: '2020-03-12' });
  });

  test('outcomes: early and late against the promised date', async () => {
    const a = (await receive({ receivedAt: '2020-05-04T08:00:00+07:00' })).data.receiveDossier; // due Mon 11 May
    const early = await sg.request(RESOLVE, { input: { dossierId: a.id, resolvedAt: '2020-05-08T08:00:00+07:00' } }, editor);
    expect(early.data.resolveDossier.outcome).toBe('EARLY');
    const b = (await receive({ receivedAt: '2020-05-04T08:00:00+07:00' })).data.receiveDossier;
    const late = await sg.request(RESOLVE, { input: { dossierId: b.id, resolvedAt: '2020-05-12T08:00:00+07:00' } }, editor);
    expect(late.data.resolveDossier.outcome).toBe('LATE');
  });

  test('impossible transitions are CONFLICT naming the states, and write nothing', async () => {
    const d = (await receive({ receivedAt: '2020-06-01T08:00:00+07:00' })).data.receiveDossier;
    const resumeReceived = await sg.request(RESUME, { input: { dossierId: d.id, resumedAt: '2020-06-02T08:00:00+07:00' } }, editor);
    expect(resumeReceived.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'RECEIVED' });
    expect(resumeReceived.errors?.[0].message).toMatch(/RECEIVED.*SUPPLEMENT_REQUESTED/);
    const withdrawn = await sg.request(WITHDRAW, { input: { dossierId: d.id, reason: 'Công dân rút hồ sơ', at: '2020-06-02T08:00:00+07:00' } }, editor);
    expect(withdrawn.data.withdrawDossier.status).toBe('WITHDRAWN');
    const before = await counts();
    for (const [q, input] of [
      [RESOLVE, { dossierId: d.id, resolvedAt: '2020-06-03T08:00:00+07:00' }],
      [REFUSE, { dossierId: d.id, reason: 'Không đủ điều kiện', at: '2020-06-03T08:00:00+07:00' }],
      [REQUEST, { dossierId: d.id, reason: 'Bổ sung', requestedAt: '2020-06-03T08:00:00+07:00' }],
    ] as const) {
      const res = await sg.request(q, { input }, editor);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'WITHDRAWN' });
      expect(res.errors?.[0].message).toMatch(/WITHDRAWN is a final state/);
    }
    expect(await counts()).toEqual(before);
    const { rows } = await db.query('SELECT status, version FROM dossier WHERE id = $1', [d.id]);
    expect(rows[0]).toEqual({ status: 'WITHDRAWN', version: 2 });
  });

  test('refusing a dossier waiting for a supplement closes the request', async () => {
    const d = (await receive({ receivedAt: '2020-06-01T08:00:00+07:00' })).data.receiveDossier;
    await sg.request(REQUEST, { input: { dossierId: d.id, reason: 'Bổ sung', requestedAt: '2020-06-02T08:00:00+07:00' } }, editor);
    const refused = await sg.request(REFUSE, { input: { dossierId: d.id, reason: 'Quá hạn bổ sung', at: '2020-06-30T08:00:00+07:00' } }, editor);
    expect(refused.errors).toBeUndefined();
    expect(refused.data.refuseDossier.status).toBe('REFUSED');
    expect(refused.data.refuseDossier.supplementRequests[0].closedAt).not.toBeNull();
  });
});

describe('bad input is refused and writes nothing', () => {
  const cases: Array<[string, () => Promise<{ errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>, string, RegExp]> = [
    ['unknown procedure', () => receive({ procedureCode: '9.999999' }), 'BAD_USER_INPUT', /procedureCode/],
    ['unknown agency', () => receive({ agencyId: '00000000-0000-4000-8000-00000000ffff' }), 'BAD_USER_INPUT', /agencyId/],
    ['malformed agency id', () => receive({ agencyId: 'ubnd-xa' }), 'BAD_USER_INPUT', /agencyId/],
    ['unknown channel', () => receive({ channel: 'FAX' }), 'BAD_USER_INPUT', /channel/],
    ['unknown unit', () => receive({ unitCode: '99999' }), 'BAD_USER_INPUT', /unitCode/],
    ['a unit outside the agency\'s territory', () => receive({ unitCode: '347' }), 'BAD_USER_INPUT', /unitCode.*outside/],
    ['receipt in the future', () => receive({ receivedAt: '2999-01-01T00:00:00Z' }), 'BAD_USER_INPUT', /receivedAt/],
    ['empty applicant name', () => receive({ applicantName: '  ' }), 'BAD_USER_INPUT', /applicantName/],
    [
      'satisfaction score outside its scale',
      () =>
        sg.request(
          `mutation($input: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $input) { year } }`,
          { input: { agencyId: COMMUNE, year: 2020, kind: 'PROCEDURE', responses: 100, satisfied: 80, accessIndex: 120, procedureIndex: 80, civilServantIndex: 80, resultIndex: 80, feedbackIndex: 80 } },
          editor,
        ),
      'BAD_USER_INPUT',
      /accessIndex/,
    ],
    [
      'more satisfied than responses',
      () =>
        sg.request(
          `mutation($input: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $input) { year } }`,
          { input: { agencyId: COMMUNE, year: 2020, kind: 'PROCEDURE', responses: 10, satisfied: 11, accessIndex: 80, procedureIndex: 80, civilServantIndex: 80, resultIndex: 80, feedbackIndex: 80 } },
          editor,
        ),
      'BAD_USER_INPUT',
      /satisfied/,
    ],
  ];
  test.each(cases)('%s', async (_name, run, code, field) => {
    const before = await counts();
    const res = await run();
    expect(res.errors?.[0].extensions?.code).toBe(code);
    expect(res.errors?.[0].message).toMatch(field);
    expect(await counts()).toEqual(before);
  });

  test('a resolution before receipt', async () => {
    const d = (await receive({ receivedAt: '2020-07-01T08:00:00+07:00' })).data.receiveDossier;
    const before = await counts();
    const res = await sg.request(RESOLVE, { input: { dossierId: d.id, resolvedAt: '2020-06-30T08:00:00+07:00' } }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolvedAt' });
    expect(res.errors?.[0].message).toMatch(/before the dossier was received/);
    expect(await counts()).toEqual(before);
    const { rows } = await db.query('SELECT status FROM dossier WHERE id = $1', [d.id]);
    expect(rows[0].status).toBe('RECEIVED');
  });

  test("a resolution before the dossier's last supplement event", async () => {
    const d = (await receive({ receivedAt: '2020-07-01T08:00:00+07:00' })).data.receiveDossier;
    expect((await sg.request(REQUEST, { input: { dossierId: d.id, reason: 'Thiếu tờ khai', requestedAt: '2020-07-02T08:00:00+07:00' } }, editor)).errors).toBeUndefined();
    expect((await sg.request(RESUME, { input: { dossierId: d.id, resumedAt: '2020-07-06T08:00:00+07:00' } }, editor)).errors).toBeUndefined();
    const before = await counts();
    const res = await sg.request(RESOLVE, { input: { dossierId: d.id, resolvedAt: '2020-07-03T08:00:00+07:00' } }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolvedAt' });
    expect(res.errors?.[0].message).toMatch(/before the dossier's last supplement event \(2020-07-06T01:00:00.000Z\)/);
    expect(await counts()).toEqual(before);
    const { rows } = await db.query('SELECT status FROM dossier WHERE id = $1', [d.id]);
    expect(rows[0].status).toBe('IN_PROGRESS');
  });

  test('a valid survey is recorded once and replaced, one audit row each', async () => {
    const q = `mutation($input: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $input) { satisfied satisfactionRate } }`;
    const input = { agencyId: COMMUNE, year: 2020, kind: 'PROCEDURE', responses: 200, satisfied: 170, accessIndex: 85.5, procedureIndex: 80, civilServantIndex: 90, resultIndex: 88, feedbackIndex: 70 };
    const before = await counts();
    expect((await sg.request(q, { input }, editor)).data.recordSatisfactionSurvey).toEqual({ satisfied: 170, satisfactionRate: 85 });
    expect((await sg.request(q, { input: { ...input, satisfied: 180 } }, editor)).data.recordSatisfactionSurvey).toEqual({ satisfied: 180, satisfactionRate: 90 });
    const after = await counts();
    expect(after.surveys - before.surveys).toBe(1);
    expect(after.audits - before.audits).toBe(2);
  });
});

describe('who may write', () => {
  test('analysts and editors of another subgraph may not', async () => {
    const before = await counts();
    const analyst = await receive({}, await tokenFor({ roles: ['analyst'] }));
    expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await receive({}, await tokenFor({ roles: ['editor'], subgraph: 'civil-servants' }));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await sg.request(RECEIVE, { input: { procedureCode: '1.000001', agencyId: COMMUNE, channel: 'IN_PERSON', applicantKind: 'CITIZEN', applicantName: 'A' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  test('an agency-scoped editor writes for its agency and subordinates only', async () => {
    const district = await tokenFor({ roles: ['editor'], subgraph: 'egov-services', agency: DISTRICT });
    const own = await receive({ agencyId: COMMUNE, receivedAt: '2020-08-03T08:00:00+07:00' }, district);
    expect(own.errors).toBeUndefined();
    const before = await counts();
    const foreign = await receive({ agencyId: DEPARTMENT }, district);
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const commune = await tokenFor({ roles: ['editor'], subgraph: 'egov-services', agency: COMMUNE });
    const upward = await sg.request(RESOLVE, { input: { dossierId: own.data.receiveDossier.id, resolvedAt: '2020-08-04T08:00:00+07:00' } }, commune);
    expect(upward.errors).toBeUndefined();
    const parentOnly = await receive({ agencyId: DISTRICT }, commune);
    expect(parentOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await counts()).dossiers).toBe(before.dossiers);
  });
});

describe('applicant identity is personal data', () => {
  test('null with FORBIDDEN without pii:read; returned and audited with it', async () => {
    const d = (await receive({ receivedAt: '2020-09-01T08:00:00+07:00' })).data.receiveDossier;
    const q = `query($id: ID!) { dossier(id: $id) { id status applicantName applicantIdNumber } }`;
    const plain = await sg.request(q, { id: d.id }, await tokenFor({ roles: ['analyst'] }));
    expect(plain.data.dossier).toEqual({ id: d.id, status: 'RECEIVED', applicantName: null, applicantIdNumber: null });
    expect(plain.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const before = await counts();
    const pii = await sg.request(q, { id: d.id }, await tokenFor({ roles: ['leadership'], scope: 'pii:read' }));
    expect(pii.errors).toBeUndefined();
    expect(pii.data.dossier).toMatchObject({ applicantName: 'Nguyễn Văn An', applicantIdNumber: '035090001234' });
    const { rows } = await db.query(`SELECT operation, object_ids FROM audit_log WHERE action = 'PII_READ' ORDER BY id DESC LIMIT 2`);
    expect(rows.map((r) => r.operation).sort()).toEqual(['Dossier.applicantIdNumber', 'Dossier.applicantName']);
    expect(rows[0].object_ids).toEqual([d.id]);
    expect((await counts()).audits - before.audits).toBe(2);
  });

  test('dossier queries need a token', async () => {
    const res = await sg.request(`{ dossier(id: "00000000-0000-4000-8000-000000000001") { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
