import { Migration } from '@mikro-orm/migrations';

/** The instant local (UTC+7) year `y` begins: the partition bounds, so a partition holds exactly one `received_year`. */
const STARTS = (y: string) => `make_timestamptz(${y}, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')`;

/**
 * Dossiers partitioned by the year they were received (issue 21): a decade of national data is a
 * table per year, each with its own indexes, vacuumed, analysed, backed up, archived or detached on
 * its own, while every reader and writer still names `dossier`.
 *
 * - Range partitions on `received_at`, bounded at the local new year, so partition `dossier_y<Y>`
 *   holds exactly the dossiers whose `received_year` is Y. (PostgreSQL cannot partition on a
 *   generated column such as `received_year`; the bounds are computed in the same time zone.)
 * - A DEFAULT partition takes any dossier of a year without its own partition, so no insert
 *   ever fails. `dossier_add_year_partitions(first, last)` adds the missing yearly partitions and
 *   moves that year's dossiers out of the default one (deleted and inserted again through `dossier`
 *   in one transaction, so the summaries' triggers take them out and back in and their supplement
 *   requests follow). This migration creates the years of the existing dossiers and the current
 *   and next year; the seed adds the years it loads; `npm run rollup:rebuild` (the yearly run)
 *   adds the current and next year.
 * - The primary key must contain the partition key: (id, received_at). Lookups by id alone probe
 *   each partition's primary key index (a dossier's page, the lifecycle's writes); ids are random
 *   UUIDs made by the service, so no two dossiers share one in practice.
 * - Supplement requests keep a real foreign key, on (dossier_id, dossier_received_at): the
 *   database itself still refuses a request without its dossier and deletes a dossier's requests
 *   with it, in the same statement, so nothing is ever half written (a trigger emulating the key
 *   would have to lock and check by hand). `dossier_received_at` is filled from the dossier when a
 *   writer leaves it out (the lifecycle, an operator's fix); the seed's COPY gives it.
 * - The statement triggers with transition tables (summaries, overdue marks) are created on the
 *   partitioned table, where PostgreSQL fires them for rows routed to any partition; indexes on the
 *   parent are created on every partition, present and future. Both are replayed from the table
 *   being replaced, so they are exactly what the previous migrations made.
 * - Existing rows are copied in receipt order (BRIN stays tight); the summaries are untouched, as
 *   the dossiers they count are the same. Satisfaction surveys stay one table: a row per agency,
 *   year and kind is a few thousand rows a year, nothing to partition.
 */
