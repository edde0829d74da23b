import type { Client } from 'pg';

/**
 * The dossier summaries against the dossiers themselves, counted here in plain terms (local UTC+7
 * years, the recorded outcome) independently of the summaries' own SQL.
 */
export const localYear = (col: string) => `extract(year FROM ${col} AT TIME ZONE 'UTC' + interval '7 hours')::int`;
export const FACTS = `SELECT year, agency_id::text, unit_code, procedure_code, channel, sum(rc)::int AS received, sum(rs)::int AS resolved, sum(ot)::int AS on_time
  FROM (SELECT ${localYear('received_at')} AS year, agency_id, unit_code, procedure_code, channel, 1 AS rc, 0 AS rs, 0 AS ot FROM dossier
        UNION ALL
        SELECT ${localYear('resolved_at')}, agency_id, unit_code, procedure_code, channel, 0, 1, (outcome IN ('EARLY', 'ON_TIME'))::int FROM dossier WHERE status = 'RESOLVED') e
 GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
export const SUMMARY = `SELECT year::int, agency_id::text, unit_code, procedure_code, channel, received, resolved, resolved_on_time AS on_time
  FROM dossier_year_rollup ORDER BY 1, 2, 3, 4, 5`;

/** The same facts per year × agency × channel, against the per-agency summary (kept by triggers on the yearly one). */
export const AGENCY_FACTS = `SELECT year, agency_id, channel, sum(received)::int AS received, sum(resolved)::int AS resolved, sum(on_time)::int AS on_time
  FROM (${FACTS}) f GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
export const AGENCY_SUMMARY = `SELECT year::int, agency_id::text, channel, received, resolved, resolved_on_time AS on_time
  FROM dossier_agency_year_rollup ORDER BY 1, 2, 3`;

export const UNIT_FACTS = `SELECT year, unit_code, channel, sum(received)::int AS received, sum(resolved)::int AS resolved, sum(on_time)::int AS on_time
  FROM (${FACTS}) f GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
export const UNIT_SUMMARY = `SELECT year::int, unit_code, channel, received, resolved, resolved_on_time AS on_time FROM dossier_unit_year_rollup ORDER BY 1, 2, 3`;

/** Overdue and in progress at the end of every ended year the summary covers, counted from the dossiers and their supplement requests. */
export const OVERDUE_FACTS = `WITH y AS (SELECT y::int AS year, make_timestamptz(y::int + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh') AS ends
                FROM generate_series(2010, (SELECT year FROM dossier_overdue_through)) y)
  SELECT y.year, d.agency_id::text, d.unit_code, count(*)::int AS overdue
    FROM y JOIN dossier d ON d.received_at < y.ends AND (d.closed_at IS NULL OR d.closed_at >= y.ends) AND d.due_on < (y.ends AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1
   WHERE NOT EXISTS (SELECT 1 FROM supplement_request r WHERE r.dossier_id = d.id AND r.opened_at < y.ends AND (r.closed_at IS NULL OR r.closed_at >= y.ends))
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
export const OVERDUE_SUMMARY = `SELECT year::int, agency_id::text, unit_code, overdue FROM dossier_overdue_rollup WHERE overdue <> 0 ORDER BY 1, 2, 3`;

/** The same events per local month × agency × unit × channel, against the monthly summary (its own triggers on dossier). */
const localMonth = (col: string) => `to_char(${col} AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM')`;
export const MONTH_FACTS = `SELECT month, agency_id::text, unit_code, channel, sum(rc)::int AS received, sum(rs)::int AS resolved, sum(ot)::int AS on_time
  FROM (SELECT ${localMonth('received_at')} AS month, agency_id, unit_code, channel, 1 AS rc, 0 AS rs, 0 AS ot FROM dossier
        UNION ALL
        SELECT ${localMonth('resolved_at')}, agency_id, unit_code, channel, 0, 1, (outcome IN ('EARLY', 'ON_TIME'))::int FROM dossier WHERE status = 'RESOLVED') e
 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
export const MONTH_SUMMARY = `SELECT to_char(month, 'YYYY-MM') AS month, agency_id::text, unit_code, channel, received, resolved, resolved_on_time AS on_time
  FROM dossier_month_rollup ORDER BY 1, 2, 3, 4`;

export async function expectSummaryEqualsFacts(db: Client): Promise<number> {
  const facts = await db.query(FACTS);
  const summary = await db.query(SUMMARY);
  expect(summary.rows).toEqual(facts.rows);
  expect((await db.query(AGENCY_SUMMARY)).rows).toEqual((await db.query(AGENCY_FACTS)).rows);
  expect((await db.query(UNIT_SUMMARY)).rows).toEqual((await db.query(UNIT_FACTS)).rows);
  expect((await db.query(OVERDUE_SUMMARY)).rows).toEqual((await db.query(OVERDUE_FACTS)).rows);
  expect((await db.query(MONTH_SUMMARY)).rows).toEqual((await db.query(MONTH_FACTS)).rows);
  return facts.rows.length;
}
