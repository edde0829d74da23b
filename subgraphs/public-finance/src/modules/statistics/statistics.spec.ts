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

/**
 * What PAR funding statistics count: the funding of each PAR task (kinh phí CCHC) for a year and
 * source, planned, allocated and spent. By fiscal year only.
 */
export const PAR_FUNDING_SPEC: StatisticsSpec = {
  dimensions: [
    TIME_DIMENSIONS.YEAR,
    { name: 'AGENCY', column: 'agency_id', alias: 'agencyId' },
    { name: 'AGENCY_KIND', column: 'agency_kind', alias: 'agencyKind' },
    { name: 'DISTRICT', column: 'district_code', alias: 'districtCode' },
    { name: 'PLAN_AREA', column: 'plan_area', alias: 'planArea', numeric: true },
    { name: 'SOURCE', column: 'source', alias: 'source' },
  ],
  measures: [
    { name: 'tasks', kind: 'count', sum: '1', description: 'Funded tasks (nhiệm vụ): one per agency, year, plan area, task and source.' },
    { name: 'planned', kind: 'amount', sum: 'planned', description: 'Planned funding in whole đồng (kế hoạch).' },
    { name: 'allocated', kind: 'amount', sum: 'allocated', description: 'Allocated funding in whole đồng (được giao).' },
    { name: 'spent', kind: 'amount', sum: 'spent', description: 'Funding spent in whole đồng (đã sử dụng, giải ngân).' },
    { name: 'disbursementRate', kind: 'percent', of: { numerator: 'spent', denominator: 'allocated' }, description: 'spent as a percent of allocated (tỷ lệ giải ngân); null when nothing was allocated.' },
    { name: 'allocationRate', kind: 'percent', of: { numerator: 'allocated', denominator: 'planned' }, description: 'allocated as a percent of planned; null when nothing was planned.' },
  ],
};

export interface ParFundingFilterValues {
  agencyId: string | null;
  agencyKinds: string[] | null;
  districtCode: string | null;
  sources: string[] | null;
}

export function parFundingFacts(f: ParFundingFilterValues): StatisticsFacts {
  return {
    params: [f.agencyId, f.agencyKinds, f.districtCode, f.sources],
    ctes: (inYears) => `ev AS (
    SELECT p.fiscal_year::int AS year, p.agency_id, a.kind AS agency_kind, a.district_code, p.plan_area::int AS plan_area, p.source,
           p.planned::numeric AS planned, p.allocated::numeric AS allocated, p.spent::numeric AS spent
      FROM par_funding p JOIN agency_ref a ON a.id = p.agency_id
     WHERE ${inYears('p.fiscal_year')} AND ($1::uuid IS NULL OR p.agency_id = $1) AND ($2::text[] IS NULL OR a.kind = ANY($2))
       AND ($3::text IS NULL OR a.district_code = $3) AND ($4::text[] IS NULL OR p.source = ANY($4)))`,
  };
}

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
