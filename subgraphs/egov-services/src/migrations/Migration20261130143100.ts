import { Migration } from '@mikro-orm/migrations';
import { readCalendarFile } from '../modules/calendar/calendar-file';

/**
 * The civil-service working calendar: weekdays not worked and Saturdays worked, loaded from the
 * published calendar in `data/` so that every database, seeded or not (tests, an import, a
 * production hub that never sees sample data), counts due dates from the same days. Editors change
 * it afterwards through `setCalendarDay` and the import; a later year is added to the file and
 * loaded by a new migration the same way (ON CONFLICT DO NOTHING keeps what editors changed).
 *
 * The SQL functions give set-based code (statistics, checks over millions of dossiers) the same
 * arithmetic as the service: n-th working day after a date, working days in (from, to].
 */
export class Migration20261130143100 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE calendar_day (
      day date PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('DAY_OFF','WORKING_SATURDAY')),
      reason text NOT NULL CHECK (reason <> ''),
      note text,
      source text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'WORKING_SATURDAY' OR extract(isodow FROM day) = 6),
      CHECK (kind <> 'DAY_OFF' OR extract(isodow FROM day) < 6)
    )`);

    this.addSql(`CREATE FUNCTION is_working_day(d date) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT coalesce((SELECT c.kind = 'WORKING_SATURDAY' FROM calendar_day c WHERE c.day = d), extract(isodow FROM d) < 6)
    $$`);
    // Two calendar days per working day plus two months covers any run of holidays (Tết is at most 9 days).
    this.addSql(`CREATE FUNCTION add_working_days(d date, n int) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN n <= 0 THEN d ELSE (
        SELECT g.day FROM (SELECT (d + i) AS day FROM generate_series(1, 2 * n + 60) i) g
          LEFT JOIN calendar_day c ON c.day = g.day
         WHERE coalesce(c.kind = 'WORKING_SATURDAY', extract(isodow FROM g.day) < 6)
         ORDER BY g.day OFFSET n - 1 LIMIT 1) END
    $$`);
    this.addSql(`CREATE FUNCTION working_days_between(from_day date, to_day date) RETURNS int LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT count(*)::int FROM (SELECT (from_day + i) AS day FROM generate_series(1, to_day - from_day) i) g
        LEFT JOIN calendar_day c ON c.day = g.day
       WHERE coalesce(c.kind = 'WORKING_SATURDAY', extract(isodow FROM g.day) < 6)
    $$`);

    // Base64 keeps the file's text (quotes, and the `?` of its source URLs, which the query layer
    // would take for parameters) out of the SQL's syntax.
    const rows = Buffer.from(JSON.stringify(readCalendarFile()), 'utf8').toString('base64');
    this.addSql(`INSERT INTO calendar_day (day, kind, reason, note, source)
      SELECT day, kind, reason, note, source
        FROM jsonb_to_recordset(convert_from(decode('${rows}', 'base64'), 'UTF8')::jsonb) AS r(day date, kind text, reason text, note text, source text)
      ON CONFLICT (day) DO NOTHING`);
  }
}
