import type { RollupDb, SubgraphRollups } from '@par/platform';
import { insertAppointmentSummarySql, insertStaffGroupSql, insertStaffSummarySql, insertTrainingYearsSql, REPORTED_WINDOW_SQL } from './workforce-rollup.sql';

/**
 * The civil-servants summaries (issue 17): training kinds per person and year, staff per year at
 * the grain of the workforce figures, the same folded to agency × unit × category for the plan's
 * measures, and appointments judged against their standards. Every write that changes the
 * facts calls `refreshWorkforceRollups` in its own transaction, before it commits.
 */

/** Summary writers queue one behind another (readers never wait), so each recomputes from every fact committed before it. */
const LOCK = 'LOCK TABLE staff_year_summary, staff_group_year, appointment_year_summary, training_person_year, rollup_window IN SHARE ROW EXCLUSIVE MODE';

async function window(db: RollupDb): Promise<{ wanted: { first: number | null; last: number | null }; stored: { first: number; last: number } | null }> {
  const [wanted] = await db.query<{ first: number | null; last: number | null }>(REPORTED_WINDOW_SQL);
  const [stored] = await db.query<{ first: number; last: number }>(`SELECT first_year AS first, last_year AS last FROM rollup_window WHERE name = 'staff'`);
  return { wanted, stored: stored ?? null };
}

/** Every summary from the facts. */
async function rebuildAll(db: RollupDb): Promise<Record<string, number>> {
  await db.query(LOCK);
  await db.query('DELETE FROM training_person_year');
  await db.query('DELETE FROM staff_year_summary');
  await db.query('DELETE FROM staff_group_year');
  await db.query('DELETE FROM appointment_year_summary');
  await db.query(`DELETE FROM rollup_window WHERE name = 'staff'`);
  await db.query(insertTrainingYearsSql('true'));
  const { wanted } = await window(db);
  if (wanted.first !== null && wanted.last !== null) {
    await db.query(`INSERT INTO rollup_window (name, first_year, last_year) VALUES ('staff', $1, $2)`, [wanted.first, wanted.last]);
    await db.query(insertStaffSummarySql('true'));
    await db.query(insertStaffGroupSql('true'));
  }
  await db.query(insertAppointmentSummarySql('true'));
  const [n] = await db.query<{ training: number; staff: number; groups: number; appointments: number }>(
    `SELECT (SELECT count(*) FROM training_person_year)::int AS training, (SELECT count(*) FROM staff_year_summary)::int AS staff,
            (SELECT count(*) FROM staff_group_year)::int AS groups, (SELECT count(*) FROM appointment_year_summary)::int AS appointments`,
  );
  return { training_person_year: n.training, staff_year_summary: n.staff, staff_group_year: n.groups, appointment_year_summary: n.appointments };
}

/**
 * Brings the summaries of `people` (their training) and of `agencies` (and the people's current
 * agencies: their staff) up to date with the facts. Pass the agencies a person left, too. When the
 * write opened or closed a reported year, every agency's figures change: everything is rebuilt.
 */
export async function refreshWorkforceRollups(db: RollupDb, changed: { people?: readonly string[]; agencies?: readonly string[] }): Promise<void> {
  const people = [...new Set(changed.people ?? [])];
  await db.query(LOCK);
  const { wanted, stored } = await window(db);
  if (wanted.first !== stored?.first || wanted.last !== stored?.last) {
    await rebuildAll(db);
    return;
  }
  if (people.length) {
    await db.query('DELETE FROM training_person_year WHERE civil_servant_id = ANY($1::uuid[])', [people]);
    await db.query(insertTrainingYearsSql('tc.civil_servant_id = ANY($1::uuid[])'), [people]);
  }
  const rows = await db.query<{ id: string }>(
    'SELECT DISTINCT agency_id AS id FROM civil_servant WHERE id = ANY($1::uuid[]) UNION SELECT unnest($2::uuid[])',
    [people, [...(changed.agencies ?? [])]],
  );
  const agencies = rows.map((r) => r.id);
  if (!agencies.length) return;
  await db.query('DELETE FROM staff_year_summary WHERE agency_id = ANY($1::uuid[])', [agencies]);
  await db.query(insertStaffSummarySql('cs.agency_id = ANY($1::uuid[])'), [agencies]);
  await db.query('DELETE FROM staff_group_year WHERE agency_id = ANY($1::uuid[])', [agencies]);
  await db.query(insertStaffGroupSql('x.agency_id = ANY($1::uuid[])'), [agencies]);
  await db.query('DELETE FROM appointment_year_summary WHERE agency_id = ANY($1::uuid[])', [agencies]);
  await db.query(insertAppointmentSummarySql('cs.agency_id = ANY($1::uuid[])'), [agencies]);
}

export const workforceRollups: SubgraphRollups = { rebuild: rebuildAll };
