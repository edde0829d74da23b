import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs, type HubContext } from '@par/platform';
import { CivilServantConnection } from '../civil-servant/civil-servant.type';
import { CivilServantService } from '../civil-servant/civil-servant.service';
import { JobPosition } from '../job-position/job-position.type';
import { JobPositionService } from '../job-position/job-position.service';
import { Agency } from '../reference/agency.type';
import { Workforce } from './workforce.type';
import { WorkforceService } from './workforce.service';

/**
 * What civil-servants adds to institutions' Agency; each field is one statement for all agencies of
 * a request. Nullable, so a caller without the analyst role loses these fields, not the agency.
 */
@Resolver(() => Agency)
export class AgencyWorkforceResolver {
  @Authorized('analyst')
  @FieldResolver(() => Workforce, { nullable: true, description: 'The agency\'s own workforce in a year (not its subordinates\'): headcount, quota, categories, training.' })
  workforce(@Root() agency: Agency, @Arg('year', () => Int, { description: 'Year; staff counted as on 31 December.' }) year: number, @Ctx() ctx: HubContext): Promise<Workforce> {
    return new WorkforceService(ctx).forAgency(agency.id, year);
  }

  @Authorized('analyst')
  @FieldResolver(() => CivilServantConnection, { nullable: true, description: 'The agency\'s staff (past and present), sorted by name, one keyset page at a time.' })
  civilServants(
    @Root() agency: Agency,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    return new CivilServantService(ctx).ofAgency(agency.id, page.first, page.after ?? null);
  }

  @Authorized('analyst')
  @FieldResolver(() => [JobPosition], { nullable: true, description: 'The agency\'s approved job positions (vị trí việc làm), by code.' })
  jobPositions(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<JobPosition[]> {
    return new JobPositionService(ctx).ofAgency(agency.id);
  }
}
