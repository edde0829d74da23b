import { badInput, isIsoDate } from '@par/platform';

/** The fiscal years the tables accept (their CHECK constraints say the same). */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

export function assertYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw badInput(field, `must be a fiscal year between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
  return year;
}

/** A year range for summaries, bounded so that one request cannot ask for centuries of rows. */
export function assertYearRange(from: number, to: number): [number, number] {
  assertYear(from, 'yearFrom');
  assertYear(to, 'yearTo');
  if (to < from) throw badInput('yearTo', 'must not be before yearFrom');
  if (to - from > 50) throw badInput('yearTo', 'a range may span at most 50 years');
  return [from, to];
}

/** Amounts of money in the ledgers are never negative: refunds are recorded as lower settlements. */
export function assertAmount(amount: bigint, field: string): bigint {
  if (typeof amount !== 'bigint') throw badInput(field, 'expected whole đồng');
  if (amount < 0n) throw badInput(field, 'must not be negative');
  return amount;
}

export function assertDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw badInput(field, 'expected an ISO date YYYY-MM-DD');
  return value;
}

/** Trims free text; empty means absent; `max` keeps rows and audit entries bounded. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const t = value?.trim() ?? '';
  if (!t) return null;
  if (t.length > max) throw badInput(field, `must be at most ${max} characters`);
  return t;
}

export function requiredText(value: string, field: string, max: number): string {
  const t = optionalText(value, field, max);
  if (!t) throw badInput(field, 'must not be empty');
  return t;
}

/** Database unique violations (a concurrent duplicate write) surface as this SQLSTATE. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; name?: string } | undefined;
  return e?.code === '23505' || e?.name === 'UniqueConstraintViolationException';
}
