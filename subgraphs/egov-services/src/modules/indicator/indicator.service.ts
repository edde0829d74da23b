import { measureId, queryRows, scopeKey, type IndicatorMeasures } from '@par/platform';
import { figuresQuery } from './indicator.queries';
import { evidenceStatement } from './indicator.sql';
import { EGOV_KINDS, sqlOf, type EgovMeasure } from './indicator.measures';

/** The e-government measure kinds (DESIGN §6). */
export const egovMeasures: IndicatorMeasures<EgovMeasure> = {
  read: EGOV_KINDS.read,

  /** Every measure, year and scope of the request in one statement: the scopes as parallel arrays, each measured laterally. */
  async measureMany(em, keys) {
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    const index = new Map(scopes.map((s, i) => [scopeKey(s), i + 1]));
    const measures = [...new Map(keys.map((k) => [measureId(k.measure), k.measure])).values()];
    if (!measures.length) return keys.map(() => null);
    const position = new Map(measures.map((m, i) => [measureId(m), i]));
    const rows = await queryRows(em, figuresQuery(measures.map(sqlOf)), [
      scopes.map((s) => s.year),
      scopes.map((s) => s.agencyId),
      scopes.map((s) => s.unitCode),
    ]);
    const found = new Map(rows.map((r) => [`${r.i}|${r.m}`, r]));
    return keys.map((k) => {
      const r = found.get(`${index.get(scopeKey(k.scope))}|${position.get(measureId(k.measure))}`);
      // No data for the year (nothing to measure against) is null, never zero.
      return !r || r.numerator === null || !Number(r.denominator) ? null : { numerator: Number(r.numerator), denominator: Number(r.denominator) };
    });
  },

  evidenceSql: (measure) => evidenceStatement(sqlOf(measure)),
};
