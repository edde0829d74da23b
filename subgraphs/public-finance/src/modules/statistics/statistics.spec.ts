import { TIME_DIMENSIONS, type StatisticsFacts, type StatisticsSpec } from '@par/platform';

/**
 * What budget statistics count: budget lines (one per agency × fiscal year × category × stage),
 * the estimate (dự toán) and the settlement (quyết toán) of each. Budget lines carry a fiscal year,
 * not a day, so they group by year only.
 */
export const BUDGET_SPEC: StatisticsSpec = {
  dimensions: [
    TIME_DIMENSIONS.YEAR,
    { name: 'AGENCY', column: 'agency_id', alias: 'agencyId' },
    { name: 'AGENCY_KIND', column: 'agency_kind', alias: 'agencyKind' },
    { name: 'DISTRICT', column: 'district_code', alias: 'districtCode' },
    { name: 'CATEGORY', column: 'category', alias: 'category' },
  ],
  measures: [
    { name: 'estimate', kind: 'amount', sum: 'estimate', description: 'Estimates in whole đồng (dự toán).' },
    { name: 'settled', kind: 'amount', sum: 'settled', description: 'Settlements in whole đồng (quyết toán); lines not yet settled add 0.' },
    {
      name: 'executionRate', kind: 'percent', of: { numerator: 'settled', denominator: 'estimate' },
      description: 'settled as a percent of estimate (tỷ lệ thực hiện dự toán); null when there is no estimate. Over 100 when more was settled than estimated.',
    },
  ],
};

/** The spending categories: revenue is a different ledger and is counted only when asked by name. */
export const SPENDING = ['RECURRENT', 'INVESTMENT', 'PAR'];

export interface BudgetFilterValues {
  agencyId: string | null;
  agencyKinds: string[] | null;
  districtCode: string | null;
  categories: string[];
}

export function budgetFacts(f: BudgetFilterValues): StatisticsFacts {
  return {
    params: [f.agencyId, f.agencyKinds, f.districtCode, f.categories],
    ctes: (inYears) => `ev AS (
    SELECT b.fiscal_year::int AS year, b.agency_id, a.kind AS agency_kind, a.district_code, b.category,
           CASE WHEN b.stage = 'ESTIMATE' THEN b.amount ELSE 0 END::numeric AS estimate,
           CASE WHEN b.stage = 'SETTLEMENT' THEN b.amount ELSE 0 END::numeric AS settled
      FROM budget_line b JOIN agency_ref a ON a.id = b.agency_id
     WHERE ${inYears('b.fiscal_year')} AND ($1::uuid IS NULL OR b.agency_id = $1) AND ($2::text[] IS NULL OR a.kind = ANY($2))
       AND ($3::text IS NULL OR a.district_code = $3) AND b.category = ANY($4::text[]))`,
  };
}
