/** The entries the arithmetic needs; a few hundred rows at most, read whole. */
export const CALENDAR_ENTRIES_SQL = `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`;

export const CALENDAR_DAY_COLUMNS = `to_char(day, 'YYYY-MM-DD') AS day, kind, reason, note, source, updated_at AS "updatedAt"`;

/** A year's working days, days off and worked Saturdays, counted over its days in SQL ($1 = year). */
export const CALENDAR_YEAR_COUNTS_SQL = `
  SELECT count(*) FILTER (WHERE coalesce(c.kind = 'WORKING_SATURDAY', extract(isodow FROM g.day) < 6))::int AS "workingDays",
         count(*) FILTER (WHERE c.kind = 'DAY_OFF')::int AS "daysOff",
         count(*) FILTER (WHERE c.kind = 'WORKING_SATURDAY')::int AS "workingSaturdays"
    FROM (SELECT make_date($1, 1, 1) + i AS day FROM generate_series(0, make_date($1 + 1, 1, 1) - make_date($1, 1, 1) - 1) i) g
    LEFT JOIN calendar_day c ON c.day = g.day`;
