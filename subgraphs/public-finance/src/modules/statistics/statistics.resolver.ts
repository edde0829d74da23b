import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape, HubContext, StatisticRow } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { BudgetStatisticsArgs, ParFundingStatisticsArgs } from './statistics.inputs';
import { BudgetStatistic, BudgetStatisticConnection, ParFundingStatistic, ParFundingStatisticConnection } from './statistics.type';
import { BudgetStatisticsService } from './statistics.service';

@Resolver(() => BudgetStatistic)
export class BudgetStatisticsResolver {
  @Authorized('analyst')
  @Query(() => [BudgetStatistic], { description: 'Budget estimates, settlements and execution rates grouped in SQL by year, agency, agency kind, district or category (thống kê ngân sách); every group as a list.' })
  budgetStatistics(@Args(() => BudgetStatisticsArgs.Args) args: InstanceType<typeof BudgetStatisticsArgs.Args>, @Ctx() ctx: HubContext): Promise<StatisticRow[]> {
    return new BudgetStatisticsService(ctx).list(args);
  }

  @Authorized('analyst')
  @Query(() => BudgetStatisticConnection, { description: 'The groups of budgetStatistics sorted and paged (`first`/`after`, `totalCount`): departments by execution rate.' })
  budgetStatisticsPage(@Args(() => BudgetStatisticsArgs.PageArgs) args: InstanceType<typeof BudgetStatisticsArgs.PageArgs>, @Ctx() ctx: HubContext): Promise<ConnectionShape<StatisticRow>> {
    return new BudgetStatisticsService(ctx).page(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: StatisticRow): Agency | null {
    return typeof row.agencyId === 'string' ? { id: row.agencyId } : null;
  }
}

@Resolver(() => ParFundingStatistic)
export class ParFundingStatisticsResolver {
  @Authorized('analyst')
  @Query(() => [ParFundingStatistic], { description: 'PAR funding planned, allocated and spent, with disbursement rates, grouped in SQL by year, agency, agency kind, district, plan area or source (thống kê kinh phí CCHC); every group as a list.' })
  parFundingStatistics(@Args(() => ParFundingStatisticsArgs.Args) args: InstanceType<typeof ParFundingStatisticsArgs.Args>, @Ctx() ctx: HubContext): Promise<StatisticRow[]> {
    return new BudgetStatisticsService(ctx).parFunding(args);
  }

  @Authorized('analyst')
  @Query(() => ParFundingStatisticConnection, { description: 'The groups of parFundingStatistics sorted and paged (`first`/`after`, `totalCount`): agencies by disbursement rate.' })
  parFundingStatisticsPage(@Args(() => ParFundingStatisticsArgs.PageArgs) args: InstanceType<typeof ParFundingStatisticsArgs.PageArgs>, @Ctx() ctx: HubContext): Promise<ConnectionShape<StatisticRow>> {
    return new BudgetStatisticsService(ctx).parFundingPage(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: StatisticRow): Agency | null {
    return typeof row.agencyId === 'string' ? { id: row.agencyId } : null;
  }
}
