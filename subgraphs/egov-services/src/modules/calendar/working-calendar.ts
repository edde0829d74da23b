import { fromDayNumber, toDayNumber, weekdayOf } from '../dossier/working-days';
import { CalendarDayKind } from './calendar.enums';

export interface CalendarEntry {
  day: string;
  kind: CalendarDayKind | `${CalendarDayKind}`;
}

/**
 * Working days of the civil service: Monday to Friday, less the listed days off, plus the listed
 * worked Saturdays. Built from the `calendar_day` rows once per transaction (or once per seed),
 * so counting a due date never queries per day.
 */
export class WorkingCalendar {
  private readonly daysOff = new Set<number>();
  private readonly workedSaturdays = new Set<number>();

  constructor(entries: Iterable<CalendarEntry>) {
    for (const e of entries) (e.kind === CalendarDayKind.DAY_OFF ? this.daysOff : this.workedSaturdays).add(toDayNumber(e.day));
  }

  isWorkingDayNumber(day: number): boolean {
    const weekday = weekdayOf(day);
    if (weekday === 6) return this.workedSaturdays.has(day);
    return weekday !== 0 && !this.daysOff.has(day);
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The `n`-th working day after `day`: counting starts on the next working day; n = 0 gives `day` itself. */
  addWorkingDayNumbers(day: number, n: number): number {
    let d = day;
    for (let left = n; left > 0; ) if (this.isWorkingDayNumber(++d)) left--;
    return d;
  }

  /** A dossier received on a Friday with 1 day is due on Monday, or later when Monday is a holiday. */
  addWorkingDays(date: string, n: number): string {
    return fromDayNumber(this.addWorkingDayNumbers(toDayNumber(date), n));
  }

  /** Working days in (from, to]: how long a supplement request kept the clock stopped. */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = toDayNumber(from) + 1, end = toDayNumber(to); d <= end; d++) if (this.isWorkingDayNumber(d)) n++;
    return n;
  }

  /** `day` itself when worked, else the next working day. */
  nextWorkingDayNumber(day: number): number {
    let d = day;
    while (!this.isWorkingDayNumber(d)) d++;
    return d;
  }

  /** `day` itself when worked, else the last working day before it. */
  previousWorkingDayNumber(day: number): number {
    let d = day;
    while (!this.isWorkingDayNumber(d)) d--;
    return d;
  }
}
