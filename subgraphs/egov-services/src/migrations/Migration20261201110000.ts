import { Migration } from '@mikro-orm/migrations';

const KEY = 'year, agency_id, channel';

/** Folds rows of the yearly summary (`source`: its columns and a sign) into the per-agency summary. */
const fold = (source: string) => `
  INSERT INTO dossier_agency_year_rollup AS r (${KEY}, received, resolved, resolved_on_time)
  SELECT c.year, c.agency_id, c.channel, sum(c.sign * c.received), sum(c.sign * c.resolved), sum(c.sign * c.resolved_on_time)
    FROM (${source}) c
   GROUP BY 1, 2, 3
  HAVING sum(c.sign * c.received) <> 0 OR sum(c.sign * c.resolved) <> 0 OR sum(c.sign * c.resolved_on_time) <> 0
   ORDER BY 1, 2, 3
  ON CONFLICT (${KEY}) DO UPDATE SET received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
                                     resolved_on_time = r.resolved_on_time + excluded.resolved_on_time;`;

const COLUMNS = (x: string) => ['year', 'agency_id', 'channel', 'received', 'resolved', 'resolved_on_time'].map((c) => `${x}.${c}`).join(', ');

/**
 * The yearly dossier summary folded once more, to year × receiving agency × channel (issue 17): the
 * grain of trends by year, channel, agency or agency kind, which otherwise sum every procedure and
 * unit of the finer summary on each request. A few thousand rows whatever the number of dossiers
 * or procedures. Kept by statement triggers on `dossier_year_rollup` itself, so every path that
 * changes the finer summary (the dossier triggers, its rebuild, a truncate) changes this one in the
 * same transaction.
 */
export class Migration20261201110000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE dossier_agency_year_rollup (
      year smallint NOT NULL,
      agency_id uuid NOT NULL,
      channel text NOT NULL,
      received int NOT NULL,
      resolved int NOT NULL,
      resolved_on_time int NOT NULL,
      PRIMARY KEY (${KEY})
    )`);
    this.addSql(`CREATE FUNCTION dossier_agency_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${fold(`SELECT ${COLUMNS('n')}, 1 AS sign FROM new_rows n`)}
        ELSIF TG_OP = 'DELETE' THEN ${fold(`SELECT ${COLUMNS('o')}, -1 AS sign FROM old_rows o`)}
        ELSE ${fold(`SELECT ${COLUMNS('n')}, 1 AS sign FROM new_rows n UNION ALL SELECT ${COLUMNS('o')}, -1 FROM old_rows o`)}
        END IF;
        DELETE FROM dossier_agency_year_rollup WHERE received = 0 AND resolved = 0;
        RETURN NULL;
      END $$`);
    // Transition tables need one trigger per event.
    this.addSql(`CREATE TRIGGER dossier_agency_rollup_insert AFTER INSERT ON dossier_year_rollup REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_agency_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_agency_rollup_update AFTER UPDATE ON dossier_year_rollup REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_agency_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_agency_rollup_delete AFTER DELETE ON dossier_year_rollup REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_agency_rollup_apply()`);
    this.addSql(`CREATE FUNCTION dossier_agency_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE dossier_agency_year_rollup; RETURN NULL; END $$`);
    this.addSql(`CREATE TRIGGER dossier_agency_rollup_truncate AFTER TRUNCATE ON dossier_year_rollup
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_agency_rollup_truncate()`);
    // What is already summarised, folded now; later changes arrive through the triggers.
    this.addSql(`INSERT INTO dossier_agency_year_rollup (${KEY}, received, resolved, resolved_on_time)
      SELECT ${KEY}, sum(received), sum(resolved), sum(resolved_on_time) FROM dossier_year_rollup GROUP BY 1, 2, 3`);
  }
}
