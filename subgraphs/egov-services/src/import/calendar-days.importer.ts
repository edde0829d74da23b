import type { ImporterDefinition } from '@par/platform';
import { CalendarDayKind } from '../modules/calendar/calendar.enums';
import { checkCalendarDay } from '../modules/calendar/calendar.rules';
import { optionalText, requiredText } from '@par/platform';

interface CalendarDayRow {
  day: string;
  kind: CalendarDayKind;
  reason: string;
  note: string | null;
  source: string | null;
}

const KINDS = [CalendarDayKind.DAY_OFF, CalendarDayKind.WORKING_SATURDAY] as const;

/**
 * Days off and worked Saturdays as the office of the People's Committee receives them each year
 * (the Government's announcement of Tết, holidays and swaps). Same rules as setCalendarDay; a row
 * replaces the entry of its day. A file adds and changes entries, never removes one
 * (removeCalendarDay does), so a partial file cannot silently delete holidays.
 */
export const calendarDaysImporter: ImporterDefinition<CalendarDayRow> = {
  entity: 'calendar-days',
  description: 'Working calendar: weekdays off and Saturdays worked, with the reason and the announcement.',
  columns: [
    { name: 'day', required: true, description: 'The day, YYYY-MM-DD or DD/MM/YYYY.' },
    { name: 'kind', required: true, description: 'DAY_OFF (a weekday not worked) or WORKING_SATURDAY (a Saturday worked).' },
    { name: 'reason', required: true, description: 'Why, e.g. "Nghỉ bù Quốc khánh"; at most 500 characters.' },
    { name: 'note', required: false, description: 'Remark; at most 1000 characters.' },
    { name: 'source', required: false, description: 'The announcement (số văn bản, link); at most 2000 characters.' },
  ],
  parse(r) {
    const day = r.date('day', { required: true });
    const kind = r.oneOf('kind', KINDS, { required: true });
    if (day !== null && kind !== null) r.attempt('day', () => checkCalendarDay(day, kind), undefined);
    const reason = r.text('reason', { required: true, max: 500 });
    return {
      day: day ?? '',
      kind: kind ?? CalendarDayKind.DAY_OFF,
      reason: reason === null ? '' : r.attempt('reason', () => requiredText(reason, 'reason', 500), ''),
      note: optionalText(r.text('note', { max: 1000 }), 'note', 1000),
      source: optionalText(r.text('source', { max: 2000 }), 'source', 2000),
    };
  },
  key: (v) => v.day,

  async write(db, rows) {
    const v = rows.map((r) => r.value);
    const written = await db.query<{ day: string; inserted: boolean }>(
      `INSERT INTO calendar_day AS c (day, kind, reason, note, source)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, reason = EXCLUDED.reason, note = EXCLUDED.note, source = EXCLUDED.source, updated_at = now()
        WHERE (c.kind, c.reason, c.note, c.source) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.reason, EXCLUDED.note, EXCLUDED.source)
       RETURNING to_char(c.day, 'YYYY-MM-DD') AS day, (xmax = 0) AS inserted`,
      [v.map((x) => x.day), v.map((x) => x.kind), v.map((x) => x.reason), v.map((x) => x.note), v.map((x) => x.source)],
    );
    const inserted = written.filter((w) => w.inserted).length;
    return { inserted, updated: written.length - inserted, changed: written.map((w) => w.day) };
  },
};
