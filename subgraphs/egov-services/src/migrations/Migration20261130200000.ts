import { Migration } from '@mikro-orm/migrations';

const KEY = 'year, agency_id, unit_code, procedure_code, channel';

/** What the summary reads of a dossier row `x`; also the columns `dossier_rollup_events` takes. */
const COLUMNS = (x: string) => ['received_year', 'resolved_year', 'resolved_on', 'due_on', 'agency_id', 'unit_code', 'procedure_code', 'channel'].map((c) => `${x}.${c}`).join(', ');

/**
 * One statement folding the changed dossiers into the summary: `source` yields dossier columns
 * and a sign, +1 for a row as it now is and -1 for a row as it was, so an update adds its
 * difference and a write that changes no counted column (a supplement request, a version bump)
 * touches nothing.
 */
const fold = (source: string) => `
  INSERT INTO dossier_year_rollup AS r (${KEY}, received, resolved, resolved_on_time)
  SELECT e.year, c.agency_id, c.unit_code, c.procedure_code, c.channel,
         sum(c.sign * e.received), sum(c.sign * e.resolved), sum(c.sign * e.resolved_on_time)
    FROM (${source}) c CROSS JOIN LATERAL dossier_rollup_events(c.received_year, c.resolved_year, c.resolved_on, c.due_on) e
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(c.sign * e.received) <> 0 OR sum(c.sign * e.resolved) <> 0 OR sum(c.sign * e.resolved_on_time) <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (${KEY}) DO UPDATE SET received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
                                     resolved_on_time = r.resolved_on_time + excluded.resolved_on_time;`;

/**
 * Dossier figures kept with the dossiers (issue 17): per year × receiving agency × unit ×
 * procedure × channel, the dossiers received and those resolved (on time) that year — the grain
 * every reader needs (statistics, service delivery, procedure figures and the targets all ask by
 * year), about a tenth of the dossier rows at province scale, and growing with the catalogue,
 * not with the dossiers, beyond it.
 *
 * Kept by statement triggers on `dossier`, so every writer — the lifecycle mutations, the seed's
 * COPY, an operator's hand-made fix — updates the summary in its own transaction, with no code path
 * that could forget to. Sorted upserts of additive differences serialise concurrent writers on
 * the few rows they share without deadlocks. `dossier_rollup_events` is the one definition of what
 * a dossier counts for; the triggers and `dossier_rollup_rebuild()` (`npm run rollup:rebuild`)
 * both use it. Overdue dossiers still in progress depend on the instant asked and on supplement
 * pauses, so they are not summarised: they are read from the few dossiers open at that instant.
 */
export class Migration20261130200000 extends Migration {
  async up(): Promise<void> {
    // No CHECK on the counts: an upsert's proposed row carries a difference, which may be negative.
    this.addSql(`CREATE TABLE dossier_year_rollup (
      year smallint NOT NULL,
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      procedure_code text NOT NULL,
      channel text NOT NULL,
      received int NOT NULL,
      resolved int NOT NULL,
      resolved_on_time int NOT NULL,
      PRIMARY KEY (${KEY})
    )`);
    this.addSql('CREATE INDEX dossier_year_rollup_unit_idx ON dossier_year_rollup (year, unit_code)');
    this.addSql('CREATE INDEX dossier_year_rollup_procedure_idx ON dossier_year_rollup (procedure_code, year)');
    // Rows emptied by a deletion are found here, not by scanning the summary.
    this.addSql('CREATE INDEX dossier_year_rollup_empty_idx ON dossier_year_rollup (year) WHERE received = 0 AND resolved = 0');

    // A dossier counts once in the year received and once more in the year resolved.
    this.addSql(`CREATE FUNCTION dossier_rollup_events(received_year smallint, resolved_year smallint, resolved_on date, due_on date)
      RETURNS TABLE (year smallint, received int, resolved int, resolved_on_time int) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT e.year, e.received, e.resolved, e.resolved_on_time
          FROM (VALUES (received_year, 1, 0, 0), (resolved_year, 0, 1, (resolved_on <= due_on)::int)) AS e(year, received, resolved, resolved_on_time)
         WHERE e.year IS NOT NULL
    $$`);

    this.addSql(`CREATE FUNCTION dossier_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${fold(`SELECT ${COLUMNS('n')}, 1 AS sign FROM new_rows n`)}
        ELSIF TG_OP = 'DELETE' THEN ${fold(`SELECT ${COLUMNS('o')}, -1 AS sign FROM old_rows o`)}
        ELSE ${fold(`SELECT ${COLUMNS('n')}, 1 AS sign FROM new_rows n UNION ALL SELECT ${COLUMNS('o')}, -1 FROM old_rows o`)}
        END IF;
        DELETE FROM dossier_year_rollup WHERE received = 0 AND resolved = 0;
        RETURN NULL;
      END $$`);
    // Transition tables need one trigger per event.
    this.addSql(`CREATE TRIGGER dossier_rollup_insert AFTER INSERT ON dossier REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_rollup_update AFTER UPDATE ON dossier REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_rollup_delete AFTER DELETE ON dossier REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_apply()`);
    this.addSql(`CREATE FUNCTION dossier_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE dossier_year_rollup; RETURN NULL; END $$`);
    this.addSql('CREATE TRIGGER dossier_rollup_truncate AFTER TRUNCATE ON dossier FOR EACH STATEMENT EXECUTE FUNCTION dossier_rollup_truncate()');

    // The share lock holds dossier writes back while the summary is recomputed, so none is lost between the read and the replace.
    this.addSql(`CREATE FUNCTION dossier_rollup_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE n bigint;
      BEGIN
        LOCK TABLE dossier IN SHARE MODE;
        TRUNCATE dossier_year_rollup;
        INSERT INTO dossier_year_rollup (${KEY}, received, resolved, resolved_on_time)
        SELECT e.year, d.agency_id, d.unit_code, d.procedure_code, d.channel, sum(e.received), sum(e.resolved), sum(e.resolved_on_time)
          FROM dossier d CROSS JOIN LATERAL dossier_rollup_events(d.received_year, d.resolved_year, d.resolved_on, d.due_on) e
         GROUP BY 1, 2, 3, 4, 5;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    this.addSql('SELECT dossier_rollup_rebuild()');
  }
}
