import { badInput, isIsoDate, type YearRange, type YearRangeRule } from '@par/platform';

/** The fiscal years the tables accept (their CHECK constraints say the same); the check is the platform's `assertYear`. */
export const FISCAL_YEARS: YearRange = { min: 1990, max: 2100 };

/** Summaries are bounded so that one request cannot ask for centuries of rows. */
export const SUMMARY_YEARS: YearRangeRule = { range: FISCAL_YEARS, maxSpan: 50 };

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

/** Database unique violations (a concurrent duplicate write) surface as this SQLSTATE. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; name?: string } | undefined;
  return e?.code === '23505' || e?.name === 'UniqueConstraintViolationException';
}
