import { assertUnitCode, assertUuidArg, assertYear } from '../../validate';

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
