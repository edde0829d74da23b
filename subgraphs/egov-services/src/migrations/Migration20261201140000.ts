import { Migration } from '@mikro-orm/migrations';

/** The instant year `y` ends in the province (UTC+7), as service delivery takes it. */
const END = (y: string) => `((make_date(${y}, 12, 31) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

/**
 * Dossiers overdue and still in progress at the end of each year that has ended (issue 17).
 * Service delivery read them from every dossier open at that instant, which grows with the
 * province's dossiers (a tenth of a million open at a year's end at ten provinces' data). A year
 * that has ended no longer changes but through a write to one of its dossiers, so:
 *  - `dossier_overdue_year` holds, per dossier, the ended years at whose end it was overdue and in
 *    progress (received before, not closed by then, its promised day passed, no supplement request
 *    pausing it at that instant), with the agency and unit it counted for;
 *  - `dossier_overdue_rollup` counts them per year × agency × unit (a count that fell to zero stays,
 *    as zero: finding it again would cost every write a pass over the summary);
 *  - statement triggers on `dossier` and `supplement_request` recompute the dossiers a write
 *    touched, in the writer's transaction (a dossier open across no year's end has nothing to do);
 *  - `dossier_overdue_through` is the last ended year covered. Service delivery reads the summary
 *    up to it and counts the dossiers themselves after it (the current year, whose instant is
 *    today, and any year that ended since the summary was last rebuilt: correct, only slower until
 *    `npm run rollup:rebuild -- egov-services` moves the mark to the year just ended).
 */
export class Migration20261201140000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE dossier_overdue_year (
      dossier_id uuid NOT NULL,
      year smallint NOT NULL,
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      PRIMARY KEY (dossier_id, year)
    )`);
    this.addSql(`CREATE TABLE dossier_overdue_rollup (
      year smallint NOT NULL,
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      overdue int NOT NULL,
      PRIMARY KEY (year, agency_id, unit_code)
    )`);
    this.addSql('CREATE INDEX dossier_overdue_rollup_unit_idx ON dossier_overdue_rollup (year, unit_code)');
    this.addSql('CREATE TABLE dossier_overdue_through (year smallint NOT NULL, one boolean PRIMARY KEY DEFAULT true CHECK (one))');

    // The ended years (up to `through`) at whose end the dossier was overdue and in progress.
    this
      .addSql(`CREATE FUNCTION dossier_overdue_years(dossier uuid, received_year smallint, received_at timestamptz, closed_at timestamptz, due_on date, through int)
      RETURNS SETOF smallint LANGUAGE sql STABLE AS $$
        SELECT y::smallint FROM generate_series(received_year::int, through) y
         WHERE received_at < ${END('y')} AND coalesce(closed_at, 'infinity') >= ${END('y')} AND due_on < make_date(y, 12, 31)
           AND NOT EXISTS (SELECT 1 FROM supplement_request r WHERE r.dossier_id = dossier AND r.opened_at < ${END('y')}
                             AND coalesce(r.closed_at, 'infinity') >= ${END('y')})
    $$`);
    // Recomputes the dossiers `ids` (those that no longer exist just leave): out with what they counted, in with what they count.
    this.addSql(`CREATE FUNCTION dossier_overdue_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE through int := (SELECT year FROM dossier_overdue_through);
      BEGIN
        IF through IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        INSERT INTO dossier_overdue_rollup AS r (year, agency_id, unit_code, overdue)
          SELECT year, agency_id, unit_code, -count(*) FROM dossier_overdue_year WHERE dossier_id = ANY(ids) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (year, agency_id, unit_code) DO UPDATE SET overdue = r.overdue + excluded.overdue;
        DELETE FROM dossier_overdue_year WHERE dossier_id = ANY(ids);
        -- Only a dossier still open at the end of the year it was received can be open at any year's end.
        INSERT INTO dossier_overdue_year (dossier_id, year, agency_id, unit_code)
          SELECT d.id, y, d.agency_id, d.unit_code
            FROM dossier d CROSS JOIN LATERAL dossier_overdue_years(d.id, d.received_year, d.received_at, d.closed_at, d.due_on, through) y
           WHERE d.id = ANY(ids) AND coalesce(d.closed_at, 'infinity') >= ${END('d.received_year')} AND d.received_year <= through;
        INSERT INTO dossier_overdue_rollup AS r (year, agency_id, unit_code, overdue)
          SELECT year, agency_id, unit_code, count(*) FROM dossier_overdue_year WHERE dossier_id = ANY(ids) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (year, agency_id, unit_code) DO UPDATE SET overdue = r.overdue + excluded.overdue;
      END $$`);
    // Rows that cannot be open at any year's end are left out before the ids are gathered: a seed's COPY passes millions.
    const candidates = (rows: string) => `SELECT id FROM ${rows} x WHERE coalesce(x.closed_at, 'infinity') >= ${END('x.received_year')}`;
    this.addSql(`CREATE FUNCTION dossier_overdue_on_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN PERFORM dossier_overdue_refresh(ARRAY(${candidates('new_rows')}));
        ELSIF TG_OP = 'DELETE' THEN PERFORM dossier_overdue_refresh(ARRAY(SELECT dossier_id FROM dossier_overdue_year WHERE dossier_id IN (SELECT id FROM old_rows)));
        ELSE PERFORM dossier_overdue_refresh(ARRAY(
          SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
           WHERE (n.received_at, n.closed_at, n.due_on, n.agency_id, n.unit_code) IS DISTINCT FROM (o.received_at, o.closed_at, o.due_on, o.agency_id, o.unit_code)
             AND (coalesce(n.closed_at, 'infinity') >= ${END('n.received_year')} OR coalesce(o.closed_at, 'infinity') >= ${END('o.received_year')})));
        END IF;
        RETURN NULL;
      END $$`);
    this.addSql(`CREATE FUNCTION dossier_overdue_on_supplement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN PERFORM dossier_overdue_refresh(ARRAY(SELECT DISTINCT dossier_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN PERFORM dossier_overdue_refresh(ARRAY(SELECT DISTINCT dossier_id FROM old_rows));
        ELSE PERFORM dossier_overdue_refresh(ARRAY(SELECT dossier_id FROM new_rows UNION SELECT dossier_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['dossier', 'dossier_overdue_on_dossier'],
      ['supplement_request', 'dossier_overdue_on_supplement'],
    ]) {
      this.addSql(
        `CREATE TRIGGER ${table}_overdue_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      this.addSql(
        `CREATE TRIGGER ${table}_overdue_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      this.addSql(
        `CREATE TRIGGER ${table}_overdue_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
    this.addSql(`CREATE FUNCTION dossier_overdue_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE dossier_overdue_year, dossier_overdue_rollup; RETURN NULL; END $$`);
    this.addSql('CREATE TRIGGER dossier_overdue_truncate AFTER TRUNCATE ON dossier FOR EACH STATEMENT EXECUTE FUNCTION dossier_overdue_truncate()');

    // Everything again, up to the year just ended (the mark moves here); the share lock holds writers back meanwhile.
    this.addSql(`CREATE FUNCTION dossier_overdue_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE n bigint;
      BEGIN
        LOCK TABLE dossier, supplement_request IN SHARE MODE;
        TRUNCATE dossier_overdue_year, dossier_overdue_rollup;
        DELETE FROM dossier_overdue_through;
        INSERT INTO dossier_overdue_through (year) VALUES (extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 1);
        PERFORM dossier_overdue_refresh(ARRAY(${candidates('dossier')}));
        SELECT count(*) INTO n FROM dossier_overdue_rollup;
        RETURN n;
      END $$`);
    this.addSql('SELECT dossier_overdue_rebuild()');
  }
}
