import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { DossierDimension, DossierStatisticsFilter } from './statistics.inputs';
import { DossierStatistic } from './statistics.type';
import { DossierStatisticsService } from './statistics.service';

@Resolver(() => DossierStatistic)
export class DossierStatisticsResolver {
  @Query(() => [DossierStatistic], {
    description: 'Dossier volumes and timeliness grouped in SQL by any of the dimensions (thống kê hồ sơ TTHC); public, aggregates only.',
  })
  dossierStatistics(
    @Arg('filter', () => DossierStatisticsFilter, { nullable: true, description: 'Which dossiers to count.' }) filter: DossierStatisticsFilter | null,
    @Arg('groupBy', () => [DossierDimension], { description: 'Dimensions to group by; an empty list gives one row of totals.' }) groupBy: DossierDimension[],
    @Ctx() ctx: HubContext,
  ): Promise<DossierStatistic[]> {
    return new DossierStatisticsService(ctx).statistics(filter, groupBy);
  }
}
