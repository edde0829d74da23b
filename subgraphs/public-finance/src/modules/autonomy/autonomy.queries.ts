import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AMOUNT_TEXT } from '../shared/row-schemas';
import { AutonomyGroup } from './autonomy.type';

const COLUMNS = `s.agency_id AS "agencyId", s.fiscal_year::int AS year, 'GROUP_' || s.autonomy_group AS "group",
  s.self_financing_rate::float8 AS "selfFinancingRate", s.revenue::text AS revenue,
  s.recurrent_spending::text AS "recurrentSpending", s.covers_investment AS "coversInvestment"`;

const AUTONOMY = z.object({
  agencyId: z.uuid(),
  year: z.int(),
  group: z.enum(AutonomyGroup),
  selfFinancingRate: z.number().min(0),
  revenue: AMOUNT_TEXT,
  recurrentSpending: AMOUNT_TEXT,
  coversInvestment: z.boolean(),
});

/** The assessments of the public service units among the agencies $1 (uuid[]) in the year $2. */
export const AUTONOMY_BY_AGENCIES = defineQuery(
  'autonomyByAgencies',
  `SELECT ${COLUMNS} FROM autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit
            WHERE s.agency_id = ANY($1::uuid[]) AND s.fiscal_year = $2`,
  AUTONOMY,
);

/** Every assessed year of the public service units among the agencies $1 (uuid[]), oldest first. */
export const AUTONOMY_HISTORY = defineQuery(
  'autonomyHistory',
  `SELECT ${COLUMNS} FROM autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit
            WHERE s.agency_id = ANY($1::uuid[]) ORDER BY s.fiscal_year`,
  AUTONOMY,
);

/** The assessment of the agency $1 in the year $2 as the database derived its rate and group (after a write). */
export const AUTONOMY_OF_AGENCY = defineQuery(
  'autonomyOfAgency',
  `SELECT ${COLUMNS} FROM autonomy_assessment s WHERE s.agency_id = $1 AND s.fiscal_year = $2`,
  AUTONOMY,
);

/** Units per group and year from $1 to $2; every group appears for every year that has assessments, zero included. */
export const AUTONOMY_DISTRIBUTION = defineQuery(
  'autonomyDistribution',
  `WITH years AS (SELECT DISTINCT s.fiscal_year FROM autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit
                       WHERE s.fiscal_year BETWEEN $1 AND $2)
       SELECT y.fiscal_year::int AS year, 'GROUP_' || g AS "group", count(s.agency_id)::int AS units
         FROM years y CROSS JOIN generate_series(1, 4) g
         LEFT JOIN (autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit)
                ON s.fiscal_year = y.fiscal_year AND s.autonomy_group = g
        GROUP BY y.fiscal_year, g ORDER BY y.fiscal_year, g`,
  z.object({ year: z.int(), group: z.enum(AutonomyGroup), units: z.int().min(0) }),
);
