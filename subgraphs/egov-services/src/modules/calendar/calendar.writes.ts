import { defineQuery } from '@par/platform';
import { CALENDAR_DAY_COLUMNS, CALENDAR_DAY_FOR_UPDATE } from './calendar.queries';

/**
 * Records day $1 as kind $2 with reason $3, note $4 and source $5. Recording what is already there
 * updates nothing and returns no row, so the caller writes no audit row for it.
 */
export const UPSERT_CALENDAR_DAY = defineQuery(
  'upsertCalendarDay',
  `INSERT INTO calendar_day AS c (day, kind, reason, note, source) VALUES ($1::date, $2, $3, $4, $5)
         ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, reason = EXCLUDED.reason, note = EXCLUDED.note, source = EXCLUDED.source, updated_at = now()
          WHERE (c.kind, c.reason, c.note, c.source) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.reason, EXCLUDED.note, EXCLUDED.source)
         RETURNING ${CALENDAR_DAY_COLUMNS}`,
  CALENDAR_DAY_FOR_UPDATE.row,
);

/** Removes the entry of day $1, returning what it was (no row when there was none). */
export const DELETE_CALENDAR_DAY = defineQuery(
  'deleteCalendarDay',
  `DELETE FROM calendar_day WHERE day = $1::date RETURNING ${CALENDAR_DAY_COLUMNS}`,
  CALENDAR_DAY_FOR_UPDATE.row,
);
