import { Migration } from '@mikro-orm/migrations';

/** The instant year `y` ends in the province (UTC+7), as service delivery takes it. */
const END = (y: string) => `((make_date(${y}, 12, 31) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

/**
 * The overdue summary's refresh (Migration20261201140000) matched its dossiers with `= ANY(ids)`.
 * Inside PL/pgSQL the array is a parameter, which PostgreSQL does not hash: a seed's COPY hands it
 * hundreds of thousands of ids, and each row of `dossier` was compared with each of them (the
 * scale-10 seed's supplement requests stalled on it). Joined to `unnest(ids)` the same rows are
 * matched by a hash or an index, whatever the number of ids (the ids go through a session's temporary
 * table, analysed, so the planner knows how many there are); what is counted is unchanged.
 */
export class Migration20261202120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION dossier_overdue_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE through int := (SELECT year FROM dossier_overdue_through);
      BEGIN
        IF through IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        IF to_regclass('pg_temp.dossier_overdue_ids') IS NULL THEN
          CREATE TEMP TABLE dossier_overdue_ids (id uuid PRIMARY KEY) ON COMMIT DELETE ROWS;
        END IF;
        TRUNCATE dossier_overdue_ids;
        INSERT INTO dossier_overdue_ids SELECT DISTINCT unnest(ids);
        ANALYZE dossier_overdue_ids;
        INSERT INTO dossier_overdue_rollup AS r (year, agency_id, unit_code, overdue)
          SELECT o.year, o.agency_id, o.unit_code, -count(*) FROM dossier_overdue_year o JOIN dossier_overdue_ids i ON i.id = o.dossier_id
           GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (year, agency_id, unit_code) DO UPDATE SET overdue = r.overdue + excluded.overdue;
        DELETE FROM dossier_overdue_year o USING dossier_overdue_ids i WHERE o.dossier_id = i.id;
        -- Only a dossier still open at the end of the year it was received can be open at any year's end.
        INSERT INTO dossier_overdue_year (dossier_id, year, agency_id, unit_code)
          SELECT d.id, y, d.agency_id, d.unit_code
            FROM dossier_overdue_ids i JOIN dossier d ON d.id = i.id
            CROSS JOIN LATERAL dossier_overdue_years(d.id, d.received_year, d.received_at, d.closed_at, d.due_on, through) y
           WHERE coalesce(d.closed_at, 'infinity') >= ${END('d.received_year')} AND d.received_year <= through;
        INSERT INTO dossier_overdue_rollup AS r (year, agency_id, unit_code, overdue)
          SELECT o.year, o.agency_id, o.unit_code, count(*) FROM dossier_overdue_year o JOIN dossier_overdue_ids i ON i.id = o.dossier_id
           GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (year, agency_id, unit_code) DO UPDATE SET overdue = r.overdue + excluded.overdue;
        TRUNCATE dossier_overdue_ids;
      END $$`);
  }
}
