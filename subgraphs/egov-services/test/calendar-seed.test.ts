import { Client } from 'pg';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';

/**
 * The sample data keeps the calendar: one-stop offices receive nothing in person or by post on a
 * day they are closed, do receive on worked Saturdays, and every promised date and supplement
 * pause is counted with the calendar table. Checked in SQL over every seeded dossier.
 */
let sg: TestSubgraph;
let db: Client;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices, { seed: { scale: 0.01 } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

/** Closed: a listed day off, a Sunday, or a Saturday not listed as worked (written out here, not through the hub's function). */
const CLOSED = (col: string) => `(EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = ${col} AND c.kind = 'DAY_OFF')
  OR extract(isodow FROM ${col}) = 7
  OR (extract(isodow FROM ${col}) = 6 AND NOT EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = ${col} AND c.kind = 'WORKING_SATURDAY')))`;

test('no in-person or postal dossier is received on a day the offices are closed; worked Saturdays receive', async () => {
  const { rows } = await db.query(`SELECT
      count(*) FILTER (WHERE channel <> 'ONLINE')::int AS counter,
      count(*) FILTER (WHERE channel <> 'ONLINE' AND ${CLOSED('received_on')})::int AS on_closed_days,
      count(*) FILTER (WHERE channel = 'ONLINE' AND ${CLOSED('received_on')})::int AS online_on_closed_days,
      count(*) FILTER (WHERE channel <> 'ONLINE' AND received_on IN ('2019-01-05', '2019-05-04'))::int AS on_worked_saturdays,
      count(*) FILTER (WHERE channel <> 'ONLINE' AND received_on BETWEEN '2019-02-04' AND '2019-02-08')::int AS at_tet_2019
    FROM dossier`);
  expect(rows[0].counter).toBeGreaterThan(10_000);
  expect(rows[0].on_closed_days).toBe(0);
  expect(rows[0].at_tet_2019).toBe(0);
  expect(rows[0].on_worked_saturdays).toBeGreaterThan(0);
  // Online services do not close: dossiers keep arriving on holidays.
  expect(rows[0].online_on_closed_days).toBeGreaterThan(0);
});

test('promised dates and supplement pauses are counted with the calendar', async () => {
  const { rows } = await db.query(`SELECT
      count(*)::int AS dossiers,
      count(*) FILTER (WHERE d.due_on <> add_working_days(d.received_on, p.processing_days + d.paused_days))::int AS wrong_due,
      (SELECT count(*) FROM supplement_request s WHERE s.closed_at IS NOT NULL
          AND s.paused_days <> working_days_between((s.opened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, (s.closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))::int AS wrong_pauses,
      (SELECT count(*) FROM supplement_request WHERE closed_at IS NOT NULL)::int AS pauses
    FROM dossier d JOIN procedure_ref p ON p.code = d.procedure_code`);
  expect(rows[0].dossiers).toBeGreaterThan(10_000);
  expect(rows[0].pauses).toBeGreaterThan(100);
  expect(rows[0]).toMatchObject({ wrong_due: 0, wrong_pauses: 0 });
  // A promise made just before Tết 2020 lands after it: nothing is due on 23–29 January.
  const tet = await db.query(`SELECT count(*)::int AS n FROM dossier WHERE due_on BETWEEN '2020-01-23' AND '2020-01-29' AND due_on > received_on`);
  expect(tet.rows[0].n).toBe(0);
});
