import { badInput } from './errors';

// Argument checks every subgraph uses, so a bad year, unit code or id is refused the same way everywhere, before SQL.
// Which years a field accepts is the field's data (its table's CHECK, the plan, the source's first year); the check is this one.

/** Ids of agencies, people, dossiers and courses are UUIDs; anything else is refused before SQL. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);

export function assertUuidArg(id: string, field: string): string {
  if (!isUuid(id)) throw badInput(field, 'is not a valid id');
  return id.toLowerCase();
}

/** Keys of a batch as `uuid[]` parameters want them: lower case, malformed ones dropped so one bad key cannot fail the whole batch's cast. */
export const wellFormedIds = (ids: readonly string[]): string[] => ids.filter(isUuid).map((id) => id.toLowerCase());

/** The years a field accepts; `'this year'` for figures that cannot be reported ahead of time. */
export interface YearRange {
  readonly min: number;
  readonly max: number | 'this year';
}

/** Years a hub figure can be asked for when a field says no narrower range: from the republic's first year to a far planning horizon. */
const HUB_YEARS: YearRange = { min: 1945, max: 2100 };

/** The province's calendar year (UTC+7): a report made on New Year's morning in Vietnam is already for the new year. */
const thisYear = (): number => new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

const upper = (range: YearRange): number => (range.max === 'this year' ? thisYear() : range.max);

export function assertYear(year: number, field = 'year', range: YearRange = HUB_YEARS): number {
  const max = upper(range);
  if (!Number.isInteger(year) || year < range.min || year > max) throw badInput(field, `must be a year between ${range.min} and ${max}`);
  return year;
}

export interface YearRangeRule {
  range?: YearRange;
  /** The argument names a refusal points at. */
  fields?: { from: string; to: string };
  /** How many years' rows one request may ask for. */
  maxSpan?: number;
}

/** A from–to pair of years, in order. */
export function assertYearRange(
  from: number,
  to: number,
  { range = HUB_YEARS, fields = { from: 'yearFrom', to: 'yearTo' }, maxSpan }: YearRangeRule = {},
): [number, number] {
  assertYear(from, fields.from, range);
  assertYear(to, fields.to, range);
  if (to < from) throw badInput(fields.to, `must not be before ${fields.from}`);
  if (maxSpan !== undefined && to - from > maxSpan) throw badInput(fields.to, `a range may span at most ${maxSpan} years`);
  return [from, to];
}

/**
 * National administrative unit codes are digits: 2 for a province, 3 for a district, 5 for a commune. Longer and
 * shorter digit strings pass the shape check (the lookup answers "no such unit") so no lookup refuses what it once answered.
 */
const UNIT_CODE_PATTERN = /^\d{1,10}$/;

export function assertUnitCode(code: string, field = 'unitCode'): string {
  if (!UNIT_CODE_PATTERN.test(code)) throw badInput(field, 'is not a national administrative unit code (digits)');
  return code;
}

/** Trims free text; empty means absent; `max` (in characters, not UTF-16 units) keeps rows and audit entries bounded. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if ([...text].length > max) throw badInput(field, `must be at most ${max} characters`);
  return text;
}

export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (!text) throw badInput(field, 'must not be empty');
  return text;
}
