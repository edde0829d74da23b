import { Migration } from '@mikro-orm/migrations';

/**
 * Faster working-day functions for set-based SQL over millions of dossiers: weekdays are counted
 * by arithmetic and the calendar only corrects them, with one index range read per call instead of
 * a generated series joined day by day. Same answers as before (the tests compare every day of
 * 2016–2026 with the service's own arithmetic).
 */
export class Migration20261130210500 extends Migration {
  async up(): Promise<void> {
    // Monday-to-Friday days from Monday 2000-01-03 up to and including `d` (negative before it).
    this.addSql(`CREATE FUNCTION weekdays_through(d date) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT (5 * floor((d - date '2000-01-03') / 7.0) + least((d - date '2000-01-03') - 7 * floor((d - date '2000-01-03') / 7.0) + 1, 5))::int
    $$`);
    this.addSql(`CREATE OR REPLACE FUNCTION working_days_between(from_day date, to_day date) RETURNS int LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN to_day <= from_day THEN 0 ELSE
        weekdays_through(to_day) - weekdays_through(from_day)
          - (SELECT count(*) FILTER (WHERE kind = 'DAY_OFF') - count(*) FILTER (WHERE kind = 'WORKING_SATURDAY')
               FROM calendar_day WHERE day > from_day AND day <= to_day)::int END
    $$`);
    this.addSql(`CREATE OR REPLACE FUNCTION add_working_days(d date, n int) RETURNS date LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      DECLARE
        cur date := d;
        remaining int := n;
        w int;
        target date;
        extra int;
        target_off boolean;
      BEGIN
        WHILE remaining > 0 LOOP
          -- The remaining-th weekday after cur (from a weekend, counted from the Friday before).
          w := extract(isodow FROM cur)::int;
          target := cur - greatest(w - 5, 0) + remaining + 2 * ((least(w, 5) - 1 + remaining) / 5);
          SELECT coalesce(sum(CASE WHEN kind = 'DAY_OFF' THEN 1 ELSE -1 END), 0)::int, coalesce(bool_or(day = target), false)
            INTO extra, target_off FROM calendar_day WHERE day > cur AND day <= target;
          IF extra > 0 THEN
            -- Each day off in between pushes the date one working day further.
            cur := target;
            remaining := extra;
          ELSIF extra = 0 AND NOT target_off THEN
            RETURN target;
          ELSE
            -- A worked Saturday in between (rare): count day by day.
            RETURN (SELECT g.day FROM (SELECT cur + i AS day FROM generate_series(1, 2 * remaining + 60) i) g
                      LEFT JOIN calendar_day c ON c.day = g.day
                     WHERE coalesce(c.kind = 'WORKING_SATURDAY', extract(isodow FROM g.day) < 6)
                     ORDER BY g.day OFFSET remaining - 1 LIMIT 1);
          END IF;
        END LOOP;
        RETURN cur;
      END
    $$`);
  }
}
