import { agencyKindsOf, assertUnitCode, assertUuidArg, statisticsList, statisticsPage, statisticsYears, type ConnectionShape, type HubContext, type StatisticRow, type StatisticsArgsShape, type StatisticsPageArgsShape } from '@par/platform';
import type { BudgetStatisticsFilter, ParFundingStatisticsFilter } from './statistics.inputs';
import { BUDGET_SPEC, budgetFacts, PAR_FUNDING_SPEC, parFundingFacts, SPENDING } from './statistics.spec';

/** Budget estimates, settlements and execution rates, and PAR funding, with the hub's one statistics grammar. */
export class BudgetStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  list(args: StatisticsArgsShape<BudgetStatisticsFilter>): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, BUDGET_SPEC, this.facts(args.filter), { ...args, ...statisticsYears(args.filter) });
  }

  page(args: StatisticsPageArgsShape<BudgetStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, BUDGET_SPEC, this.facts(args.filter), { ...args, ...statisticsYears(args.filter) }, args);
  }

  parFunding(args: StatisticsArgsShape<ParFundingStatisticsFilter>): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, PAR_FUNDING_SPEC, this.parFacts(args.filter), { ...args, ...statisticsYears(args.filter) });
  }

  parFundingPage(args: StatisticsPageArgsShape<ParFundingStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, PAR_FUNDING_SPEC, this.parFacts(args.filter), { ...args, ...statisticsYears(args.filter) }, args);
  }

  private parFacts(f: ParFundingStatisticsFilter | null | undefined) {
    return parFundingFacts({
      agencyId: f?.agencyId == null ? null : assertUuidArg(f.agencyId, 'filter.agencyId'),
      agencyKinds: agencyKindsOf(f?.agencyKinds),
      districtCode: f?.districtCode == null ? null : assertUnitCode(f.districtCode, 'filter.districtCode'),
      sources: f?.sources?.length ? f.sources : null,
    });
  }

  private facts(f: BudgetStatisticsFilter | null | undefined) {
    return budgetFacts({
      agencyId: f?.agencyId == null ? null : assertUuidArg(f.agencyId, 'filter.agencyId'),
      agencyKinds: agencyKindsOf(f?.agencyKinds),
      districtCode: f?.districtCode == null ? null : assertUnitCode(f.districtCode, 'filter.districtCode'),
      categories: f?.categories?.length ? f.categories : SPENDING,
    });
  }
}
