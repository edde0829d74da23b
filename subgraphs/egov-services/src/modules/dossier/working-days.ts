/**
 * Day arithmetic for promised dates (ngày hẹn trả). Dates are `YYYY-MM-DD` strings or whole UTC
 * day numbers, so no time zone can shift them. Which days are worked is the calendar's business
 * (`../calendar/working-calendar.ts`), read from the database.
 */
const DAY_MS = 86_400_000;

export const toDayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Vietnam keeps UTC+7 all year, so the local date of an instant is a fixed shift. */
const VN_OFFSET_MS = 7 * 3_600_000;
export const vietnamDate = (at: Date): string => new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
