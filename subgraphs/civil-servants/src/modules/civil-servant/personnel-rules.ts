import { badInput, type YearRange } from '@par/platform';

/** Today's date as YYYY-MM-DD in Vietnam (UTC+7), the calendar the records are kept in. */
export const today = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** Years staff records are kept for (the tables' first year) up to the planning horizon. */
export const STAFF_YEARS: YearRange = { min: 1990, max: 2100 };
/** An evaluation rates a year that has begun. */
export const EVALUATION_YEARS: YearRange = { min: STAFF_YEARS.min, max: 'this year' };

const NATIONAL_ID = /^[0-9]{12}$/;
const PHONE = /^\+?[0-9 ().-]{6,20}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

export function assertNationalId(value: string, field: string): string {
  if (!NATIONAL_ID.test(value)) throw badInput(field, 'must be exactly 12 digits (số căn cước công dân)');
  return value;
}

export function assertName(value: string, field: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) throw badInput(field, 'must be 1 to 200 characters');
  return name;
}

export function assertNotFuture(date: string, field: string): string {
  if (date > today()) throw badInput(field, 'must not be in the future');
  return date;
}

/** Recruits must be adults (Law on Cadres and Civil Servants, art. 36: from 18 years of age). */
export function assertAdultOn(dateOfBirth: string, on: string, field: string): void {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const eighteenth = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (eighteenth > on) throw badInput(field, `the person must be at least 18 years old on ${on}`);
}

export function assertContact(phone: string | null | undefined, email: string | null | undefined, prefix: string): void {
  if (phone != null && !PHONE.test(phone)) throw badInput(`${prefix}.phone`, 'is not a phone number');
  if (email != null && !EMAIL.test(email)) throw badInput(`${prefix}.email`, 'is not an e-mail address');
}
