import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AMOUNT_TEXT, RATE } from '../shared/row-schemas';

/** PAR funding of the year $1 summed by plan area, optionally for the area $2 and the source $3 only. */
export const PAR_FUNDING_BY_AREA = defineQuery(
  'parFundingByArea',
  `SELECT fiscal_year::int AS year, plan_area::int AS area, count(*)::int AS tasks,
              sum(planned)::text AS planned, sum(allocated)::text AS allocated, sum(spent)::text AS spent,
              round(100 * sum(spent) / nullif(sum(allocated), 0), 2)::float8 AS "executionRate"
         FROM par_funding
        WHERE fiscal_year = $1 AND ($2::smallint IS NULL OR plan_area = $2) AND ($3::text IS NULL OR source = $3)
        GROUP BY fiscal_year, plan_area ORDER BY plan_area`,
  z.object({
    year: z.int(),
    area: z.int().min(1).max(7),
    tasks: z.int().min(1),
    planned: AMOUNT_TEXT,
    allocated: AMOUNT_TEXT,
    spent: AMOUNT_TEXT,
    executionRate: RATE,
  }),
);
