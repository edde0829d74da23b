import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { FundingSource } from './par-funding.entity';
import { ParFundingInput } from './par-funding.inputs';
import { ParFundingService } from './par-funding.service';
import { ParFundingByArea, ParFundingLine } from './par-funding.type';

@Resolver()
export class ParFundingResolver {
  @Authorized('analyst')
  @Query(() => [ParFundingByArea], { description: 'PAR funding of a year by plan area, with the execution rate spent / allocated (kinh phí CCHC theo lĩnh vực); areas without funding are left out.' })
  parFunding(
    @Arg('year', () => Int, { description: 'Fiscal year.' }) year: number,
    @Arg('area', () => Int, { nullable: true, description: 'Only this plan area (1–7).' }) area: number | null,
    @Arg('source', () => FundingSource, { nullable: true, description: 'Only this source of funds.' }) source: FundingSource | null,
    @Ctx() ctx: HubContext,
  ): Promise<ParFundingByArea[]> {
    return new ParFundingService(ctx).byArea(year, area, source);
  }

  @Authorized('editor')
  @Mutation(() => ParFundingLine, { description: 'Records (or revises) the planned, allocated and spent funding of a PAR task.' })
  recordParFunding(@Arg('input', () => ParFundingInput, { description: 'The task\'s funding.' }) input: ParFundingInput, @Ctx() ctx: HubContext): Promise<ParFundingLine> {
    return new ParFundingService(ctx).record(input);
  }
}
