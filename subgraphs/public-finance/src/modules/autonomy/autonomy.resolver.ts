import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { AutonomyAssessmentInput } from './autonomy.inputs';
import { AutonomyService } from './autonomy.service';
import { Autonomy, AutonomyDistributionRow } from './autonomy.type';

@Resolver()
export class AutonomyResolver {
  @Authorized('analyst')
  @Query(() => [AutonomyDistributionRow], { description: 'Public service units per autonomy group and year (phân loại mức độ tự chủ), counted in the database; years without assessments are left out.' })
  autonomyDistribution(
    @Arg('yearFrom', () => Int, { description: 'First fiscal year, inclusive.' }) yearFrom: number,
    @Arg('yearTo', () => Int, { description: 'Last fiscal year, inclusive; at most 50 years after yearFrom.' }) yearTo: number,
    @Ctx() ctx: HubContext,
  ): Promise<AutonomyDistributionRow[]> {
    return new AutonomyService(ctx).distribution(yearFrom, yearTo);
  }

  @Authorized('editor')
  @Mutation(() => Autonomy, { description: 'Records (or corrects) a public service unit\'s revenue and recurrent spending for a year; returns the derived rate and group.' })
  recordAutonomyAssessment(@Arg('input', () => AutonomyAssessmentInput, { description: 'The unit\'s figures.' }) input: AutonomyAssessmentInput, @Ctx() ctx: HubContext): Promise<Autonomy> {
    return new AutonomyService(ctx).record(input);
  }
}

@Resolver(() => Agency)
export class AgencyAutonomyResolver {
  @Authorized('analyst')
  @FieldResolver(() => Autonomy, { nullable: true, description: 'Financial autonomy in a year (mức độ tự chủ); null unless the agency is a public service unit assessed that year.' })
  autonomy(@Root() agency: Agency, @Arg('year', () => Int, { description: 'Fiscal year.' }) year: number, @Ctx() ctx: HubContext): Promise<Autonomy | null> {
    return new AutonomyService(ctx).forAgency(agency.id, year);
  }

  @Authorized('analyst')
  @FieldResolver(() => [Autonomy], { description: 'Every assessed year, oldest first (lịch sử tự chủ); empty unless the agency is a public service unit.' })
  autonomyHistory(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<Autonomy[]> {
    return new AutonomyService(ctx).history(agency.id);
  }
}
