import { scopeKey, sqlRows, type IndicatorMeasures } from '@par/platform';
import { evidenceStatement, figuresStatement } from './indicator.sql';
import { TARGETS } from './indicator.measures';

/** The e-government targets (DESIGN §6). */
export const egovMeasures: IndicatorMeasures = {
  measures: (code) => Object.hasOwn(TARGETS, code),

  /** Every code, year and scope of the request in one statement: the scopes as parallel arrays, each measured laterally. */
  async measureMany(em, keys) {
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    const index = new Map(scopes.map((s, i) => [scopeKey(s), i + 1]));
    const codes = [...new Set(keys.map((k) => k.code))].filter((c) => Object.hasOwn(TARGETS, c));
    if (!codes.length) return keys.map(() => null);
    const rows = await sqlRows<{ i: number; code: string; numerator: string | null; denominator: string | null }>(
      em,
      figuresStatement(codes.map((c) => [c, TARGETS[c]] as const)),
      [scopes.map((s) => s.year), scopes.map((s) => s.agencyId), scopes.map((s) => s.unitCode)],
    );
    const found = new Map(rows.map((r) => [`${r.i}|${r.code}`, r]));
    return keys.map((k) => {
      const r = found.get(`${index.get(scopeKey(k.scope))}|${k.code}`);
      // No data for the year (nothing to measure against) is null, never zero.
      return !r || r.numerator === null || !Number(r.denominator) ? null : { numerator: Number(r.numerator), denominator: Number(r.denominator) };
    });
  },

  evidenceSql: (code) => (Object.hasOwn(TARGETS, code) ? evidenceStatement(TARGETS[code]) : null),
};
