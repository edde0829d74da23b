import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { CalendarDayKind } from './calendar.enums';

const KIND = z.enum(CalendarDayKind);

/** The entries the arithmetic needs; a few hundred rows at most, read whole. */
export const CALENDAR_ENTRIES = defineQuery(
  'calendarEntries',
  `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`,
  z.object({ day: z.iso.date(), kind: KIND }),
);

/** The columns of a calendar entry, as every statement on `calendar_day` returns them. */
export const CALENDAR_DAY_COLUMNS = `to_char(day, 'YYYY-MM-DD') AS day, kind, reason, note, source, updated_at AS "updatedAt"`;

const CALENDAR_DAY = z.object({
  day: z.iso.date(),
  kind: KIND,
  reason: z.string().min(1),
  note: z.string().nullable(),
  source: z.string().nullable(),
  // timestamptz stays PostgreSQL's text (the ORM's type parser).
  updatedAt: z.string().min(1),
});

/** The entries of the year $1, in date order. */
export const CALENDAR_DAYS_OF_YEAR = defineQuery(
  'calendarDaysOfYear',
  `SELECT ${CALENDAR_DAY_COLUMNS} FROM calendar_day WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`,
  CALENDAR_DAY,
);

/** The entry of the day $1, locked until the transaction ends. */
export const CALENDAR_DAY_FOR_UPDATE = defineQuery(
  'calendarDayForUpdate',
  `SELECT ${CALENDAR_DAY_COLUMNS} FROM calendar_day WHERE day = $1::date FOR UPDATE`,
  CALENDAR_DAY,
);

/** A year's working days, days off and worked Saturdays, counted over its days in SQL ($1 = year). */
export const CALENDAR_YEAR_COUNTS = defineQuery(
  'calendarYearCounts',
  `
  SELECT count(*) FILTER (WHERE coalesce(c.kind = 'WORKING_SATURDAY', extract(isodow FROM g.day) < 6))::int AS "workingDays",
         count(*) FILTER (WHERE c.kind = 'DAY_OFF')::int AS "daysOff",
         count(*) FILTER (WHERE c.kind = 'WORKING_SATURDAY')::int AS "workingSaturdays"
    FROM (SELECT make_date($1, 1, 1) + i AS day FROM generate_series(0, make_date($1 + 1, 1, 1) - make_date($1, 1, 1) - 1) i) g
    LEFT JOIN calendar_day c ON c.day = g.day`,
  z.object({ workingDays: z.int().min(0), daysOff: z.int().min(0), workingSaturdays: z.int().min(0) }),
);
