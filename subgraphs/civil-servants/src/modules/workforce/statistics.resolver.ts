import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { Rank } from '../civil-servant/civil-servant.type';
import { CivilServantService } from '../civil-servant/civil-servant.service';
import { WorkforceDimension, WorkforceStatisticsFilter } from './workforce.inputs';
import { WorkforceGroup } from './workforce.type';
import { WorkforceService } from './workforce.service';

@Resolver(() => WorkforceGroup)
export class WorkforceStatisticsResolver {
  @Authorized('analyst')
  @Query(() => [WorkforceGroup], { description: 'Headcount and training of staff in service on 31 December of a year, grouped in SQL; the groups add up to the ungrouped total (groupBy: []).' })
  workforceStatistics(
    @Arg('year', () => Int, { description: 'Year; staff counted as on 31 December.' }) year: number,
    @Arg('groupBy', () => [WorkforceDimension], { description: 'Dimensions to group by; empty for one total.' }) groupBy: WorkforceDimension[],
    @Arg('filter', () => WorkforceStatisticsFilter, { nullable: true, description: 'Which staff to count.' }) filter: WorkforceStatisticsFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<WorkforceGroup[]> {
    return new WorkforceService(ctx).statistics(year, groupBy, filter);
  }

  @FieldResolver(() => Rank, { nullable: true, description: 'Rank or professional title, when grouped by RANK; null also for the group of staff without one.' })
  rank(@Root() g: WorkforceGroup, @Ctx() ctx: HubContext): Promise<Rank | null> | null {
    return g.rankCode ? new CivilServantService(ctx).rank(g.rankCode) : null;
  }
}
