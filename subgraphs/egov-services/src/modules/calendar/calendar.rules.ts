import { badInput, isIsoDate, type YearRange } from '@par/platform';
import { toDayNumber, weekdayOf } from '../dossier/working-days';
import { CalendarDayKind } from './calendar.enums';

/** Years the calendar may hold: far enough back for any dossier, far enough ahead for any promise. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const satisfies YearRange;

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * What a calendar entry may say, for the editor's mutation, the importer and the data file alike:
 * only a weekday can be a day off (a weekend is off already) and only a Saturday can be worked.
 */
export function checkCalendarDay(day: string, kind: CalendarDayKind | `${CalendarDayKind}`): void {
  if (!isIsoDate(day)) throw badInput('day', `must be a date YYYY-MM-DD (got ${JSON.stringify(day)})`);
  const year = Number(day.slice(0, 4));
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) throw badInput('day', `must be in ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max} (got ${day})`);
  const weekday = weekdayOf(toDayNumber(day));
  if (kind === CalendarDayKind.WORKING_SATURDAY && weekday !== 6) {
    throw badInput('day', `${day} is a ${WEEKDAY[weekday]}; only a Saturday can be a worked Saturday (ngày làm bù)`);
  }
  if (kind === CalendarDayKind.DAY_OFF && (weekday === 0 || weekday === 6)) {
    throw badInput('day', `${day} is a ${WEEKDAY[weekday]}, a rest day already; list only weekdays that are not worked`);
  }
}
