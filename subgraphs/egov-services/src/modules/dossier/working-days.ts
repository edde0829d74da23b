/**
 * Working-day arithmetic for promised dates (ngày hẹn trả). Statutory processing times are counted
 * in working days: Saturdays and Sundays do not count. Dates are `YYYY-MM-DD` strings; days are
 * counted as whole UTC days so no time zone can shift them.
 */
const DAY_MS = 86_400_000;

export const toDayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 1970-01-01 was a Thursday: day 0 → weekday 4 (0 = Sunday … 6 = Saturday). */
export const isWorkingDayNumber = (day: number): boolean => {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
};

/** The `n`-th working day after `day` (day numbers); n = 0 gives `day` itself. */
export function addWorkingDayNumbers(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0; ) {
    d++;
    if (isWorkingDayNumber(d)) left--;
  }
  return d;
}

/** The `n`-th working day after `date`: a dossier received on a Friday with 1 day is due on Monday. */
export const addWorkingDays = (date: string, n: number): string => fromDayNumber(addWorkingDayNumbers(toDayNumber(date), n));

/** Working days in (from, to]: how long a supplement request kept the clock stopped. */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = toDayNumber(from) + 1, end = toDayNumber(to); d <= end; d++) if (isWorkingDayNumber(d)) n++;
  return n;
}

/** Vietnam keeps UTC+7 all year, so the local date of an instant is a fixed shift. */
const VN_OFFSET_MS = 7 * 3_600_000;
export const vietnamDate = (at: Date): string => new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
