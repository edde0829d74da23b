import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AMOUNT_TEXT, RATE } from '../shared/row-schemas';
import { BudgetCategory } from './budget-line.entity';

const CATEGORY_ORDER = `array_position(ARRAY['RECURRENT','INVESTMENT','PAR','REVENUE'], category)`;

/**
 * The budget of each agency of $1 (uuid[]) in the year $2: totals without revenue, amounts by category
 * and the PAR funding allocated and spent; a row per agency that has any of them.
 */
export const BUDGET_BY_AGENCIES = defineQuery(
  'budgetByAgencies',
  `WITH lines AS (
             SELECT agency_id, category,
                    sum(amount) FILTER (WHERE stage = 'ESTIMATE') AS estimate,
                    sum(amount) FILTER (WHERE stage = 'SETTLEMENT') AS settlement
               FROM budget_line WHERE agency_id = ANY($1::uuid[]) AND fiscal_year = $2
              GROUP BY agency_id, category),
           totals AS (
             SELECT agency_id, sum(estimate) FILTER (WHERE category <> 'REVENUE') AS estimate,
                    sum(settlement) FILTER (WHERE category <> 'REVENUE') AS settlement,
                    json_agg(json_build_object('category', category, 'estimate', estimate::text, 'settlement', settlement::text)
                             ORDER BY ${CATEGORY_ORDER}) AS by_category
               FROM lines GROUP BY agency_id),
           par AS (
             SELECT agency_id, sum(allocated) AS allocated, sum(spent) AS spent
               FROM par_funding WHERE agency_id = ANY($1::uuid[]) AND fiscal_year = $2 GROUP BY agency_id)
           SELECT coalesce(t.agency_id, p.agency_id) AS "agencyId", $2::int AS year,
                  t.estimate::text AS estimate, t.settlement::text AS settlement,
                  p.allocated::text AS "parAllocated", p.spent::text AS "parSpent",
                  coalesce(t.by_category, '[]'::json) AS "byCategory"
             FROM totals t FULL JOIN par p ON p.agency_id = t.agency_id`,
  z.object({
    agencyId: z.uuid(),
    year: z.int(),
    estimate: AMOUNT_TEXT.nullable(),
    settlement: AMOUNT_TEXT.nullable(),
    parAllocated: AMOUNT_TEXT.nullable(),
    parSpent: AMOUNT_TEXT.nullable(),
    byCategory: z.array(z.object({ category: z.enum(BudgetCategory), estimate: AMOUNT_TEXT.nullable(), settlement: AMOUNT_TEXT.nullable() })),
  }),
);

/**
 * Estimates and settlements by year ($1 to $2) and category, province-wide or for the agency $3 and all its
 * subordinates. The rate compares settled amounts with the estimates of the same agencies only: a year still
 * being settled should not look under-spent.
 */
export const BUDGET_SUMMARY = defineQuery(
  'budgetSummary',
  `WITH RECURSIVE scope AS (
         SELECT id, 0 AS depth FROM agency_ref WHERE id = $3::uuid
         UNION ALL
         SELECT a.id, s.depth + 1 FROM agency_ref a JOIN scope s ON a.parent_id = s.id WHERE s.depth < 20
       ),
       per_agency AS (
         SELECT fiscal_year, category, agency_id,
                sum(amount) FILTER (WHERE stage = 'ESTIMATE') AS estimate,
                sum(amount) FILTER (WHERE stage = 'SETTLEMENT') AS settlement
           FROM budget_line
          WHERE fiscal_year BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR agency_id IN (SELECT id FROM scope))
          GROUP BY fiscal_year, category, agency_id)
       SELECT fiscal_year::int AS year, category, sum(estimate)::text AS estimate, sum(settlement)::text AS settlement,
              round(100 * sum(settlement) / nullif(sum(estimate) FILTER (WHERE settlement IS NOT NULL), 0), 2)::float8 AS "executionRate"
         FROM per_agency GROUP BY fiscal_year, category
        ORDER BY fiscal_year, ${CATEGORY_ORDER}`,
  z.object({
    year: z.int(),
    category: z.enum(BudgetCategory),
    estimate: AMOUNT_TEXT.nullable(),
    settlement: AMOUNT_TEXT.nullable(),
    executionRate: RATE,
  }),
);
