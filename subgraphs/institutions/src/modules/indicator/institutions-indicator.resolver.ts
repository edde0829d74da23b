import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { measurementMeets, type HubContext } from '@par/platform';
import { InstitutionsIndicator, Measurement, MeasurementArgs } from './indicator.type';
import { InstitutionsIndicatorService } from './institutions-indicator.service';

@Resolver(() => InstitutionsIndicator)
export class InstitutionsIndicatorResolver {
  @FieldResolver(() => Measurement, { nullable: true, description: 'The figure for a year (and optional scope); null when that year has no data.' })
  measurement(@Root() ind: InstitutionsIndicator, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext) {
    return new InstitutionsIndicatorService(ctx).measure(ind.code, args);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Whether the measured value meets the target's comparator and value; null without a measurement." })
  async met(@Root() ind: InstitutionsIndicator, @Args(() => MeasurementArgs) args: MeasurementArgs, @Ctx() ctx: HubContext) {
    const m = await new InstitutionsIndicatorService(ctx).measure(ind.code, args);
    return measurementMeets(m, ind.targetComparator, ind.targetValue);
  }
}
