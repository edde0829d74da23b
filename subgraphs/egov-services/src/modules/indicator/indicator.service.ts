import { badInput, sqlRows, type HubContext } from '@par/platform';
import { assertUuid } from '../reference/reference.service';
import { expandScope, MEASURES, SCOPE_CTES } from './indicator.measures';
import type { Measurement } from './indicator.type';

export interface MeasureScope {
  year: number;
  agencyId?: string | null;
  unitCode?: string | null;
}


/**
 * Measures e-government targets. All indicators asked in one request for the same year and scope
 * are computed by one statement (a UNION ALL of their measures).
 */
export class IndicatorService {
  constructor(private readonly ctx: HubContext) {}

  measurement(code: string, scope: MeasureScope): Promise<Measurement | null> {
    const agencyId = scope.agencyId ? assertUuid(scope.agencyId, 'agencyId') : null;
    const unitCode = scope.unitCode ?? null;
    if (!Number.isInteger(scope.year) || scope.year < 1900 || scope.year > 9999) throw badInput('year', 'must be a year between 1900 and 9999');
    return this.ctx.loaders
      .get<string, Measurement | null>(`indicator.measurement.${scope.year}.${agencyId}.${unitCode}`, async (codes) => {
        const known = [...new Set(codes)].filter((c) => c in MEASURES);
        if (!known.length) return codes.map(() => null);
        const union = known.map((c) => `SELECT '${c}' AS code, m.* FROM (${expandScope(MEASURES[c])}) AS m(numerator, denominator)`).join('\nUNION ALL ');
        const rows = await sqlRows<{ code: string; numerator: string | null; denominator: string | null }>(
          this.ctx.em,
          `${SCOPE_CTES}\n${union}`,
          [scope.year, agencyId, unitCode],
        );
        const byCode = new Map(rows.map((r) => [r.code, r]));
        return codes.map((c) => {
          const r = byCode.get(c);
          const num = r?.numerator === null || r?.numerator === undefined ? null : Number(r.numerator);
          const den = r?.denominator === null || r?.denominator === undefined ? null : Number(r.denominator);
          // No data for the year (nothing to measure against) is null, never zero.
          if (num === null || !den) return null;
          return { numerator: num, denominator: den, value: Math.round((10_000 * num) / den) / 100 };
        });
      })
      .load(code);
  }
}
