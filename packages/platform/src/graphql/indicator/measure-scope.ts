import { badInput } from '../../errors';
import { isUuid } from '../../validate';

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

/** Where and when a target is measured; validated once, before any SQL. */
export interface MeasureScope {
  year: number;
  agencyId: string | null;
  unitCode: string | null;
}

export function measureScope(args: { year: number; agencyId?: string | null; unitCode?: string | null }): MeasureScope {
  return {
    year: assertYear(args.year, 'year'),
    agencyId: args.agencyId == null ? null : assertUuidArg(args.agencyId, 'agencyId'),
    unitCode: args.unitCode == null ? null : assertUnitCode(args.unitCode, 'unitCode'),
  };
}

export const scopeKey = (s: MeasureScope) => `${s.year}|${s.agencyId ?? ''}|${s.unitCode ?? ''}`;
