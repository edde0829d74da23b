import { Migration } from '@mikro-orm/migrations';

const KEY = 'month, agency_id, unit_code, channel';
const COUNTS = 'received, resolved, resolved_on_time';
/** What the monthly summary reads of a dossier row `x`. */
const COLUMNS = (x: string) => ['received_on', 'resolved_on', 'due_on', 'agency_id', 'unit_code', 'channel'].map((c) => `${x}.${c}`).join(', ');

/** One sorted upsert of the changed dossiers' events (`source`: dossier columns and a sign, +1 as now, -1 as was). */
const fold = (source: string) => `
  INSERT INTO dossier_month_rollup AS r (${KEY}, ${COUNTS})
  SELECT e.month, c.agency_id, c.unit_code, c.channel, sum(c.sign * e.received), sum(c.sign * e.resolved), sum(c.sign * e.resolved_on_time)
    FROM (${source}) c CROSS JOIN LATERAL dossier_month_events(c.received_on, c.resolved_on, c.due_on) e
   GROUP BY 1, 2, 3, 4
  HAVING sum(c.sign * e.received) <> 0 OR sum(c.sign * e.resolved) <> 0 OR sum(c.sign * e.resolved_on_time) <> 0
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (${KEY}) DO UPDATE SET received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
                                     resolved_on_time = r.resolved_on_time + excluded.resolved_on_time;`;

/**
 * Dossier figures per month (issue 18: statistics by quarter and month): per month × receiving
 * agency × unit × channel, the dossiers received and those resolved (on time) that month, in local
 * days as the yearly summary counts years. The procedure is left out so that it stays a few rows
 * per agency and unit a month; quarters and months are therefore not combined with procedures or
 * sectors. Kept like the yearly summary: statement triggers on `dossier` fold every writer's
 * changes in its own transaction (sorted upserts of additive differences, no deadlocks);
 * `dossier_month_rollup_rebuild()` recomputes it for `npm run rollup:rebuild`.
 */
export class Migration20261202110000 extends Migration {
  async up(): Promise<void> {
    // No CHECK on the counts: an upsert's proposed row carries a difference, which may be negative.
    this.addSql(`CREATE TABLE dossier_month_rollup (
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      channel text NOT NULL,
      received int NOT NULL,
      resolved int NOT NULL,
      resolved_on_time int NOT NULL,
      PRIMARY KEY (${KEY})
    )`);
    this.addSql('CREATE INDEX dossier_month_rollup_empty_idx ON dossier_month_rollup (month) WHERE received = 0 AND resolved = 0');

    // A dossier counts once in the month received and once more in the month resolved.
    this.addSql(`CREATE FUNCTION dossier_month_events(received_on date, resolved_on date, due_on date)
      RETURNS TABLE (month date, received int, resolved int, resolved_on_time int) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT date_trunc('month', e.day)::date, e.received, e.resolved, e.resolved_on_time
          FROM (VALUES (received_on, 1, 0, 0), (resolved_on, 0, 1, (resolved_on <= due_on)::int)) AS e(day, received, resolved, resolved_on_time)
         WHERE e.day IS NOT NULL
    $$`);

    this.addSql(`CREATE FUNCTION dossier_month_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${fold(`SELECT ${COLUMNS('n')}, 1 AS sign FROM new_rows n`)}
        ELSIF TG_OP = 'DELETE' THEN ${fold(`SELECT ${COLUMNS('o')}, -1 AS sign FROM old_rows o`)}
        ELSE ${fold(`SELECT ${COLUMNS('n')}, 1 AS sign FROM new_rows n UNION ALL SELECT ${COLUMNS('o')}, -1 FROM old_rows o`)}
        END IF;
        DELETE FROM dossier_month_rollup WHERE received = 0 AND resolved = 0;
        RETURN NULL;
      END $$`);
    // Transition tables need one trigger per event.
    this.addSql(`CREATE TRIGGER dossier_month_rollup_insert AFTER INSERT ON dossier REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_month_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_month_rollup_update AFTER UPDATE ON dossier REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_month_rollup_apply()`);
    this.addSql(`CREATE TRIGGER dossier_month_rollup_delete AFTER DELETE ON dossier REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_month_rollup_apply()`);
    this.addSql(`CREATE FUNCTION dossier_month_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN TRUNCATE dossier_month_rollup; RETURN NULL; END $$`);
    this.addSql('CREATE TRIGGER dossier_month_rollup_truncate AFTER TRUNCATE ON dossier FOR EACH STATEMENT EXECUTE FUNCTION dossier_month_rollup_truncate()');

    // The share lock holds dossier writes back while the summary is recomputed, so none is lost between the read and the replace.
    this.addSql(`CREATE FUNCTION dossier_month_rollup_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE n bigint;
      BEGIN
        LOCK TABLE dossier IN SHARE MODE;
        TRUNCATE dossier_month_rollup;
        INSERT INTO dossier_month_rollup (${KEY}, ${COUNTS})
        SELECT e.month, d.agency_id, d.unit_code, d.channel, sum(e.received), sum(e.resolved), sum(e.resolved_on_time)
          FROM dossier d CROSS JOIN LATERAL dossier_month_events(d.received_on, d.resolved_on, d.due_on) e
         GROUP BY 1, 2, 3, 4;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$`);
    this.addSql('SELECT dossier_month_rollup_rebuild()');
  }
}
