import { agencyKindsOf, assertUnitCode, assertUuidArg, statisticsList, statisticsPage, statisticsYears, type ConnectionShape, type HubContext, type StatisticRow, type StatisticsArgsShape, type StatisticsPageArgsShape } from '@par/platform';
import type { BudgetStatisticsFilter } from './statistics.inputs';
import { BUDGET_SPEC, budgetFacts, SPENDING } from './statistics.spec';

/** Budget estimates, settlements and execution rates with the hub's one statistics grammar. */
export class BudgetStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  list(args: StatisticsArgsShape<BudgetStatisticsFilter>): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, BUDGET_SPEC, this.facts(args.filter), { ...args, ...statisticsYears(args.filter) });
  }

  page(args: StatisticsPageArgsShape<BudgetStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, BUDGET_SPEC, this.facts(args.filter), { ...args, ...statisticsYears(args.filter) }, args);
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
