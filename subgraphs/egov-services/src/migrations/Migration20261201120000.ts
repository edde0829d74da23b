import { Migration } from '@mikro-orm/migrations';

/** The coarser summaries folded from `dossier_year_rollup`: table and the key it keeps of the finer row. */
const COARSE = [
  { table: 'dossier_agency_year_rollup', key: ['year', 'agency_id', 'channel'] },
  { table: 'dossier_unit_year_rollup', key: ['year', 'unit_code', 'channel'] },
];
const COUNTS = ['received', 'resolved', 'resolved_on_time'];

/** One sorted upsert of signed differences (`source`: finer rows and a sign) into `table`. */
const fold = ({ table, key }: (typeof COARSE)[number], source: string) => `
  INSERT INTO ${table} AS r (${key.join(', ')}, ${COUNTS.join(', ')})
  SELECT ${key.map((k) => `c.${k}`).join(', ')}, ${COUNTS.map((n) => `sum(c.sign * c.${n})`).join(', ')}
    FROM (${source}) c
   GROUP BY ${key.map((_, i) => i + 1).join(', ')}
  HAVING ${COUNTS.map((n) => `sum(c.sign * c.${n}) <> 0`).join(' OR ')}
   ORDER BY ${key.map((_, i) => i + 1).join(', ')}
  ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${COUNTS.map((n) => `${n} = r.${n} + excluded.${n}`).join(', ')};
  DELETE FROM ${table} WHERE received = 0 AND resolved = 0;`;

const ROW = (x: string) => ['year', 'agency_id', 'unit_code', 'channel', ...COUNTS].map((c) => `${x}.${c}`).join(', ');
const foldAll = (source: string) => COARSE.map((c) => fold(c, source)).join('\n');

/**
 * Service delivery of a district or commune (DistrictComparison) summed the finer summary's rows of
 * every procedure and agency in the unit; it now reads a summary per year × unit × channel, a few
 * hundred rows a year whatever the dossiers. Both coarse summaries are folded by one statement
 * trigger function on `dossier_year_rollup`, replacing the per-agency one of the previous migration.
 *
 * Dossiers open and overdue at an instant are found through one covering index on the instant a
 * dossier stopped being open (never: infinity), read without touching the table.
 */
export class Migration20261201120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE dossier_unit_year_rollup (
      year smallint NOT NULL,
      unit_code varchar(10) NOT NULL,
      channel text NOT NULL,
      received int NOT NULL,
      resolved int NOT NULL,
      resolved_on_time int NOT NULL,
      PRIMARY KEY (year, unit_code, channel)
    )`);
    for (const event of ['insert', 'update', 'delete', 'truncate']) this.addSql(`DROP TRIGGER dossier_agency_rollup_${event} ON dossier_year_rollup`);
    this.addSql('DROP FUNCTION dossier_agency_rollup_apply()');
    this.addSql('DROP FUNCTION dossier_agency_rollup_truncate()');
    this.addSql(`CREATE FUNCTION dossier_coarse_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${foldAll(`SELECT ${ROW('n')}, 1 AS sign FROM new_rows n`)}
        ELSIF TG_OP = 'DELETE' THEN ${foldAll(`SELECT ${ROW('o')}, -1 AS sign FROM old_rows o`)}
        ELSE ${foldAll(`SELECT ${ROW('n')}, 1 AS sign FROM new_rows n UNION ALL SELECT ${ROW('o')}, -1 FROM old_rows o`)}
        END IF;
        RETURN NULL;
      END $$`);
    this.addSql(`CREATE TRIGGER dossier_coarse_rollup_insert AFTER INSERT ON dossier_year_rollup REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_coarse_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_coarse_rollup_update AFTER UPDATE ON dossier_year_rollup REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_coarse_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_coarse_rollup_delete AFTER DELETE ON dossier_year_rollup REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_coarse_rollup_apply()`);
    this.addSql(`CREATE FUNCTION dossier_coarse_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE ${COARSE.map((c) => c.table).join(', ')}; RETURN NULL; END $$`);
    this.addSql(`CREATE TRIGGER dossier_coarse_rollup_truncate AFTER TRUNCATE ON dossier_year_rollup
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_coarse_rollup_truncate()`);
    this.addSql(`INSERT INTO dossier_unit_year_rollup (year, unit_code, channel, ${COUNTS.join(', ')})
      SELECT year, unit_code, channel, ${COUNTS.map((n) => `sum(${n})`).join(', ')} FROM dossier_year_rollup GROUP BY 1, 2, 3`);

    this.addSql(`CREATE INDEX dossier_open_until_idx ON dossier ((coalesce(closed_at, 'infinity'::timestamptz)))
      INCLUDE (closed_at, received_at, due_on, agency_id, unit_code, id)`);
    // An expression index has no statistics until analysed: without them the planner expects half the table.
    this.addSql('ANALYZE dossier');
    this.addSql('DROP INDEX IF EXISTS dossier_closed_idx');
  }
}
