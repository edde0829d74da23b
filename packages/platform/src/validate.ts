import { badInput } from './errors';

/** Ids of agencies, people, dossiers and courses are UUIDs; anything else is refused before SQL. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);

// Argument checks every subgraph uses, so a bad year, unit code or id is refused the same way everywhere, before SQL.

/** Years a hub figure can be asked for: from the republic's first year to a far planning horizon. */
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

export function assertYear(year: number, field = 'year'): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badInput(field, `must be a year between ${MIN_YEAR} and ${MAX_YEAR}`);
  return year;
}

/** National administrative unit codes are digits: 2 for a province, 3 for a district, 5 for a commune. */
export const UNIT_CODE_PATTERN = /^\d{2,5}$/;

export function assertUnitCode(code: string, field = 'unitCode'): string {
  if (!UNIT_CODE_PATTERN.test(code)) throw badInput(field, 'is not a national administrative unit code (digits)');
  return code;
}

export function assertUuidArg(id: string, field: string): string {
  if (!isUuid(id)) throw badInput(field, 'is not a valid id');
  return id.toLowerCase();
}
