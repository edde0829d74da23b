import { scopeKey, sqlRows, type IndicatorMeasures, type MeasureKey, type Ratio } from '@par/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { expandScope, MEASURES, SCOPE_CTES } from './indicator.measures';

/** One statement per scope: a UNION ALL of the measures asked for it. */
async function measureScope(em: EntityManager, keys: readonly MeasureKey[]): Promise<Map<string, Ratio | null>> {
  const { year, agencyId, unitCode } = keys[0].scope;
  const codes = [...new Set(keys.map((k) => k.code))];
  const union = codes.map((c) => `SELECT '${c}' AS code, m.* FROM (${expandScope(MEASURES[c])}) AS m(numerator, denominator)`).join('\nUNION ALL ');
  const rows = await sqlRows<{ code: string; numerator: string | null; denominator: string | null }>(em, `${SCOPE_CTES}\n${union}`, [year, agencyId, unitCode]);
  // No data for the year (nothing to measure against) is null, never zero.
  return new Map(rows.map((r) => [r.code, r.numerator === null || !Number(r.denominator) ? null : { numerator: Number(r.numerator), denominator: Number(r.denominator) }]));
}

/** The e-government targets (DESIGN §6). */
export const egovMeasures: IndicatorMeasures = {
  measures: (code) => code in MEASURES,

  async measureMany(em, keys) {
    const byScope = new Map<string, MeasureKey[]>();
    for (const k of keys) byScope.set(scopeKey(k.scope), [...(byScope.get(scopeKey(k.scope)) ?? []), k]);
    const results = new Map<string, Map<string, Ratio | null>>();
    await Promise.all([...byScope].map(async ([sk, ks]) => results.set(sk, await measureScope(em, ks))));
    return keys.map((k) => results.get(scopeKey(k.scope))?.get(k.code) ?? null);
  },

  evidenceSql: () => null,
};
