import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape, HubContext, StatisticRow } from '@par/platform';
import { AdministrativeUnit } from '../reference/administrative-unit.type';
import { Agency } from '../reference/agency.type';
import { SatisfactionStatisticsArgs } from './satisfaction-statistics.inputs';
import { SatisfactionStatistic, SatisfactionStatisticConnection } from './satisfaction-statistics.type';
import { SatisfactionStatisticsService } from './satisfaction-statistics.service';

@Resolver(() => SatisfactionStatistic)
export class SatisfactionStatisticsResolver {
  @Query(() => [SatisfactionStatistic], {
    description:
      'Satisfaction of people served grouped in SQL by year, sector (survey kind), agency, agency kind or district (thống kê sự hài lòng); public, aggregates only; every group as a list.',
  })
  satisfactionStatistics(
    @Args(() => SatisfactionStatisticsArgs.Args) args: InstanceType<typeof SatisfactionStatisticsArgs.Args>,
    @Ctx() ctx: HubContext,
  ): Promise<StatisticRow[]> {
    return new SatisfactionStatisticsService(ctx).list(args);
  }

  @Query(() => SatisfactionStatisticConnection, {
    description: 'The groups of satisfactionStatistics sorted and paged (`first`/`after`, `totalCount`): the least satisfying agencies of a year.',
  })
  satisfactionStatisticsPage(
    @Args(() => SatisfactionStatisticsArgs.PageArgs) args: InstanceType<typeof SatisfactionStatisticsArgs.PageArgs>,
    @Ctx() ctx: HubContext,
  ): Promise<ConnectionShape<StatisticRow>> {
    return new SatisfactionStatisticsService(ctx).page(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: StatisticRow): Agency | null {
    return typeof row.agencyId === 'string' ? { id: row.agencyId } : null;
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The district-level unit of the group (its name comes from institutions), when grouped by DISTRICT.',
  })
  district(@Root() row: StatisticRow): AdministrativeUnit | null {
    return typeof row.districtCode === 'string' ? { code: row.districtCode } : null;
  }
}
