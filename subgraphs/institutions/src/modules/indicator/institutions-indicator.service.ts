import { byKeys, sqlRows, type HubContext } from '@par/platform';
import { assertAgencyId } from '../agency/agency.service';
import { assertUnitCode } from '../administrative-unit/administrative-unit.service';
import { assertYear } from '../shared/args';
import type { Measurement, MeasurementArgs } from './indicator.type';

/** Procedures of the scope: implemented by the agency or its subordinates, or by agencies of the unit and its sub-units. */
const PROCEDURE_SCOPE = `($2::uuid IS NULL OR p.implementing_agency_id IN (SELECT id FROM agency_tree))
  AND ($3::text IS NULL OR p.implementing_agency_id IN (SELECT a.id FROM agency a WHERE a.unit_code IN (SELECT code FROM unit_tree)))`;
const TREES = `WITH RECURSIVE agency_tree AS (
    SELECT id FROM agency WHERE id = $2::uuid
    UNION SELECT a.id FROM agency a JOIN agency_tree t ON a.parent_id = t.id
  ), unit_tree AS (
    SELECT $3::text AS code
    UNION SELECT u.code FROM unit_version u JOIN unit_tree t ON u.parent_code = t.code
  )`;

/** The SQL of each institutions-owned target, from the `measure` lines of the plan: returns numerator and denominator. */
const MEASURES: Record<string, string> = {
  // Procedures first issued in the year with an impact assessment / procedures first issued in the year.
  TTHC_NEW_IMPACT_ASSESSED: `${TREES}
    SELECT count(*) FILTER (WHERE p.impact_assessed)::int AS numerator, count(*)::int AS denominator
    FROM administrative_procedure p WHERE p.issued_on >= make_date($1, 1, 1) AND p.issued_on <= make_date($1, 12, 31) AND ${PROCEDURE_SCOPE}`,
  // Procedures in force on 31 Dec that are disclosed by then / procedures in force on 31 Dec.
  TTHC_PUBLICLY_DISCLOSED: `${TREES}
    SELECT count(*) FILTER (WHERE p.disclosed_on <= make_date($1, 12, 31))::int AS numerator, count(*)::int AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on <= make_date($1, 12, 31) AND (p.abolished_on IS NULL OR p.abolished_on > make_date($1, 12, 31)) AND ${PROCEDURE_SCOPE}`,
  // Units in force on 31 Dec / units in force on the baseline: the plan's date, or the earliest unit list held when that
  // is later. Years before the earliest list have no data (denominator 0).
  ADMIN_UNITS_NOT_INCREASED: `WITH RECURSIVE scope AS (
      SELECT coalesce($3::text, (SELECT unit_code FROM agency WHERE id = $2::uuid)) AS code
    ), unit_tree AS (
      SELECT code FROM scope WHERE code IS NOT NULL
      UNION SELECT u.code FROM unit_version u JOIN unit_tree t ON u.parent_code = t.code
    ), bounds AS (
      SELECT min(in_force_from) AS first_list, greatest(date '2016-06-17', min(in_force_from)) AS baseline FROM unit_list
    ), in_force AS (
      SELECT DISTINCT v.code, d.day FROM unit_version v
      CROSS JOIN LATERAL (SELECT make_date($1, 12, 31) AS day UNION ALL SELECT baseline FROM bounds) d
      WHERE (v.valid_from IS NULL OR v.valid_from <= d.day) AND (v.valid_to IS NULL OR v.valid_to >= d.day)
        AND ((SELECT code FROM scope) IS NULL OR v.code IN (SELECT code FROM unit_tree))
    )
    SELECT count(*) FILTER (WHERE i.day = make_date($1, 12, 31))::int AS numerator,
           CASE WHEN make_date($1, 12, 31) < b.first_list OR b.first_list IS NULL THEN 0
                WHEN $2::uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agency WHERE id = $2::uuid) THEN 0
                ELSE count(*) FILTER (WHERE i.day = b.baseline)::int END AS denominator
    FROM bounds b LEFT JOIN in_force i ON true GROUP BY b.first_list, b.baseline`,
};
export const INSTITUTIONS_TARGETS = Object.keys(MEASURES);


/** Measures institutions' own targets in SQL; one query per scope per request. */
export class InstitutionsIndicatorService {
  constructor(private readonly ctx: HubContext) {}

  measure(code: string, args: MeasurementArgs): Promise<Measurement | null> {
    const year = assertYear(args.year, 'year');
    const agencyId = args.agencyId == null ? null : assertAgencyId(args.agencyId, 'agencyId');
    const unitCode = args.unitCode == null ? null : assertUnitCode(args.unitCode, 'unitCode');
    const sql = MEASURES[code];
    if (!sql) return Promise.resolve(null);
    return this.ctx.loaders
      .get<string, Measurement | null>(`indicator.institutions:${year}:${agencyId}:${unitCode}`, async (codes) => {
        // One statement for every target of the scorecard: each measure is a subquery of one UNION ALL.
        // No units or procedures to measure against: the year has no data, which is not zero. A year
        // that has not begun has no data either, though the catalogue's state could be carried forward.
        const rows = await sqlRows<Measurement & { idx: number }>(
          this.ctx.em,
          `SELECT idx, numerator, denominator, round(100.0 * numerator / denominator, 2)::float8 AS value
           FROM (${codes.map((c, i) => `SELECT ${i} AS idx, * FROM (${MEASURES[c]}) m${i}`).join(' UNION ALL ')}) m
           WHERE denominator > 0 AND make_date($1, 1, 1) <= current_date`,
          [year, agencyId, unitCode],
        );
        return byKeys(codes.map((_, i) => i), rows, (r) => r.idx, ({ idx: _, ...m }) => m);
      })
      .load(code);
  }
}

