import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { parse } from 'yaml';
import { REPO_ROOT } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { WorkingCalendar } from '../src/modules/calendar/working-calendar';

/**
 * The working calendar through real HTTP on a migrated, unseeded database: the migration alone
 * must have loaded the published calendar, and due dates must follow it (Tết, swapped Saturdays,
 * year ends). Expected dates below are read off the calendar file by hand, day by day.
 */
const PPC = '00000000-0000-4000-8000-0000000000b1';
const COMMUNE = '00000000-0000-4000-8000-0000000000b3';
const FILE = path.join(__dirname, '..', 'data', 'vn-civil-service-calendar.yaml');

let sg: TestSubgraph;
let db: Client;
let editor: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-calendar-'));

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO unit_ref (code, parent_code, level) VALUES ('35', NULL, 'PROVINCE'), ('13324', '35', 'COMMUNE')`);
  await db.query(`INSERT INTO agency_ref (id, kind, parent_id, unit_code) VALUES ($1, 'PROVINCIAL_PEOPLES_COMMITTEE', NULL, '35'), ($2, 'COMMUNE_PEOPLES_COMMITTEE', $1, '13324')`, [PPC, COMMUNE]);
  await db.query(`INSERT INTO procedure_ref (code, sector, level, processing_days) VALUES ('C.1', 'Chứng thực', 'COMMUNE', 1), ('C.2', 'Hộ tịch', 'COMMUNE', 2), ('C.5', 'Hộ tịch', 'COMMUNE', 5)`);
  editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RECEIVE = `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id dueAt pausedWorkingDays } }`;
const receive = async (receivedAt: string, procedureCode: string, channel = 'IN_PERSON') => {
  const res = await sg.request(RECEIVE, { input: { procedureCode, agencyId: COMMUNE, channel, applicantKind: 'CITIZEN', applicantName: 'Trần Thị Hoa', receivedAt } }, editor);
  expect(res.errors).toBeUndefined();
  return res.data.receiveDossier as { id: string; dueAt: string; pausedWorkingDays: number };
};
const SET = `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { day kind reason note source } }`;
const REMOVE = `mutation($day: Date!) { removeCalendarDay(day: $day) { day kind reason } }`;
const YEAR = `query($year: Int!) { workingCalendar(year: $year) { year workingDays daysOff workingSaturdays days { day kind reason note source } } }`;

const counts = async () =>
  (await db.query(`SELECT (SELECT count(*) FROM calendar_day)::int AS days, (SELECT count(*) FROM audit_log)::int AS audits, (SELECT count(*) FROM dossier)::int AS dossiers`)).rows[0];

/** The file read here, on its own, as a person checking it would: confirmed days of each year, never `possible_changes`. */
function fileDays(): Array<{ day: string; kind: string; year: number }> {
  const doc = parse(fs.readFileSync(FILE, 'utf8'));
  const out: Array<{ day: string; kind: string; year: number }> = [];
  for (const [year, y] of Object.entries<any>(doc.years)) {
    for (const d of y.days_off ?? []) if (d.confirmed === true) out.push({ day: d.date, kind: 'DAY_OFF', year: +year });
    for (const d of y.working_saturdays ?? []) if (d.confirmed === true) out.push({ day: d.date, kind: 'WORKING_SATURDAY', year: +year });
  }
  return out.sort((a, b) => a.day.localeCompare(b.day));
}
const weekdaysOf = (year: number) => {
  let n = 0;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) if (![0, 6].includes(new Date(t).getUTCDay())) n++;
  return n;
};

describe('the calendar in a migrated database', () => {
  test('holds every confirmed entry of the file, with its source, and no unconfirmed one', async () => {
    const { rows } = await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, source FROM calendar_day ORDER BY day`);
    expect(rows.map((r) => ({ day: r.day, kind: r.kind }))).toEqual(fileDays().map(({ day, kind }) => ({ day, kind })));
    expect(rows.length).toBeGreaterThan(120);
    for (const r of rows) expect(r.source).toMatch(/https?:\/\//);
    expect(rows.find((r) => r.day === '2026-11-24')).toBeUndefined(); // Culture Day: proposed, not law
  });

  test('workingCalendar(year) is public and its counts agree with the file', async () => {
    const file = fileDays();
    for (const year of [2016, 2018, 2019, 2020, 2024, 2026]) {
      const res = await sg.request(YEAR, { year });
      expect(res.errors).toBeUndefined();
      const off = file.filter((d) => d.year === year && d.kind === 'DAY_OFF').length;
      const sat = file.filter((d) => d.year === year && d.kind === 'WORKING_SATURDAY').length;
      expect(res.data.workingCalendar).toMatchObject({ year, daysOff: off, workingSaturdays: sat, workingDays: weekdaysOf(year) - off + sat });
      expect(res.data.workingCalendar.days.map((d: { day: string }) => d.day)).toEqual(file.filter((d) => d.day.startsWith(`${year}-`)).map((d) => d.day));
    }
    const y2019 = (await sg.request(YEAR, { year: 2019 })).data.workingCalendar;
    expect(y2019.days.find((d: { day: string }) => d.day === '2019-01-05')).toMatchObject({ kind: 'WORKING_SATURDAY', reason: expect.stringContaining('31/12/2018'), source: expect.stringContaining('plo.vn') });
    const bad = await sg.request(YEAR, { year: 1899 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  test('the SQL functions count exactly as the service does, every day 2016–2026', async () => {
    const calendar = new WorkingCalendar((await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`)).rows);
    const { rows } = await db.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS d, n, to_char(add_working_days(d::date, n), 'YYYY-MM-DD') AS due,
              working_days_between(d::date, d::date + n * 3) AS between, is_working_day(d::date) AS working
         FROM generate_series('2015-12-01'::date, '2026-12-31'::date, interval '1 day') d, unnest(ARRAY[0, 1, 2, 5, 15, 30]) n`,
    );
    expect(rows.length).toBe(4049 * 6);
    const wrong = rows.filter(
      (r) =>
        r.due !== calendar.addWorkingDays(r.d, r.n) ||
        r.between !== calendar.workingDaysBetween(r.d, new Date(Date.parse(r.d) + r.n * 3 * 86_400_000).toISOString().slice(0, 10)) ||
        r.working !== calendar.isWorkingDay(r.d),
    );
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe('promised dates follow the calendar', () => {
  test.each([
    ['Tết 2019: received Friday 1 Feb, 5 days; 4–8 Feb off', '2019-02-01T09:00:00+07:00', 'C.5', '2019-02-15'],
    ['Tết 2020: received Wednesday 22 Jan, 1 day; 23–29 Jan off', '2020-01-22T15:00:00+07:00', 'C.1', '2020-01-30'],
    ['year end 2018: swapped Monday 31 Dec and New Year off', '2018-12-28T10:00:00+07:00', 'C.1', '2019-01-02'],
    ['Saturday 5 Jan 2019 is worked (made up for 31 Dec)', '2019-01-04T10:00:00+07:00', 'C.1', '2019-01-05'],
    ['29 Apr 2019 swapped off, with 30 Apr and 1 May', '2019-04-26T10:00:00+07:00', 'C.1', '2019-05-02'],
    ['Saturday 4 May 2019 is worked (made up for 29 Apr)', '2019-05-03T10:00:00+07:00', 'C.1', '2019-05-04'],
    ['year end 2019: New Year 2020 off', '2019-12-31T10:00:00+07:00', 'C.2', '2020-01-03'],
    ['an online dossier on Tết day counts from the next working day', '2019-02-05T20:00:00+07:00', 'C.1', '2019-02-11', 'ONLINE'],
  ])('%s', async (_name, receivedAt, procedure, due, channel = 'IN_PERSON') => {
    expect((await receive(receivedAt, procedure, channel)).dueAt).toBe(due);
  });

  test('a supplement pause over the 2019 swap counts the worked Saturday and skips the days off', async () => {
    // Wed 24 Apr 2019, 5 days: 25, 26, (29, 30, 1 off), 2, 3, Sat 4 → due Sat 4 May.
    const d = await receive('2019-04-24T08:00:00+07:00', 'C.5');
    expect(d.dueAt).toBe('2019-05-04');
    const op = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { dueAt pausedWorkingDays } }`;
    const asked = await sg.request(op('requestSupplement', 'RequestSupplementInput'), { input: { dossierId: d.id, reason: 'Thiếu tờ khai', requestedAt: '2019-04-25T10:00:00+07:00' } }, editor);
    expect(asked.errors).toBeUndefined();
    // Open 25 Apr → Mon 6 May: 26 Apr, 2, 3, Sat 4, 6 May = 5 working days → due Fri 10 May.
    const resumed = await sg.request(op('resumeDossier', 'ResumeDossierInput'), { input: { dossierId: d.id, resumedAt: '2019-05-06T09:00:00+07:00' } }, editor);
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data.resumeDossier).toEqual({ dueAt: '2019-05-10', pausedWorkingDays: 5 });
  });
});

describe('editors change the calendar', () => {
  test('a day off set by an editor moves the due date of dossiers received later, not of those received before', async () => {
    const before = await receive('2020-06-12T09:00:00+07:00', 'C.1'); // Friday, 1 day → Monday 15 June
    expect(before.dueAt).toBe('2020-06-15');
    const audits = (await counts()).audits;
    const set = await sg.request(SET, { input: { day: '2020-06-15', kind: 'DAY_OFF', reason: 'Nghỉ bù (thử nghiệm)', source: 'Công văn số 1/UBND' } }, editor);
    expect(set.errors).toBeUndefined();
    expect(set.data.setCalendarDay).toEqual({ day: '2020-06-15', kind: 'DAY_OFF', reason: 'Nghỉ bù (thử nghiệm)', note: null, source: 'Công văn số 1/UBND' });
    expect((await receive('2020-06-12T10:00:00+07:00', 'C.1')).dueAt).toBe('2020-06-16');
    const kept = await db.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS due FROM dossier WHERE id = $1`, [before.id]);
    expect(kept.rows[0].due).toBe('2020-06-15');

    const { rows } = await db.query(`SELECT operation, object_type, object_ids, before, after FROM audit_log WHERE operation = 'setCalendarDay' ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({ object_type: 'CalendarDay', object_ids: ['2020-06-15'], before: null, after: { day: '2020-06-15', kind: 'DAY_OFF' } });
    // setCalendarDay + receiveDossier: one audit row each.
    expect((await counts()).audits - audits).toBe(2);

    // The same entry again changes nothing and audits nothing.
    const again = await counts();
    expect((await sg.request(SET, { input: { day: '2020-06-15', kind: 'DAY_OFF', reason: 'Nghỉ bù (thử nghiệm)', source: 'Công văn số 1/UBND' } }, editor)).errors).toBeUndefined();
    expect(await counts()).toEqual(again);

    // A worked Saturday: Friday with 1 day is due that Saturday.
    expect((await sg.request(SET, { input: { day: '2020-06-13', kind: 'WORKING_SATURDAY', reason: 'Làm bù (thử nghiệm)' } }, editor)).errors).toBeUndefined();
    expect((await receive('2020-06-12T11:00:00+07:00', 'C.1')).dueAt).toBe('2020-06-13');

    for (const day of ['2020-06-13', '2020-06-15']) {
      const removed = await sg.request(REMOVE, { day }, editor);
      expect(removed.errors).toBeUndefined();
      expect(removed.data.removeCalendarDay.day).toBe(day);
    }
    expect((await receive('2020-06-12T12:00:00+07:00', 'C.1')).dueAt).toBe('2020-06-15');
    const removedAudit = await db.query(`SELECT before, after FROM audit_log WHERE operation = 'removeCalendarDay' ORDER BY id DESC LIMIT 1`);
    expect(removedAudit.rows[0]).toMatchObject({ before: { day: '2020-06-15', kind: 'DAY_OFF' }, after: null });
  });

  test.each([
    ['a Sunday as a worked Saturday', { day: '2019-01-06', kind: 'WORKING_SATURDAY', reason: 'x' }, 'day', /Sunday/],
    ['a Friday as a worked Saturday', { day: '2019-01-04', kind: 'WORKING_SATURDAY', reason: 'x' }, 'day', /Friday/],
    ['a Saturday as a day off', { day: '2019-01-12', kind: 'DAY_OFF', reason: 'x' }, 'day', /rest day already/],
    ['a date that does not exist', { day: '2019-02-30', kind: 'DAY_OFF', reason: 'x' }, 'day', /YYYY-MM-DD/],
    ['a year out of range', { day: '1899-01-02', kind: 'DAY_OFF', reason: 'x' }, 'day', /2000/],
    ['an empty reason', { day: '2019-03-04', kind: 'DAY_OFF', reason: '   ' }, 'reason', /empty/],
    ['an unknown kind', { day: '2019-03-04', kind: 'HALF_DAY', reason: 'x' }, 'kind', /HALF_DAY/],
  ])('refused with nothing written: %s', async (_name, input, field, message) => {
    const before = await counts();
    const res = await sg.request(SET, { input }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  test('removing a day the calendar does not list is refused naming the day', async () => {
    const before = await counts();
    const res = await sg.request(REMOVE, { day: '2019-03-05' }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
    expect(await counts()).toEqual(before);
  });

  test('only editors of this subgraph for the whole province may change it', async () => {
    const before = await counts();
    const input = { day: '2020-07-06', kind: 'DAY_OFF', reason: 'x' };
    const tokens = {
      FORBIDDEN: [await tokenFor({ roles: ['analyst'] }), await tokenFor({ roles: ['editor'], subgraph: 'civil-servants' }), await tokenFor({ roles: ['editor'], subgraph: 'egov-services', agency: COMMUNE })],
      UNAUTHENTICATED: [undefined],
    };
    for (const [code, list] of Object.entries(tokens)) {
      for (const token of list) {
        expect((await sg.request(SET, { input }, token)).errors?.[0].extensions?.code).toBe(code);
        expect((await sg.request(REMOVE, { day: '2019-01-01' }, token)).errors?.[0].extensions?.code).toBe(code);
      }
    }
    expect(await counts()).toEqual(before);
  });
});

describe('npm run import -- egov-services calendar-days', () => {
  async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)('node', [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/import.ts'), ...args], { env: sg.env, cwd: REPO_ROOT });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  test('a file with errors writes nothing and names every row and column', async () => {
    const before = await counts();
    const bad = file(
      'bad.csv',
      `day,kind,reason,note,source
2027-01-03,WORKING_SATURDAY,Làm bù,,
30/02/2027,DAY_OFF,Không có ngày này,,
2027-02-08,DAY_OFF,,,
2027-02-09,DAY_OFF,Tết,,
2027-02-09,DAY_OFF,Tết lần hai,,
2027-02-10,NGHI,Tết,,
`,
    );
    const res = await cli('egov-services', 'calendar-days', bad, '--json');
    expect(res.code).toBe(1);
    const report = JSON.parse(res.stdout);
    expect(report.committed).toBe(false);
    expect(report.errors.map((e: { row: number; column?: string }) => [e.row, e.column ?? null])).toEqual([
      [2, 'day'],
      [3, 'day'],
      [4, 'reason'],
      [6, null],
      [7, 'kind'],
    ]);
    expect(report.errors[0].message).toMatch(/Sunday/);
    expect(await counts()).toEqual(before);
  }, 60_000);

  test('round trip: imported days are listed and count; the same file again changes nothing', async () => {
    const good = file(
      'lich-2027.csv',
      `day,kind,reason,note,source
2027-02-08,DAY_OFF,Tết Nguyên đán Đinh Mùi (thử),,"Công văn thử, số 1"
06/02/2027,WORKING_SATURDAY,Làm bù (thử),Hoán đổi,
2019-01-01,DAY_OFF,Tết Dương lịch,,
`,
    );
    const before = await counts();
    const first = await cli('egov-services', 'calendar-days', good, '--json');
    expect(first.code).toBe(0);
    // 2019-01-01 was already listed (from the file, with its reason): its reason changes, its source is cleared.
    expect(JSON.parse(first.stdout)).toMatchObject({ committed: true, inserted: 2, updated: 1, unchanged: 0, errors: [] });
    expect(await counts()).toEqual({ ...before, days: before.days + 2, audits: before.audits + 1 });

    const y2027 = (await sg.request(YEAR, { year: 2027 })).data.workingCalendar;
    expect(y2027.days).toEqual([
      { day: '2027-02-06', kind: 'WORKING_SATURDAY', reason: 'Làm bù (thử)', note: 'Hoán đổi', source: null },
      { day: '2027-02-08', kind: 'DAY_OFF', reason: 'Tết Nguyên đán Đinh Mùi (thử)', note: null, source: 'Công văn thử, số 1' },
    ]);
    expect(y2027.workingDays).toBe(weekdaysOf(2027) - 1 + 1);
    const { rows } = await db.query(`SELECT operation, object_ids, after FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({ operation: 'import:calendar-days', after: { file: 'lich-2027.csv', inserted: 2, updated: 1 } });
    expect([...rows[0].object_ids].sort()).toEqual(['2019-01-01', '2027-02-06', '2027-02-08']);

    const again = await cli('egov-services', 'calendar-days', good, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 3 });
    expect(await counts()).toEqual({ ...before, days: before.days + 2, audits: before.audits + 1 });
  }, 60_000);
});