export class Migration20261202100000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE FUNCTION dossier_add_year_partitions(first int, last int) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        added int := 0;
        dossier_cols text := (SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
                               WHERE attrelid = 'dossier'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '');
      BEGIN
        FOR y IN first..last LOOP
          CONTINUE WHEN to_regclass(format('dossier_y%s', y)) IS NOT NULL;
          -- A year's dossiers that arrived before its partition wait in the default one: out through
          -- the parent (triggers, cascading requests), partition made, back in, requests with them.
          CREATE TEMP TABLE moved_dossier ON COMMIT DROP AS
            SELECT * FROM dossier_default WHERE received_at >= ${STARTS('y')} AND received_at < ${STARTS('y + 1')};
          CREATE TEMP TABLE moved_supplement ON COMMIT DROP AS
            SELECT * FROM supplement_request WHERE dossier_id IN (SELECT id FROM moved_dossier);
          DELETE FROM dossier d USING moved_dossier m WHERE d.id = m.id AND d.received_at = m.received_at;
          EXECUTE format('CREATE TABLE %I PARTITION OF dossier FOR VALUES FROM (%L) TO (%L)', format('dossier_y%s', y), ${STARTS('y')}, ${STARTS('y + 1')});
          -- Owned like the table, whoever added it (an administrator's seed): locking and rebuilding
          -- the table as its owner reaches every partition.
          EXECUTE format('ALTER TABLE %I OWNER TO %I', format('dossier_y%s', y), (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'dossier'::regclass));
          EXECUTE format('INSERT INTO dossier (%s) SELECT %s FROM moved_dossier ORDER BY received_at', dossier_cols, dossier_cols);
          INSERT INTO supplement_request SELECT * FROM moved_supplement;
          DROP TABLE moved_dossier, moved_supplement;
          added := added + 1;
        END LOOP;
        RETURN added;
      END $$`);

    this.addSql(`DO $$
      DECLARE
        indexes text[] := ARRAY(SELECT pg_get_indexdef(x.indexrelid) FROM pg_index x
                                 WHERE x.indrelid = 'dossier'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid));
        triggers text[] := ARRAY(SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE t.tgrelid = 'dossier'::regclass AND NOT t.tgisinternal);
        cols text := (SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
                       WHERE attrelid = 'dossier'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '');
        cur int := extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int;
        first int;
        last int;
        def text;
      BEGIN
        LOCK TABLE dossier, supplement_request IN ACCESS EXCLUSIVE MODE;
        SELECT least(min(received_year), cur), greatest(max(received_year), cur + 1) INTO first, last FROM dossier;
        ALTER TABLE supplement_request DROP CONSTRAINT supplement_request_dossier_id_fkey;
        ALTER TABLE dossier RENAME TO dossier_unpartitioned;
        CREATE TABLE dossier (LIKE dossier_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED) PARTITION BY RANGE (received_at);
        CREATE TABLE dossier_default PARTITION OF dossier DEFAULT;
        PERFORM dossier_add_year_partitions(first, last);
        EXECUTE format('INSERT INTO dossier (%s) SELECT %s FROM dossier_unpartitioned ORDER BY received_at', cols, cols);
        DROP TABLE dossier_unpartitioned;

        ALTER TABLE dossier ADD CONSTRAINT dossier_pkey PRIMARY KEY (id, received_at);
        ALTER TABLE dossier ADD CONSTRAINT dossier_procedure_code_fkey FOREIGN KEY (procedure_code) REFERENCES procedure_ref (code);
        ALTER TABLE dossier ADD CONSTRAINT dossier_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES agency_ref (id);
        SET LOCAL maintenance_work_mem = '256MB';
        FOREACH def IN ARRAY indexes LOOP EXECUTE def; END LOOP;
        FOREACH def IN ARRAY triggers LOOP EXECUTE def; END LOOP;

        ALTER TABLE supplement_request ADD COLUMN dossier_received_at timestamptz;
        -- Filling the new column changes nothing the overdue marks read.
        ALTER TABLE supplement_request DISABLE TRIGGER supplement_request_overdue_update;
        UPDATE supplement_request r SET dossier_received_at = d.received_at FROM dossier d WHERE d.id = r.dossier_id;
        ALTER TABLE supplement_request ENABLE TRIGGER supplement_request_overdue_update;
        ALTER TABLE supplement_request ALTER COLUMN dossier_received_at SET NOT NULL;
        ALTER TABLE supplement_request ADD CONSTRAINT supplement_request_dossier_fkey FOREIGN KEY (dossier_id, dossier_received_at)
          REFERENCES dossier (id, received_at) ON DELETE CASCADE ON UPDATE CASCADE;
      END $$`);

    // A writer that names only the dossier (an operator's fix, an older client) still writes a whole request.
    this.addSql(`CREATE FUNCTION supplement_request_dossier_received_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.dossier_id = OLD.dossier_id AND NEW.dossier_received_at IS NOT DISTINCT FROM OLD.dossier_received_at THEN RETURN NEW; END IF;
        IF TG_OP = 'INSERT' AND NEW.dossier_received_at IS NOT NULL THEN RETURN NEW; END IF;
        SELECT received_at INTO NEW.dossier_received_at FROM dossier WHERE id = NEW.dossier_id;
        IF NOT FOUND THEN
          RAISE foreign_key_violation USING MESSAGE = format('no dossier %s for the supplement request', NEW.dossier_id), CONSTRAINT = 'supplement_request_dossier_fkey';
        END IF;
        RETURN NEW;
      END $$`);
    this.addSql(`CREATE TRIGGER supplement_request_dossier_received_at BEFORE INSERT OR UPDATE OF dossier_id ON supplement_request
      FOR EACH ROW EXECUTE FUNCTION supplement_request_dossier_received_at()`);
    // The expression index has no statistics until analysed (see Migration20261201120000).
    this.addSql('ANALYZE dossier');
  }
}
