import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '@par/platform';
import { tokenFor } from '@par/platform/testing';
import { startContractHub, type ContractHub } from './support';

/**
 * The working calendar through the gateway, against the published calendar read here on its own
 * (`subgraphs/egov-services/data/vn-civil-service-calendar.yaml`, confirmed entries only): every
 * year's days as the file lists them, and promised dates of dossiers received through the gateway
 * on dates from the file (Tết, a swapped Saturday, a year boundary) counted by this test's own
 * working-day arithmetic: from the next working day after receipt, days off skipped, worked
 * Saturdays counted.
 */
const FILE = path.join(REPO_ROOT, 'subgraphs/egov-services/data/vn-civil-service-calendar.yaml');
const DAY = 86_400_000;

interface FileDay {
  date: string;
  confirmed?: boolean;
}
const years: Record<string, { days_off?: FileDay[]; working_saturdays?: FileDay[] }> = parse(fs.readFileSync(FILE, 'utf8')).years;
const confirmed = (list: FileDay[] | undefined) => (list ?? []).filter((d) => d.confirmed === true).map((d) => String(d.date));
const OFF = new Set(Object.values(years).flatMap((y) => confirmed(y.days_off)));
const WORKED_SATURDAYS = new Set(Object.values(years).flatMap((y) => confirmed(y.working_saturdays)));

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
function working(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return WORKED_SATURDAYS.has(day);
  return weekday !== 0 && !OFF.has(day);
}
/** The `n`-th working day after `day`. */
function due(day: string, n: number): string {
  let t = Date.parse(`${day}T00:00:00Z`);
  for (let left = n; left > 0;) if (working(iso((t += DAY)))) left--;
  return iso(t);
}

let hub: ContractHub;
let editor: string;

beforeAll(async () => {
  hub = await startContractHub({ scale: 0.005 });
  editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
}, 180_000);
afterAll(() => hub?.close());

test("workingCalendar(year) through the gateway lists the file's confirmed days of every year 2016–2026, with their counts", async () => {
  expect(Object.keys(years).length).toBe(11);
  for (const year of Object.keys(years).map(Number)) {
    const res = await hub.request(
      `query($year: Int!) { workingCalendar(year: $year) { year workingDays daysOff workingSaturdays days { day kind source } } }`,
      { year },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.workingCalendar;
    const off = confirmed(years[year].days_off);
    const saturdays = confirmed(years[year].working_saturdays);
    let weekdays = 0;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) if (![0, 6].includes(new Date(t).getUTCDay())) weekdays++;
    expect({ year, daysOff: c.daysOff, workingSaturdays: c.workingSaturdays, workingDays: c.workingDays }).toEqual({
      year,
      daysOff: off.length,
      workingSaturdays: saturdays.length,
      workingDays: weekdays - off.length + saturdays.length,
    });
    const byKind = (kind: string) => c.days.filter((d: { kind: string }) => d.kind === kind).map((d: { day: string }) => d.day);
    expect(byKind('DAY_OFF')).toEqual([...off].sort());
    expect(byKind('WORKING_SATURDAY')).toEqual([...saturdays].sort());
    expect(c.days.every((d: { source: string }) => /https?:\/\//.test(d.source))).toBe(true);
  }
});

describe('dossiers received through the gateway are promised the date the file gives', () => {
  let procedure: { code: string; agency_id: string; processing_days: number };
  beforeAll(async () => {
    [procedure] = await hub.sql(
      'egov-services',
      `SELECT p.code, p.agency_id, p.processing_days FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id
        WHERE p.processing_days BETWEEN 3 AND 10 ORDER BY p.code LIMIT 1`,
    );
    expect(procedure).toBeDefined();
  });

  test.each([
    ['on the last working day before Tết 2019 (4–8 Feb off)', '2019-02-01'],
    ['on the Friday before the worked Saturday 5 Jan 2019 (made up for Monday 31 Dec 2018)', '2019-01-04'],
    ['at the 2018/2019 year boundary (31 Dec swapped off, 1 Jan a holiday)', '2018-12-28'],
    ['before Tết 2020 (23–29 Jan off)', '2020-01-21'],
  ])('%s', async (_name, day) => {
    const res = await hub.request(
      `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id dueAt } }`,
      {
        input: {
          procedureCode: procedure.code,
          agencyId: procedure.agency_id,
          channel: 'IN_PERSON',
          applicantKind: 'CITIZEN',
          applicantName: 'Trần Thị Kiểm Thử',
          receivedAt: `${day}T10:00:00+07:00`,
        },
      },
      editor,
    );
    expect(res.errors).toBeUndefined();
    const expected = due(day, procedure.processing_days);
    // The span crosses the days the file lists, so the plain weekday count would differ.
    let weekdaysOnly = Date.parse(`${day}T00:00:00Z`);
    for (let left = procedure.processing_days; left > 0;) if (![0, 6].includes(new Date((weekdaysOnly += DAY)).getUTCDay())) left--;
    expect(expected).not.toBe(iso(weekdaysOnly));
    expect(res.data.receiveDossier.dueAt).toBe(expected);
  });
});
